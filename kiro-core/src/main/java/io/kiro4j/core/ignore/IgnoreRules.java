package io.kiro4j.core.ignore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a workspace path is ignored, combining every ignore file of one workspace root
 * the way git combines {@code .gitignore} files (docs L20273–20408).
 *
 * <pre>{@code
 * IgnoreRules rules = IgnoreRules.builder()
 *     .add("", IgnoreFile.parse("secrets/\n!secrets/public.txt\n", Path.of(".kiroignore")))
 *     .add("web", IgnoreFile.parse("!.env\n", Path.of("web/.kiroignore")))
 *     .addGlobal(IgnoreFile.read(home.resolve(".kiro/settings/kiroignore")))
 *     .build();
 * rules.isIgnored("secrets/public.txt", false);   // true: its parent directory is excluded
 * }</pre>
 *
 * <h2>Precedence</h2>
 *
 * <ol>
 *   <li>A path is ignored if any of its parent directories is ignored; a negation cannot re-include
 *       it (L20349).
 *   <li>Otherwise the ignore files whose folder contains the path are asked from the deepest folder
 *       up to the root ("Patterns in subdirectory ignore files take precedence for files within
 *       that subdirectory", L20326), then the global files. The first file with a matching line
 *       decides, and within a file the last matching line wins: a plain line ignores, a {@code !}
 *       line re-includes.
 *   <li>An ignore file that could not be read ({@link IgnoreFile#unreadable()}) fails closed: every
 *       path below its folder is ignored, whatever any other file says (a global one: every path).
 *       Its {@link IgnoreRule#unreadableFile rule} is what {@link #explain} returns.
 *   <li>Files added for the same folder (for example {@code [".gitignore", ".kiroignore"]} from
 *       {@code kiroAgent.agentIgnoreFiles}) act as one file made of their lines in the order added.
 *       Global files ({@code ~/.kiro/settings/kiroignore}, git's {@code core.excludesFile})
 *       likewise act as one file, rooted at the workspace root, below all workspace files.
 * </ol>
 *
 * <p>Paths are relative to the workspace root, {@code /}-separated, without a leading {@code /}.
 * Reading files and walking folders is the caller's job. Immutable and thread-safe; matching
 * allocates nothing.
 */
public final class IgnoreRules {

  private static final IgnoreRules NONE = new IgnoreRules(List.of(), List.of());

  /** One folder's rules, concatenated; {@code folder} is "" for the root and for globals. */
  private static final class Level {
    final String folder;
    final IgnoreRule[] rules;
    final boolean ignoreCase;

    Level(String folder, List<IgnoreRule> rules, boolean ignoreCase) {
      this.folder = folder;
      this.rules = rules.toArray(new IgnoreRule[0]);
      this.ignoreCase = ignoreCase;
    }

    /** The offset where a path inside this folder starts being relative to it, or -1. */
    int relativeStart(String path, int end) {
      if (folder.isEmpty()) {
        return 0;
      }
      int n = folder.length();
      return end > n && path.charAt(n) == '/' && path.regionMatches(ignoreCase, 0, folder, 0, n)
          ? n + 1
          : -1;
    }
  }

  private final Level[] levels; // deepest folder first, globals last

  /** The folders of unreadable ignore files, each with its one unreadable-file rule. */
  private final Level[] unreadable;

  private IgnoreRules(List<Level> levels, List<Level> unreadable) {
    this.levels = levels.toArray(new Level[0]);
    this.unreadable = unreadable.toArray(new Level[0]);
  }

  /** Rules that ignore nothing. */
  public static IgnoreRules none() {
    return NONE;
  }

  /**
   * True when these rules ignore nothing: no rule, no unreadable ignore file. Lets a caller skip
   * asking the file system whether a path is a folder.
   *
   * @since 0.2
   */
  public boolean isEmpty() {
    return levels.length == 0 && unreadable.length == 0;
  }

  /** A builder; add the ignore files of one workspace root. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * True when {@code relativePath} is ignored.
   *
   * @param relativePath path relative to the workspace root, {@code /}-separated; the empty path
   *     (the root itself) is never ignored
   * @param directory whether the path is a directory ({@code folder/} rules match only those)
   * @throws IllegalArgumentException if the path starts with {@code /}
   */
  public boolean isIgnored(String relativePath, boolean directory) {
    int length = checkedLength(relativePath);
    boolean dir = directory || length < relativePath.length();
    return excludedEnd(relativePath, length, dir) >= 0;
  }

  /**
   * The rule that ignores {@code relativePath} and the path it matched (the path or a parent
   * directory); empty when the path is not ignored.
   *
   * @throws IllegalArgumentException if the path starts with {@code /}
   */
  public Optional<IgnoreMatch> explain(String relativePath, boolean directory) {
    int length = checkedLength(relativePath);
    boolean dir = directory || length < relativePath.length();
    Level failed = unreadableAbove(relativePath, length);
    if (failed != null) {
      return Optional.of(
          new IgnoreMatch(
              relativePath.substring(0, unreadableEnd(failed, relativePath, length)),
              failed.rules[0]));
    }
    int end = excludedEnd(relativePath, length, dir);
    if (end < 0) {
      return Optional.empty();
    }
    IgnoreRule rule = decide(relativePath, end, end < length || dir);
    return Optional.of(new IgnoreMatch(relativePath.substring(0, end), rule));
  }

  /** The path's length without one trailing '/' ("dir/" names a directory). */
  private static int checkedLength(String path) {
    Objects.requireNonNull(path, "relativePath");
    if (path.startsWith("/")) {
      throw new IllegalArgumentException("path must be relative to the root: " + path);
    }
    int length = path.length();
    return length > 0 && path.charAt(length - 1) == '/' ? length - 1 : length;
  }

  /**
   * Where the excluded part of {@code path[0, length)} ends: at a parent directory's end, at {@code
   * length} for the path itself, or -1 when nothing is excluded.
   */
  private int excludedEnd(String path, int length, boolean directory) {
    if (length == 0) {
      return -1;
    }
    Level failed = unreadableAbove(path, length);
    if (failed != null) {
      return unreadableEnd(failed, path, length);
    }
    if (levels.length == 0) {
      return -1;
    }
    // Parent directories first: an excluded parent cannot be overridden (L20349).
    for (int slash = path.indexOf('/'); slash >= 0 && slash < length; ) {
      if (excludes(decide(path, slash, true))) {
        return slash;
      }
      slash = path.indexOf('/', slash + 1);
    }
    return excludes(decide(path, length, directory)) ? length : -1;
  }

  /** The unreadable ignore file whose folder holds {@code path[0, length)}, or null. */
  private Level unreadableAbove(String path, int length) {
    if (length == 0) {
      return null;
    }
    for (Level level : unreadable) {
      if (level.relativeStart(path, length) >= 0) {
        return level;
      }
    }
    return null;
  }

  /** Where the excluded part ends: the end of the first name below the unreadable file's folder. */
  private static int unreadableEnd(Level level, String path, int length) {
    int slash = path.indexOf('/', level.relativeStart(path, length));
    return slash >= 0 && slash < length ? slash : length;
  }

  private static boolean excludes(IgnoreRule rule) {
    return rule != null && !rule.negated();
  }

  /** The deciding rule for {@code path[0, end)} on its own, ignoring its parents; or null. */
  private IgnoreRule decide(String path, int end, boolean directory) {
    for (Level level : levels) {
      int from = level.relativeStart(path, end);
      if (from < 0) {
        continue;
      }
      IgnoreRule[] rules = level.rules;
      for (int i = rules.length - 1; i >= 0; i--) {
        if (rules[i].matches(path, from, end, directory)) {
          return rules[i];
        }
      }
    }
    return null;
  }

  /**
   * Collects ignore files. Not thread-safe; {@link #build()} returns an immutable {@link
   * IgnoreRules}.
   */
  public static final class Builder {

    private static final Comparator<Level> DEEPEST_FIRST = new DeepestFirst();

    private final Map<String, List<IgnoreRule>> byFolder = new LinkedHashMap<>();
    private final List<IgnoreRule> global = new ArrayList<>();
    private final Map<String, IgnoreRule> unreadable = new LinkedHashMap<>();
    private boolean ignoreCase;

    private Builder() {}

    /**
     * Matches the folders of nested ignore files ignoring letter case, for a case-insensitive file
     * system. Parse the files with {@code GlobOptions.defaults().withCaseInsensitive(true)} so
     * their patterns ignore case too. Default false.
     */
    public Builder ignoreCase(boolean value) {
      this.ignoreCase = value;
      return this;
    }

    /**
     * Adds an ignore file found in {@code folder}.
     *
     * @param folder the file's folder relative to the workspace root, {@code /}-separated; {@code
     *     ""} (or {@code "."}) for the root
     * @throws IllegalArgumentException if {@code folder} starts with {@code /} or contains {@code
     *     .} or {@code ..} segments
     */
    public Builder add(String folder, IgnoreFile file) {
      Objects.requireNonNull(file, "file");
      String normalized = normalize(folder);
      // Plain map calls and loops in this builder, not lambdas: every lint builds the rules, and
      // each lambda costs a fresh JVM its linking.
      List<IgnoreRule> rules = byFolder.get(normalized);
      if (rules == null) {
        rules = new ArrayList<>();
        byFolder.put(normalized, rules);
      }
      for (IgnoreRule rule : file.rules()) {
        if (rule.unreadable()) {
          unreadable.putIfAbsent(normalized, rule);
        } else {
          rules.add(rule);
        }
      }
      return this;
    }

    /**
     * Adds a global ignore file such as {@code ~/.kiro/settings/kiroignore} (no leading dot,
     * L20332). Its patterns are relative to the workspace root and rank below every workspace file.
     */
    public Builder addGlobal(IgnoreFile file) {
      Objects.requireNonNull(file, "file");
      for (IgnoreRule rule : file.rules()) {
        if (rule.unreadable()) {
          unreadable.putIfAbsent("", rule); // patterns relative to the root: all of it
        } else {
          global.add(rule);
        }
      }
      return this;
    }

    /** The rules, deepest folder first. */
    public IgnoreRules build() {
      List<Level> levels = new ArrayList<>();
      for (Map.Entry<String, List<IgnoreRule>> e : byFolder.entrySet()) {
        // A file with no rules (or only an unreadable one) adds no level.
        if (!e.getValue().isEmpty()) {
          levels.add(new Level(e.getKey(), e.getValue(), ignoreCase));
        }
      }
      levels.sort(DEEPEST_FIRST);
      if (!global.isEmpty()) {
        levels.add(new Level("", global, ignoreCase));
      }
      List<Level> failed = new ArrayList<>();
      for (Map.Entry<String, IgnoreRule> e : unreadable.entrySet()) {
        failed.add(new Level(e.getKey(), List.of(e.getValue()), ignoreCase));
      }
      return levels.isEmpty() && failed.isEmpty() ? NONE : new IgnoreRules(levels, failed);
    }

    /** Levels by folder depth, deepest first; a class, not a lambda (see {@link #add}). */
    private static final class DeepestFirst implements Comparator<Level> {
      @Override
      public int compare(Level a, Level b) {
        return Integer.compare(depth(b.folder), depth(a.folder));
      }
    }

    private static int depth(String folder) {
      if (folder.isEmpty()) {
        return 0;
      }
      int depth = 1;
      for (int i = 0; i < folder.length(); i++) {
        if (folder.charAt(i) == '/') {
          depth++;
        }
      }
      return depth;
    }

    private static String normalize(String folder) {
      Objects.requireNonNull(folder, "folder");
      String f = folder;
      while (f.endsWith("/")) {
        f = f.substring(0, f.length() - 1);
      }
      if (f.equals(".")) {
        return "";
      }
      if (f.startsWith("/")) {
        throw new IllegalArgumentException("folder must be relative to the root: " + folder);
      }
      if (!f.isEmpty()) {
        for (String segment : f.split("/", -1)) {
          if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
            throw new IllegalArgumentException(
                "folder must be a normalized relative path: " + folder);
          }
        }
      }
      return f;
    }
  }
}
