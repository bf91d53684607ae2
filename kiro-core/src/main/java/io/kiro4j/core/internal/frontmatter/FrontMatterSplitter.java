package io.kiro4j.core.internal.frontmatter;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Finds the front matter fences in a text. Lines end at {@code \r\n}, {@code \r} or {@code \n}, as
 * SnakeYAML Engine counts them, so body and YAML line numbers agree with the YAML parser's.
 *
 * <p>Deliberate differences from the Agent Skills reference ({@code skills-ref}), which does {@code
 * content.split("---", 2)}:
 *
 * <ul>
 *   <li>Fences are whole lines: {@code ---} at column 1 with nothing after it but spaces or tabs.
 *       The reference ends the front matter at the first {@code ---} anywhere, even inside a value
 *       ({@code description: before---after} becomes {@code "before"}); here that is just text.
 *   <li>A leading BOM is skipped (the reference rejects the file).
 *   <li>An opening {@code ----} is not a fence (the reference reads a stray {@code -} as YAML).
 *   <li>An unclosed block is reported and the whole file becomes body (the reference fails).
 * </ul>
 */
final class FrontMatterSplitter {

  private static final String FENCE = "---";

  /**
   * A top-level YAML key line, used to recognise a misplaced front matter block; compiled on the
   * first file without front matter, not on every cold start that splits one.
   */
  private static final class KeyLine {
    static final Pattern PATTERN = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*:(?:[ \t].*)?");
  }

  private FrontMatterSplitter() {}

  static FrontMatterSplit split(String text) {
    String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    int start = bom.length();
    int end = contentEnd(text, start);
    if (!isFence(text, start, end)) {
      return withoutFrontMatter(text, bom);
    }
    int yamlStart = breakEnd(text, end);
    int line = 2;
    // yamlStart == end: the text is only the opening line, with no line break after it.
    for (int p = yamlStart; p > end && p < text.length(); line++) {
      int e = contentEnd(text, p);
      int n = breakEnd(text, e);
      if (isFence(text, p, e)) {
        String yaml = text.substring(yamlStart, p);
        return new FrontMatterSplit(
            isBlank(yaml, 0, yaml.length()) ? FrontMatterShape.EMPTY : FrontMatterShape.PRESENT,
            bom,
            text.substring(start, yamlStart),
            yaml,
            2,
            text.substring(p, n),
            text.substring(n),
            line + 1,
            OptionalInt.empty());
      }
      p = n;
    }
    return body(FrontMatterShape.UNTERMINATED, text, bom, OptionalInt.empty());
  }

  /**
   * The text does not open with a fence. It is all body; the only question is whether a block that
   * was meant as front matter sits after blank lines or content (docs L1111: "no blank lines or
   * content before it"). Blank lines (or indentation) before a closed {@code ---} block always
   * count. After real content a closed block counts only when every line in it looks like a
   * top-level {@code key: value} line or an indented continuation: a Markdown horizontal rule or a
   * setext heading underline must not raise a warning. Lines inside a fenced code block ({@code
   * ```} or {@code ~~~}) are code: a YAML example there is not a misplaced block.
   */
  private static FrontMatterSplit withoutFrontMatter(String text, String bom) {
    int p = bom.length();
    int line = 1;
    boolean contentBefore = false;
    int fenceLine = 0;
    String codeFence = null;
    while (p < text.length()) {
      int e = contentEnd(text, p);
      int n = breakEnd(text, e);
      String marker = codeFenceMarker(text, p, e);
      if (codeFence != null) {
        if (marker != null && closesCodeFence(text, p, e, codeFence)) {
          codeFence = null;
        }
      } else if (marker != null) {
        codeFence = marker;
      } else if (isLooseFence(text, p, e)) {
        fenceLine = line;
        p = n;
        break;
      }
      contentBefore |= !isBlank(text, p, e);
      p = n;
      line++;
    }
    if (fenceLine == 0) {
      return body(FrontMatterShape.NONE, text, bom, OptionalInt.empty());
    }
    boolean closed = false;
    boolean sawKey = false;
    boolean yamlLike = true;
    while (p < text.length()) {
      int e = contentEnd(text, p);
      if (codeFenceMarker(text, p, e) != null) {
        // A code fence between the two --- lines: Markdown, not a front matter block.
        break;
      }
      if (isLooseFence(text, p, e)) {
        closed = true;
        break;
      }
      if (!isBlank(text, p, e)) {
        char first = text.charAt(p);
        if (KeyLine.PATTERN.matcher(text.substring(p, e)).matches()) {
          sawKey = true;
        } else if (!(sawKey && (first == ' ' || first == '\t'))) {
          yamlLike = false;
        }
      }
      p = breakEnd(text, e);
    }
    if (closed && (!contentBefore || (yamlLike && sawKey))) {
      return body(FrontMatterShape.NOT_AT_START, text, bom, OptionalInt.of(fenceLine));
    }
    return body(FrontMatterShape.NONE, text, bom, OptionalInt.empty());
  }

  private static FrontMatterSplit body(
      FrontMatterShape shape, String text, String bom, OptionalInt misplacedFenceLine) {
    return new FrontMatterSplit(
        shape, bom, "", "", 1, "", text.substring(bom.length()), 1, misplacedFenceLine);
  }

  /**
   * The opening run of a CommonMark code fence on this line (three or more backticks or tildes
   * after at most three spaces), or null.
   */
  private static String codeFenceMarker(String text, int from, int to) {
    int a = from;
    while (a < to && a - from < 3 && text.charAt(a) == ' ') {
      a++;
    }
    if (a >= to || (text.charAt(a) != '`' && text.charAt(a) != '~')) {
      return null;
    }
    char c = text.charAt(a);
    int b = a;
    while (b < to && text.charAt(b) == c) {
      b++;
    }
    if (b - a < 3) {
      return null;
    }
    if (c == '`' && text.substring(b, to).indexOf('`') >= 0) {
      return null; // an info string may not hold a backtick: this is inline code
    }
    return text.substring(a, b);
  }

  /** A line that closes the code block opened by {@code opening}: a run as long, nothing after. */
  private static boolean closesCodeFence(String text, int from, int to, String opening) {
    String marker = codeFenceMarker(text, from, to);
    if (marker == null
        || marker.charAt(0) != opening.charAt(0)
        || marker.length() < opening.length()) {
      return false;
    }
    int end = text.indexOf(marker, from) + marker.length();
    return isBlank(text, end, to);
  }

  /** {@code ---} at column 1, then only spaces or tabs. */
  private static boolean isFence(String text, int from, int to) {
    return text.startsWith(FENCE, from)
        && from + FENCE.length() <= to
        && isBlank(text, from + FENCE.length(), to);
  }

  /** {@code ---} with any spaces or tabs around it. */
  private static boolean isLooseFence(String text, int from, int to) {
    int a = from;
    while (a < to && isSpace(text.charAt(a))) {
      a++;
    }
    return isFence(text, a, to);
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (!isSpace(c) && c != '\r' && c != '\n') {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  /** Index of the line break that ends the line starting at {@code from}, or the text length. */
  private static int contentEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** Index just after the line break at {@code at} ({@code \r\n} counts as one). */
  private static int breakEnd(String text, int at) {
    if (at >= text.length()) {
      return at;
    }
    if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
      return at + 2;
    }
    return at + 1;
  }
}
