package io.kiro4j.core.glob;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * A compiled glob pattern in one {@link GlobDialect}.
 *
 * <pre>{@code
 * Glob glob = Glob.compile("components/**}{@code /*.tsx", GlobDialect.WORKSPACE_FILE);
 * glob.matches("components/Button.tsx");        // true: ** spans zero segments
 * glob.matches("components/forms/Input.tsx");   // true
 * Glob.compile("*.md", GlobDialect.WORKSPACE_FILE).matches("docs/guide.md");  // true: any depth
 * Glob.compile("@git-*", GlobDialect.TOOL_NAME).matches("@git-server/status"); // true
 * }</pre>
 *
 * <p>Compile once, match many times: {@link #matches(CharSequence)} runs a precompiled instruction
 * array with an iterative backtracking loop. It allocates nothing, creates no strings and uses no
 * regular expressions, and its running time is bounded by {@code text length × pattern length}
 * (patterns such as {@code a*a*a*a*b} do not blow up). {@code FileSystem.getPathMatcher} is not
 * used: its {@code glob:} syntax differs from every dialect here.
 *
 * <h2>Thread safety</h2>
 *
 * Immutable; share instances freely.
 */
public final class Glob implements Predicate<String> {

  private final String pattern;
  private final GlobDialect dialect;
  private final GlobOptions options;
  private final GlobProgram[] programs;
  private final int regexLookalikeIndex;

  private Glob(String pattern, GlobDialect dialect, GlobOptions options) {
    this.pattern = pattern;
    this.dialect = dialect;
    this.options = options;
    this.programs = GlobCompiler.compile(pattern, dialect, options);
    this.regexLookalikeIndex = GlobCompiler.regexLookalikeIndex(pattern, dialect);
  }

  /**
   * Compiles a case-sensitive pattern.
   *
   * @throws GlobSyntaxException if the pattern is malformed (the message and {@link
   *     GlobSyntaxException#index()} say where)
   */
  public static Glob compile(String pattern, GlobDialect dialect) {
    return compile(pattern, dialect, GlobOptions.defaults());
  }

  /**
   * Compiles a pattern with options.
   *
   * @throws GlobSyntaxException if the pattern is malformed
   */
  public static Glob compile(String pattern, GlobDialect dialect, GlobOptions options) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(dialect, "dialect");
    Objects.requireNonNull(options, "options");
    return new Glob(pattern, dialect, options);
  }

  /**
   * True when the whole of {@code text} matches. For the path dialects {@code text} is a relative
   * path with {@code /} separators (see {@link GlobDialect}); it is not normalised here.
   */
  public boolean matches(CharSequence text) {
    return matches(text, 0, text.length());
  }

  /**
   * {@link #matches(CharSequence)}: a glob is the filter {@code Workspace.listFiles} takes.
   *
   * @since 0.2
   */
  @Override
  public boolean test(String text) {
    return matches(text);
  }

  /**
   * True when {@code text[from, to)} matches, as if that region were the whole input. Lets callers
   * match a path relative to a folder without creating a substring.
   *
   * @throws IndexOutOfBoundsException if the region is not within {@code text}
   */
  public boolean matches(CharSequence text, int from, int to) {
    Objects.checkFromToIndex(from, to, text.length());
    for (GlobProgram program : programs) {
      if (program.matches(text, from, to)) {
        return true;
      }
    }
    return false;
  }

  /** The pattern exactly as given to {@link #compile}. */
  public String pattern() {
    return pattern;
  }

  /** The dialect the pattern was compiled in. */
  public GlobDialect dialect() {
    return dialect;
  }

  /** The options the pattern was compiled with. */
  public GlobOptions options() {
    return options;
  }

  /**
   * The 0-based offset of the first {@code |} that the dialect matches literally but that reads
   * like regular-expression alternation, as in the real-world steering pattern {@code
   * '*.tsx|*.jsx'} or the hook matcher {@code fs_write|str_replace}; empty when there is none.
   * Callers report it as {@link GlobCode#REGEX_LOOKALIKE}.
   *
   * <p>Only {@code |} counts: parentheses, {@code +} and {@code ^} are common in real file names
   * (Next.js route groups {@code app/(auth)/}, SvelteKit {@code +page.svelte}).
   */
  public OptionalInt regexLookalikeIndex() {
    return regexLookalikeIndex < 0 ? OptionalInt.empty() : OptionalInt.of(regexLookalikeIndex);
  }

  /**
   * A {@link GlobCode#REGEX_LOOKALIKE} warning pointing at the pattern's {@code |}, when it has one
   * ({@link #regexLookalikeIndex}). Columns count code points, as every kiro4j diagnostic.
   *
   * @param file the file the pattern was written in
   * @param line 1-based line of the pattern
   * @param patternColumn 1-based column of the pattern's first character
   */
  public Optional<Diagnostic> regexLookalikeDiagnostic(Path file, int line, int patternColumn) {
    if (regexLookalikeIndex < 0) {
      return Optional.empty();
    }
    return Optional.of(
        Diagnostic.of(
            GlobCode.REGEX_LOOKALIKE,
            file,
            line,
            patternColumn + pattern.codePointCount(0, regexLookalikeIndex),
            "'|' in glob '"
                + pattern
                + "' is an ordinary character, not 'or': the pattern matches only names that"
                + " contain '|'; write {a,b} or several patterns"));
  }

  /** Same pattern, dialect and options. */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Glob)) {
      return false;
    }
    Glob that = (Glob) other;
    return pattern.equals(that.pattern) && dialect == that.dialect && options.equals(that.options);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pattern, dialect, options);
  }

  /** {@code dialect:pattern}, for example {@code WORKSPACE_FILE:*.md}. */
  @Override
  public String toString() {
    return dialect + ":" + pattern;
  }
}
