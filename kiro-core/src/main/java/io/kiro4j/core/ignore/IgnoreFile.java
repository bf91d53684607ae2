package io.kiro4j.core.ignore;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobOptions;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.internal.file.TextFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed ignore file in gitignore syntax: a {@code .kiroignore}, a {@code .gitignore} listed in
 * {@code kiroAgent.agentIgnoreFiles}, or the global {@code ~/.kiro/settings/kiroignore} (docs
 * L20273–20408).
 *
 * <pre>{@code
 * IgnoreFile file = IgnoreFile.parse("secrets/\n!secrets/public.txt\n*.pem\n", Path.of(".kiroignore"));
 * file.rules().size();        // 3
 * file.diagnostics();         // IGN-002 on line 2: the negation cannot re-include
 * }</pre>
 *
 * <h2>Line syntax (as git reads it)</h2>
 *
 * <ul>
 *   <li>A line starting with {@code #} is a comment; {@code \#} starts a pattern with {@code #}.
 *   <li>Trailing spaces are removed unless escaped with {@code \}; leading spaces are kept.
 *   <li>A blank line is skipped. A UTF-8 byte order mark and a CR before the line feed are dropped.
 *   <li>{@code !} negates the pattern (a match re-includes the path); {@code \!} starts a pattern
 *       with {@code !}.
 *   <li>A trailing {@code /} makes the rule match directories only.
 *   <li>The rest is a {@link GlobDialect#GITIGNORE} pattern. A line that does not compile is
 *       skipped with an {@link IgnoreCode#INVALID_PATTERN} warning, because git never matches it.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file the rules were read from (used in diagnostics and {@link IgnoreRule})
 * @param rules the pattern lines, in file order
 * @param diagnostics problems found while parsing
 */
public record IgnoreFile(Path source, List<IgnoreRule> rules, List<Diagnostic> diagnostics) {

  public IgnoreFile {
    Objects.requireNonNull(source, "source");
    rules = List.copyOf(rules);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Parses ignore-file text with case-sensitive patterns. Never throws for bad content. */
  public static IgnoreFile parse(String text, Path source) {
    return parse(text, source, GlobOptions.defaults());
  }

  /**
   * Parses ignore-file text. Never throws for bad content.
   *
   * @param options glob options, for example case-insensitive matching on a case-insensitive file
   *     system
   */
  public static IgnoreFile parse(String text, Path source, GlobOptions options) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(options, "options");
    Diagnostics diagnostics = new Diagnostics();
    List<IgnoreRule> rules = new ArrayList<>();
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    int lineNumber = 0;
    while (start <= text.length()) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? text.length() : newline;
      lineNumber++;
      int lineEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
      String line = text.substring(start, lineEnd);
      IgnoreRule rule = parseLine(line, lineNumber, source, options, diagnostics);
      if (rule != null) {
        rules.add(rule);
      }
      if (newline < 0) {
        break;
      }
      start = newline + 1;
    }
    lintNegations(rules, source, diagnostics);
    return new IgnoreFile(source, rules, diagnostics.toList());
  }

  /**
   * Reads and parses a UTF-8 ignore file. A file that cannot be read (I/O error, invalid UTF-8,
   * over {@link TextFile#DEFAULT_MAX_BYTES}, a FIFO or other non-regular file, which is never
   * opened) fails closed: the result holds the one {@link IgnoreRule#unreadableFile} rule, which
   * makes {@link IgnoreRules} exclude everything below the file's folder, and an {@link
   * IgnoreCode#UNREADABLE_IGNORE_FILE} error naming the file and the reason. Never throws.
   */
  public static IgnoreFile read(Path file) {
    return read(file, GlobOptions.defaults());
  }

  /** {@link #read(Path)} with glob options (case-insensitive patterns, for example). */
  public static IgnoreFile read(Path file, GlobOptions options) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    Diagnostics problems = new Diagnostics();
    Optional<TextFile> text = TextFile.read(file, problems);
    if (text.isPresent()) {
      return parse(text.get().text(), file, options);
    }
    List<Diagnostic> found = problems.toList(); // not a stream: every lint reads ignore files
    String why =
        found.isEmpty() ? "unknown error" : found.get(0).message().replaceFirst(";[^;]*$", "");
    return new IgnoreFile(
        file,
        List.of(IgnoreRule.unreadableFile(file)),
        List.of(
            Diagnostic.ofFile(
                IgnoreCode.UNREADABLE_IGNORE_FILE,
                file,
                "ignore file cannot be read ("
                    + why
                    + "); failing closed: everything it could exclude is excluded until it is"
                    + " fixed")));
  }

  /** True when this file could not be read and stands for "exclude everything below it". */
  public boolean unreadable() {
    return rules.size() == 1 && rules.get(0).unreadable();
  }

  /** One line to a rule, or null for comments, blank lines and invalid patterns. */
  private static IgnoreRule parseLine(
      String raw, int lineNumber, Path source, GlobOptions options, Diagnostics diagnostics) {
    if (raw.isEmpty() || raw.charAt(0) == '#') {
      return null;
    }
    String line = trimTrailingSpaces(raw);
    if (line.isEmpty()) {
      return null;
    }
    boolean negated = line.charAt(0) == '!';
    int patternStart = negated ? 1 : 0;
    String pattern = line.substring(patternStart);
    boolean directoryOnly = pattern.endsWith("/");
    Glob glob;
    try {
      // The GITIGNORE dialect drops the trailing '/' itself, so offsets stay those of the line.
      glob = Glob.compile(pattern, GlobDialect.GITIGNORE, options);
    } catch (GlobSyntaxException e) {
      diagnostics.add(
          IgnoreCode.INVALID_PATTERN,
          source,
          lineNumber,
          line.codePointCount(0, patternStart + e.index()) + 1, // columns count code points
          "invalid pattern '" + line + "': " + e.reason() + "; the line is skipped");
      return null;
    }
    return new IgnoreRule(source, lineNumber, line, negated, directoryOnly, glob);
  }

  /** Git's trim_trailing_spaces: drop trailing ' ' (not tabs) unless the last one is escaped. */
  static String trimTrailingSpaces(String line) {
    int cut = -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        if (cut < 0) {
          cut = i;
        }
      } else if (c == '\\') {
        i++; // the escaped character, whatever it is, is kept
        cut = -1;
      } else {
        cut = -1;
      }
    }
    return cut < 0 ? line : line.substring(0, cut);
  }

  /**
   * Warns about {@code !a/b/c} when this file excludes {@code a} or {@code a/b} as a directory: the
   * docs single this mistake out (L20349).
   */
  private static void lintNegations(List<IgnoreRule> rules, Path source, Diagnostics diagnostics) {
    for (IgnoreRule rule : rules) {
      if (!rule.negated()) {
        continue;
      }
      String pattern = rule.glob().pattern();
      int from = pattern.startsWith("/") ? 1 : 0;
      // Only the literal leading directories of the pattern are known parents.
      for (int slash = pattern.indexOf('/', from);
          slash > from && slash < pattern.length() - 1;
          slash = pattern.indexOf('/', slash + 1)) {
        String parent = pattern.substring(from, slash);
        if (hasGlobCharacters(parent)) {
          break;
        }
        IgnoreRule excluder = decidingRule(rules, parent);
        if (excluder != null && !excluder.negated()) {
          diagnostics.add(
              IgnoreCode.NEGATION_UNDER_EXCLUDED_DIRECTORY,
              source,
              rule.line(),
              1,
              "'"
                  + rule.text()
                  + "' cannot re-include anything: its parent directory '"
                  + parent
                  + "' is excluded by line "
                  + excluder.line()
                  + " ('"
                  + excluder.text()
                  + "'); exclude the directory's contents ('"
                  + parent
                  + "/*') instead");
          break;
        }
      }
    }
  }

  private static boolean hasGlobCharacters(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  /** The last rule of this file matching {@code directory} as a directory, or null. */
  private static IgnoreRule decidingRule(List<IgnoreRule> rules, String directory) {
    for (int i = rules.size() - 1; i >= 0; i--) {
      if (rules.get(i).matches(directory, true)) {
        return rules.get(i);
      }
    }
    return null;
  }
}
