package io.kiro4j.core.internal.frontmatter;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A file's text cut into front matter and body, without losing a single character: {@link #text()}
 * (BOM, opening fence, YAML, closing fence, body) is always exactly the text that was split.
 *
 * <p>Fences keep their own line ending and any trailing white space ({@code "--- \r\n"}). When
 * there is no front matter ({@link FrontMatterShape#NONE}, {@link FrontMatterShape#UNTERMINATED},
 * {@link FrontMatterShape#NOT_AT_START}) the fences and YAML are empty, {@link #yamlFirstLine()} is
 * 1, and the body is everything after the BOM, starting on line 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shape which case applied
 * @param bom the byte order mark U+FEFF when the text starts with one, else {@code ""}; it is not
 *     part of any line's columns
 * @param openingFence the opening {@code ---} line with its line break, or {@code ""}
 * @param yaml the text between the fences
 * @param yamlFirstLine the 1-based file line the YAML starts on (2 when there is front matter)
 * @param closingFence the closing {@code ---} line with its line break (none at end of text), or
 *     {@code ""}
 * @param body the Markdown after the front matter, untouched (blank lines included)
 * @param bodyFirstLine the 1-based file line the body starts on
 * @param misplacedFenceLine for {@link FrontMatterShape#NOT_AT_START}, the line of the misplaced
 *     opening {@code ---}
 */
public record FrontMatterSplit(
    FrontMatterShape shape,
    String bom,
    String openingFence,
    String yaml,
    int yamlFirstLine,
    String closingFence,
    String body,
    int bodyFirstLine,
    OptionalInt misplacedFenceLine) {

  public FrontMatterSplit {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(bom, "bom");
    Objects.requireNonNull(openingFence, "openingFence");
    Objects.requireNonNull(yaml, "yaml");
    Objects.requireNonNull(closingFence, "closingFence");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(misplacedFenceLine, "misplacedFenceLine");
    if (yamlFirstLine < 1 || bodyFirstLine < 1) {
      throw new IllegalArgumentException(
          "lines are 1-based, got yaml " + yamlFirstLine + ", body " + bodyFirstLine);
    }
  }

  /** True for {@link FrontMatterShape#PRESENT} and {@link FrontMatterShape#EMPTY}. */
  public boolean hasFrontMatter() {
    return shape == FrontMatterShape.PRESENT || shape == FrontMatterShape.EMPTY;
  }

  /** The parts put back together: always equal to the text that was split. */
  public String text() {
    return bom + openingFence + yaml + closingFence + body;
  }
}
