package io.kiro4j.examples.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import org.junit.jupiter.api.Test;

/** The tolerant JSON scan holds up on any text: the editor sends half-typed files. */
class JsonCursorProperties {

  private static final Gen<String> JSONISH =
      Gen.strings().withChars("{}[]\":,/*\\ \nab1tf").ofMaxLength(60);

  @Test
  void anyTextAndOffsetGiveAContextInsideTheText() {
    Property.forAll(JSONISH, Gen.ints(0, 61))
        .tries(3000)
        .check(
            (text, raw) -> {
              int offset = Math.min(raw, text.length());
              KeyContext c = JsonCursor.at(text, offset);
              assertThat(c.start()).isBetween(0, text.length());
              assertThat(c.end()).isBetween(c.start(), text.length());
              if (c.place() != KeyContext.Place.NONE) {
                assertThat(offset).isBetween(c.start(), c.end());
              }
            });
  }

  @Test
  void anyPrintableTextIsScannedWithoutFailing() {
    Property.forAll(Gen.strings().ofMaxLength(200), Gen.ints(0, 200))
        .tries(2000)
        .check(
            (text, raw) ->
                assertThat(JsonCursor.at(text, Math.min(raw, text.length()))).isNotNull());
  }
}
