package io.kiro4j.examples.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonCursorTest {

  /** The context at the {@code |} of {@code marked}. */
  private static KeyContext at(String marked) {
    int offset = marked.indexOf('|');
    return JsonCursor.at(marked.substring(0, offset) + marked.substring(offset + 1), offset);
  }

  @Test
  void insideAKeyStringIsAKeyOfItsObjectWithItsSiblings() {
    KeyContext c = at("{\"name\": \"x\", \"mcpServers\": {\"git\": {\"comm|\": 1, \"args\": []}}}");
    assertThat(c.place()).isEqualTo(KeyContext.Place.KEY);
    assertThat(c.path()).containsExactly("mcpServers", "git");
    assertThat(c.key()).isEqualTo("comm");
    assertThat(c.quoted()).isTrue();
    assertThat(c.present()).contains("comm", "args");
  }

  @Test
  void afterAColonIsTheValueOfThatKey() {
    KeyContext c = at("{\"when\": {\"type\": |}}");
    assertThat(c.place()).isEqualTo(KeyContext.Place.VALUE);
    assertThat(c.path()).containsExactly("when");
    assertThat(c.key()).isEqualTo("type");
  }

  @Test
  void anArrayItemIsTheValueOfBrackets() {
    KeyContext c = at("{\"resources\": [\"file://a\", \"sk|\"]}");
    assertThat(c.place()).isEqualTo(KeyContext.Place.VALUE);
    assertThat(c.path()).containsExactly("resources");
    assertThat(c.key()).isEqualTo("[]");
  }

  @Test
  void anUnclosedStringEndsAtTheLineBreakSoLaterKeysStillCount() {
    KeyContext c = at("{\n  \"na|\n  \"tools\": []\n}");
    assertThat(c.place()).isEqualTo(KeyContext.Place.KEY);
    assertThat(c.key()).isEqualTo("na");
  }

  @Test
  void commentsAreSkipped() {
    KeyContext c = at("{ // \"x\": {\n \"a\": { | } }");
    assertThat(c.place()).isEqualTo(KeyContext.Place.KEY);
    assertThat(c.path()).containsExactly("a");
  }

  @Test
  void outsideAnyObjectIsNothing() {
    assertThat(at("|{}").place()).isEqualTo(KeyContext.Place.NONE);
    assertThat(at("|").place()).isEqualTo(KeyContext.Place.NONE);
  }
}
