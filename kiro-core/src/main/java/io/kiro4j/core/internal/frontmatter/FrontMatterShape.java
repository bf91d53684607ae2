package io.kiro4j.core.internal.frontmatter;

/**
 * Which case {@link FrontMatter#split} found at the top of a file.
 *
 * <p>Immutable and thread-safe.
 */
public enum FrontMatterShape {
  /** A {@code ---} line first, a closing {@code ---} line later, and YAML between them. */
  PRESENT,
  /** Like {@link #PRESENT}, but nothing except white space between the fences. */
  EMPTY,
  /** The file does not start with front matter and has no misplaced block: all of it is body. */
  NONE,
  /**
   * The first line is {@code ---} but no later line closes it. Not front matter: all of the file is
   * body, and {@link FrontMatter#parse} reports {@code FM-001}.
   */
  UNTERMINATED,
  /**
   * A block that looks like front matter comes after blank lines or other content (docs: "must be
   * the first content in the file, no blank lines or content before it"). Not front matter: all of
   * the file is body, and {@link FrontMatter#parse} warns with {@code FM-003}.
   */
  NOT_AT_START
}
