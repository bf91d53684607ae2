package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link LintReport} as GitHub Actions workflow commands: one annotation per diagnostic, shown on
 * the pull request's "Files changed" tab.
 *
 * <pre>{@code
 * ::warning file=.kiro/steering/ts.md,line=3,col=19,title=STEER-006::fileMatchPattern joins ...
 * }</pre>
 *
 * <p>{@code ::error}, {@code ::warning} and {@code ::notice} for error, warning and info. {@code
 * file} is the path relative to the file's root (a file outside every root keeps its display path,
 * {@code ~/.kiro/...}). Escaping follows GitHub's runner: in the message {@code %}, CR and LF
 * become {@code %25}, {@code %0D} and {@code %0A}; in property values {@code :} and {@code ,} also
 * become {@code %3A} and {@code %2C}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class GithubAnnotations {

  private GithubAnnotations() {}

  /** One workflow command per diagnostic of {@code report}, in the report's order. */
  public static List<String> lines(LintReport report) {
    Workspace ws = report.workspace();
    List<String> out = new ArrayList<>(report.diagnostics().size());
    for (Diagnostic d : report.diagnostics()) {
      out.add(line(ws.displayPath(d.path()).path(), d));
    }
    return out;
  }

  /** The workflow command of {@code d}, with {@code file} as the file's path. */
  public static String line(String file, Diagnostic d) {
    String command =
        switch (d.severity()) {
          case ERROR -> "error";
          case WARNING -> "warning";
          case INFO -> "notice";
        };
    return "::"
        + command
        + " file="
        + escapeProperty(file)
        + ",line="
        + d.line()
        + ",col="
        + d.column()
        + ",title="
        + escapeProperty(d.code())
        + "::"
        + escapeData(d.message());
  }

  /** A workflow command's message: {@code %}, CR and LF percent-encoded. */
  public static String escapeData(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A workflow command's property value: as {@link #escapeData}, and {@code :} and {@code ,}. */
  public static String escapeProperty(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        case ':' -> out.append("%3A");
        case ',' -> out.append("%2C");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
