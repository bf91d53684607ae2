package io.kiro4j.core.internal.frontmatter;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;

/**
 * Codes for problems found while reading front matter with {@link FrontMatter#parse}.
 *
 * <p>Immutable and thread-safe.
 */
public enum FrontMatterCode implements DiagnosticCode {
  UNTERMINATED(
      "FM-001",
      Severity.ERROR,
      "The first line opens front matter with --- but no later --- line closes it; the whole file"
          + " is read as body."),
  NOT_A_MAPPING(
      "FM-002",
      Severity.ERROR,
      "The front matter is YAML but not a mapping of keys to values (for example a list or a"
          + " single value)."),
  NOT_AT_START(
      "FM-003",
      Severity.WARNING,
      "A front matter block comes after blank lines or other content; front matter must be the"
          + " first content in the file, so the block is read as Markdown.");

  private final CodeInfo info;

  FrontMatterCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
