package io.kiro4j.examples.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrontMatterCursorTest {

  private static final TextPositions DOC =
      new TextPositions(
          "---\ninclusion: fileMatch\nfileMatchPattern:\n  - \"*.ts\"\n---\nBody: x\n");

  @Test
  void beforeTheColonIsTheKeyAfterItItsValue() {
    KeyContext key = FrontMatterCursor.at(DOC, 1, 3);
    assertThat(key.place()).isEqualTo(KeyContext.Place.KEY);
    assertThat(key.key()).isEqualTo("inclusion");
    assertThat(key.present()).containsExactlyInAnyOrder("inclusion", "fileMatchPattern");
    KeyContext value = FrontMatterCursor.at(DOC, 1, 14);
    assertThat(value.place()).isEqualTo(KeyContext.Place.VALUE);
    assertThat(value.key()).isEqualTo("inclusion");
  }

  @Test
  void nestedLinesAndTheBodyAreNotKeys() {
    assertThat(FrontMatterCursor.at(DOC, 3, 4).place()).isEqualTo(KeyContext.Place.NONE);
    assertThat(FrontMatterCursor.at(DOC, 5, 2).place()).isEqualTo(KeyContext.Place.NONE);
    assertThat(FrontMatterCursor.at(DOC, 0, 1).place()).isEqualTo(KeyContext.Place.NONE);
  }

  @Test
  void aFileWithoutFrontMatterHasNoKeys() {
    assertThat(FrontMatterCursor.at(new TextPositions("inclusion: x\n"), 0, 2).place())
        .isEqualTo(KeyContext.Place.NONE);
  }
}
