package io.kiro4j.core.internal.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where front matter starts and ends (docs L1105-L1111). */
class FrontMatterSplitTest {

  private static FrontMatterSplit split(String text) {
    FrontMatterSplit split = FrontMatter.split(text);
    assertThat(split.text()).isEqualTo(text);
    return split;
  }

  @Test // docs L1107: "placed at the very beginning of the file, enclosed by triple dashes"
  void frontMatterAtTheVeryStartIsSplitFromTheBody() {
    FrontMatterSplit s = split("---\ninclusion: manual\n---\n\n# Title\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.PRESENT);
    assertThat(s.hasFrontMatter()).isTrue();
    assertThat(s.openingFence()).isEqualTo("---\n");
    assertThat(s.yaml()).isEqualTo("inclusion: manual\n");
    assertThat(s.yamlFirstLine()).isEqualTo(2);
    assertThat(s.closingFence()).isEqualTo("---\n");
    assertThat(s.body()).isEqualTo("\n# Title\n");
    assertThat(s.bodyFirstLine()).isEqualTo(4);
    assertThat(s.misplacedFenceLine()).isEmpty();
  }

  @Test
  void crlfFencesKeepTheirLineBreaks() {
    FrontMatterSplit s = split("---\r\nname: x\r\ndescription: y\r\n---\r\nBody\r\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.PRESENT);
    assertThat(s.openingFence()).isEqualTo("---\r\n");
    assertThat(s.yaml()).isEqualTo("name: x\r\ndescription: y\r\n");
    assertThat(s.closingFence()).isEqualTo("---\r\n");
    assertThat(s.body()).isEqualTo("Body\r\n");
    assertThat(s.bodyFirstLine()).isEqualTo(5);
  }

  @Test
  void mixedLineBreaksEachEndOneLine() {
    FrontMatterSplit s = split("---\r\na: 1\nb: 2\rc: 3\r\n---\nbody");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.PRESENT);
    assertThat(s.yaml()).isEqualTo("a: 1\nb: 2\rc: 3\r\n");
    assertThat(s.bodyFirstLine()).isEqualTo(6);
  }

  @Test // a BOM is not content: editors hide it, and gray-matter-style readers skip it
  void byteOrderMarkIsIgnoredAndLinesStayRight() {
    FrontMatterSplit s = split("\uFEFF---\ninclusion: always\n---\nbody\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.PRESENT);
    assertThat(s.bom()).isEqualTo("\uFEFF");
    assertThat(s.openingFence()).isEqualTo("---\n");
    assertThat(s.yamlFirstLine()).isEqualTo(2);
    assertThat(s.bodyFirstLine()).isEqualTo(4);
  }

  @Test
  void fencesMayHaveTrailingSpacesOrTabs() {
    FrontMatterSplit s = split("--- \t\na: 1\n---   \nbody");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.PRESENT);
    assertThat(s.openingFence()).isEqualTo("--- \t\n");
    assertThat(s.closingFence()).isEqualTo("---   \n");
    assertThat(s.yaml()).isEqualTo("a: 1\n");
  }

  @Test
  void closingFenceAtTheEndOfTheTextLeavesAnEmptyBody() {
    FrontMatterSplit s = split("---\na: 1\n---");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.PRESENT);
    assertThat(s.closingFence()).isEqualTo("---");
    assertThat(s.body()).isEmpty();
    assertThat(s.bodyFirstLine()).isEqualTo(4);
  }

  @Test
  void emptyBlockIsEmptyShape() {
    FrontMatterSplit s = split("---\n---\n# Body\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.EMPTY);
    assertThat(s.hasFrontMatter()).isTrue();
    assertThat(s.yaml()).isEmpty();
    assertThat(s.body()).isEqualTo("# Body\n");
    assertThat(s.bodyFirstLine()).isEqualTo(3);
  }

  @Test
  void blockOfBlankLinesIsEmptyShape() {
    assertThat(split("---\n\n  \t\n---\n").shape()).isEqualTo(FrontMatterShape.EMPTY);
  }

  @Test // skills-ref: "frontmatter not properly closed with ---"; here the file stays readable
  void unterminatedBlockMakesTheWholeTextBody() {
    FrontMatterSplit s = split("---\ninclusion: manual\n# Title\ntext\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.UNTERMINATED);
    assertThat(s.hasFrontMatter()).isFalse();
    assertThat(s.yaml()).isEmpty();
    assertThat(s.openingFence()).isEmpty();
    assertThat(s.body()).isEqualTo("---\ninclusion: manual\n# Title\ntext\n");
    assertThat(s.bodyFirstLine()).isEqualTo(1);
  }

  @Test
  void fileThatIsOnlyAFenceIsUnterminated() {
    assertThat(split("---").shape()).isEqualTo(FrontMatterShape.UNTERMINATED);
    assertThat(split("---\n").shape()).isEqualTo(FrontMatterShape.UNTERMINATED);
    assertThat(split("---\r\n").shape()).isEqualTo(FrontMatterShape.UNTERMINATED);
  }

  @Test
  void fileWithoutFrontMatterIsAllBody() {
    FrontMatterSplit s = split("# Product Overview\n\nText.\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.NONE);
    assertThat(s.body()).isEqualTo("# Product Overview\n\nText.\n");
    assertThat(s.bodyFirstLine()).isEqualTo(1);
    assertThat(split("").shape()).isEqualTo(FrontMatterShape.NONE);
  }

  @Test // a Markdown horizontal rule later in the body is not front matter, nor a misplaced one
  void tripleDashLaterInTheBodyIsNotFrontMatter() {
    FrontMatterSplit s = split("# Title\n\nSome prose.\n\n---\n\nMore prose.\n\n---\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.NONE);
    assertThat(s.misplacedFenceLine()).isEmpty();
  }

  @Test // setext heading underline
  void setextHeadingIsNotFrontMatter() {
    assertThat(split("Title\n---\n\nText\n").shape()).isEqualTo(FrontMatterShape.NONE);
  }

  @Test // skills-ref cuts "description: before---after" at the dashes; fences here are whole lines
  void tripleDashInsideAValueDoesNotCloseTheBlock() {
    FrontMatterSplit s = split("---\ndescription: before---after\n---\nbody");
    assertThat(s.yaml()).isEqualTo("description: before---after\n");
  }

  @Test
  void indentedTripleDashInABlockScalarDoesNotCloseTheBlock() {
    FrontMatterSplit s = split("---\nnotes: |\n  ---\n  still notes\n---\nbody");
    assertThat(s.yaml()).isEqualTo("notes: |\n  ---\n  still notes\n");
    assertThat(s.bodyFirstLine()).isEqualTo(6);
  }

  @Test
  void fourDashesAreNotAFence() {
    assertThat(split("----\na: 1\n----\n").shape()).isEqualTo(FrontMatterShape.NONE);
    assertThat(split("---a\na: 1\n---\n").shape()).isEqualTo(FrontMatterShape.NONE);
  }

  @Test // docs L1111: "no blank lines or content before it" (A9: not front matter, warn)
  void blankLineBeforeTheFenceIsNotAtStart() {
    String text = "\n---\ninclusion: manual\n---\nbody\n";
    FrontMatterSplit s = split(text);
    assertThat(s.shape()).isEqualTo(FrontMatterShape.NOT_AT_START);
    assertThat(s.misplacedFenceLine()).hasValue(2);
    assertThat(s.body()).isEqualTo(text);
    assertThat(s.bodyFirstLine()).isEqualTo(1);
  }

  @Test
  void indentedFirstFenceIsNotAtStart() {
    FrontMatterSplit s = split("  ---\ninclusion: manual\n---\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.NOT_AT_START);
    assertThat(s.misplacedFenceLine()).hasValue(1);
  }

  @Test // docs L1111: content before the block
  void contentBeforeAKeyValueBlockIsNotAtStart() {
    FrontMatterSplit s =
        split("# API rules\n---\ninclusion: fileMatch\nfileMatchPattern:\n  - '*.ts'\n---\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.NOT_AT_START);
    assertThat(s.misplacedFenceLine()).hasValue(2);
  }

  @Test
  void contentBeforeAProseBlockIsJustMarkdown() {
    assertThat(split("# T\n---\nNote: read this\n- a list\n---\n").shape())
        .isEqualTo(FrontMatterShape.NONE);
  }

  @Test
  void blankLinesBeforeAnUnclosedFenceAreJustMarkdown() {
    assertThat(split("\n---\nSome text\n").shape()).isEqualTo(FrontMatterShape.NONE);
  }

  @Test // real steering files show front matter examples in code blocks (issue 14)
  void dashesInsideAFencedCodeBlockOfAFileWithoutFrontMatterAreNotFrontMatter() {
    String text =
        "# Writing steering\n\nStart every file like this:\n\n```yaml\n---\ninclusion:"
            + " fileMatch\nfileMatchPattern: '*.ts'\n---\n```\n\nThen the rules.\n";
    FrontMatterSplit s = split(text);
    assertThat(s.shape()).isEqualTo(FrontMatterShape.NONE);
    assertThat(s.misplacedFenceLine()).isEmpty();
  }

  @Test
  void dashesInsideATildeCodeBlockAfterBlankLinesAreNotFrontMatter() {
    assertThat(split("\n~~~~markdown\n---\nname: x\n---\n~~~~\n").shape())
        .isEqualTo(FrontMatterShape.NONE);
  }

  @Test
  void aBlockAfterAClosedCodeBlockIsStillMisplaced() {
    FrontMatterSplit s = split("```\ncode\n```\n---\ninclusion: manual\n---\nbody\n");
    assertThat(s.shape()).isEqualTo(FrontMatterShape.NOT_AT_START);
    assertThat(s.misplacedFenceLine()).hasValue(4);
  }

  @Test
  void aCodeBlockOpeningBetweenTheDashesIsMarkdown() {
    assertThat(split("\n---\nexample:\n```\n---\n```\n").shape()).isEqualTo(FrontMatterShape.NONE);
  }
}
