package io.kiro4j.core.glob;

/**
 * The three glob languages Kiro files use. They share one syntax ({@code *}, {@code ?}, {@code
 * [...]}, {@code **}, {@code \} escapes) and differ in what a wildcard may cross, in braces and in
 * how a pattern is anchored.
 *
 * <p>Common to all dialects: {@code [abc]}, {@code [a-z]}, {@code [!a]} and {@code [^a]} match one
 * character; a {@code ]} right after the opening {@code [} (or {@code [!}) is a member; a {@code -}
 * first or last is a member. {@code ?} and classes match one code point. A reversed range such as
 * {@code [z-a]}, an unclosed {@code [} or <code>{</code>, a stray <code>}</code> and a trailing
 * {@code \} are {@linkplain GlobSyntaxException syntax errors}. A run of two or more {@code *} that
 * fills a whole path segment is the recursive wildcard {@code **}; anywhere else it means the same
 * as one {@code *}. Braces expand before {@code **} is recognised, as in bash and minimatch, so
 * <code>a/{*,}*</code> reads as {@code a/**}.
 *
 * <p>Immutable and thread-safe.
 */
public enum GlobDialect {

  /**
   * Steering {@code fileMatchPattern} and the file patterns of IDE hooks (docs L1126–1158, L720).
   * The docs never define the dialect; this is the most reasonable reading of their examples.
   *
   * <p>The input is a path relative to the workspace root that owns the file, with {@code /}
   * separators and no leading {@code ./} or {@code /}.
   *
   * <ul>
   *   <li>{@code *} and {@code ?} stay within one path segment; dotfiles are not special.
   *   <li>{@code **} as a whole segment spans zero or more segments: {@code components/**}{@code
   *       /*.tsx} matches {@code components/Button.tsx}, {@code **}{@code /*.ts} matches {@code
   *       a.ts}; {@code a/**} matches everything below {@code a} but not {@code a} itself.
   *   <li>{@code {a,b}} alternation, nestable, and the alternatives may contain {@code /}. An empty
   *       alternative matches the empty string.
   *   <li>A pattern (or, after brace expansion, an alternative) without a {@code /} matches the
   *       file <em>name</em> at any depth: the docs call {@code "*.tsx"} "React components and JSX
   *       files" (L1150). So {@code {src/*.ts,*.md}} matches {@code src/a.ts} and {@code
   *       docs/b.md}.
   *   <li>A leading {@code ./} is ignored; a leading {@code /} anchors the pattern to the root
   *       ({@code /*.md} matches {@code README.md} only at the root).
   * </ul>
   */
  WORKSPACE_FILE,

  /**
   * Tool names in {@code allowedTools}, {@code toolsSettings} and CLI hook matchers: the semantics
   * of the Rust {@code globset} crate with its defaults, as used by the Amazon Q Developer CLI
   * ({@code matches_any_pattern}).
   *
   * <ul>
   *   <li>A pattern without {@code *} and {@code ?} is a plain name compared exactly: {@code [},
   *       <code>{</code> and {@code \} alone do not switch on glob mode, so {@code @git[x]} is the
   *       name {@code @git[x]}.
   *   <li>Otherwise it is a glob in which {@code *} matches any run of characters
   *       <em>including</em> {@code /} ({@code @git-*} matches {@code @git-server/status}), {@code
   *       ?} any one character, classes may match {@code /}, {@code {a,b}} alternates (nestable;
   *       empty alternatives are dropped as globset does), {@code \} escapes outside classes and is
   *       literal inside them. The pattern text itself also always matches (upstream compares
   *       {@code pattern == name} first).
   *   <li>Upstream treats an invalid glob as "matches only the identical name". {@link
   *       Glob#compile} throws instead, so the caller can report it; a caller that wants upstream
   *       behaviour catches {@link GlobSyntaxException} and compares names with {@code equals}.
   *   <li>Regex alternation such as {@code fs_write|str_replace} is not supported upstream either;
   *       {@link Glob#regexLookalikeIndex()} finds it.
   * </ul>
   */
  TOOL_NAME,

  /**
   * The pattern part of a gitignore line, as {@code git} matches it (used by {@code .kiroignore}).
   *
   * <p>The input is a path relative to the folder of the ignore file, {@code /}-separated. The
   * line-level syntax ({@code #} comments, {@code !} negation, trailing spaces, a trailing {@code
   * /} for directory-only rules) is handled by {@link io.kiro4j.core.ignore.IgnoreFile}; a trailing
   * {@code /} given here is dropped and does not count as a separator.
   *
   * <ul>
   *   <li>{@code *}, {@code ?} and classes never match {@code /}. No braces: <code>{</code> and
   *       <code>}</code> are ordinary characters.
   *   <li>A {@code /} at the start or in the middle anchors the pattern to the ignore file's folder
   *       (a leading {@code /} is then dropped); otherwise the pattern matches the name at any
   *       depth.
   *   <li>Leading {@code **}{@code /}, trailing {@code /**} and middle {@code /**}{@code /} as in
   *       git. POSIX classes such as {@code [[:digit:]]} are supported, as in git.
   * </ul>
   */
  GITIGNORE;

  /** True when {@code *}, {@code ?} and character classes never match {@code /}. */
  boolean wildcardsStopAtSlash() {
    return this != TOOL_NAME;
  }

  /** True when {@code {a,b}} is alternation. */
  boolean hasBraces() {
    return this != GITIGNORE;
  }
}
