package io.kiro4j.core.internal.permission;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobOptions;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.ignore.IgnoreMatch;
import io.kiro4j.core.path.CanonicalPathCache;
import io.kiro4j.core.path.CaseSensitivity;
import io.kiro4j.core.path.PathCanonicalizer;
import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.ReasonCode;
import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.workspace.KiroIgnore;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code allowedPaths} / {@code deniedPaths} of a file tool ({@code read}, {@code write}, {@code
 * grep}, {@code glob}) compiled against one working directory, as the Kiro CLI applies them.
 *
 * <pre>{@code
 * PathPolicy read = PathPolicy.builder(expansion, cwd, new RuleOrigin("dev.json", "/toolsSettings/read"))
 *     .workingDirectoryAllowed(true).deniedPaths(List.of("~/.ssh")).build();
 * read.evaluate(List.of("src/Main.java"), false);   // Allow: inside the working directory
 * }</pre>
 *
 * <ul>
 *   <li>Patterns and targets go through the same steps: {@code ~}, {@code $VAR}, {@code ${VAR}}
 *       ({@link PathExpansion}), relative to the working directory, then {@link
 *       PathCanonicalizer#canonicalize} (symlinks, {@code ..}, {@code .}) — for a glob pattern, of
 *       its literal prefix. So a pattern under a symlinked folder matches its targets (Kiro issue
 *       #7269) and no target escapes through {@code ..} or a symlink.
 *   <li>A pattern matches the path and everything below it. A glob's {@code *} stays within one
 *       folder for allowed paths; for denied paths it also matches across folders, as Kiro's
 *       globset does, so a deny is never narrower than Kiro's.
 *   <li>A denied path wins over an allowed one and over a trusted tool. An operation naming several
 *       paths is decided on every path; the strictest decision wins.
 *   <li>{@code .kiroignore}: with {@link Builder#kiroIgnore}, an ignored target is denied with the
 *       ignore file and line (docs L20273–20408). An ignore file that cannot be read denies
 *       everything below its folder; an unreadable global {@code ~/.kiro/settings/kiroignore}
 *       denies every target, outside the roots too (fail closed).
 *   <li>The working directory is allowed for {@code read} (Kiro always adds it) and not for {@code
 *       write}.
 *   <li>A target that can name no file — a NUL character, more than {@link #MAX_PATH_CHARS}
 *       characters, not a path of this file system — is denied ({@code INVALID_INPUT}), never an
 *       exception.
 *   <li>With {@link Builder#allowReadOnly} (glob and grep's {@code allowReadOnly}), a target no
 *       rule decided is allowed ({@code READONLY_SEARCH}) instead of asking.
 *   <li>With {@link Builder#ignoreCase}, rules and targets compare with simple case folding, so on
 *       a case-insensitive file system {@code SECRETS/key} cannot escape a rule for {@code
 *       secrets}. {@code .kiroignore} matching stays case-sensitive.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class PathPolicy {

  private record PathRule(
      String written, RuleOrigin origin, Path prefix, Glob glob, Glob wide, Glob wideBelow) {
    boolean matches(Path target, String relative, String absolute) {
      if (glob == null) {
        return target.startsWith(prefix);
      }
      if (glob.matches(relative)) {
        return true;
      }
      return wide != null && (wide.matches(absolute) || wideBelow.matches(absolute));
    }
  }

  private final PathExpansion expansion;
  private final Path cwd;
  private final boolean cwdAllowed;
  private final boolean ignoreCase;
  private final Path cwdKey;
  private final List<PathRule> allowed;
  private final List<PathRule> denied;
  private final Optional<KiroIgnore> ignore;
  private final Optional<Workspace> workspace;
  private final CanonicalPathCache paths;
  private final Optional<RuleOrigin> anywhere;
  private final List<Diagnostic> diagnostics;
  private final List<RuleDiagnostics.Entry> ruleDiagnostics;

  private PathPolicy(
      Builder b, List<PathRule> allowed, List<PathRule> denied, List<RuleDiagnostics.Entry> d) {
    this.expansion = b.expansion;
    this.cwd = PathCanonicalizer.canonicalize(b.cwd);
    this.paths = b.paths;
    this.cwdAllowed = b.cwdAllowed;
    this.ignoreCase = b.ignoreCase;
    this.cwdKey = key(cwd, ignoreCase);
    this.allowed = List.copyOf(allowed);
    this.denied = List.copyOf(denied);
    this.ignore = Optional.ofNullable(b.ignore);
    this.workspace = Optional.ofNullable(b.workspace);
    this.anywhere = Optional.ofNullable(b.anywhere);
    this.ruleDiagnostics = List.copyOf(d);
    this.diagnostics = RuleDiagnostics.diagnostics(d);
  }

  /** A builder for rules written at {@code origin} and resolved against the working directory. */
  public static Builder builder(PathExpansion expansion, Path workingDirectory, RuleOrigin origin) {
    return new Builder(expansion, workingDirectory, origin);
  }

  /** Problems found while compiling the rules. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The problems with the rules they are about, for the engine to place them. */
  public List<RuleDiagnostics.Entry> ruleDiagnostics() {
    return ruleDiagnostics;
  }

  /** The canonical working directory. */
  public Path workingDirectory() {
    return cwd;
  }

  /**
   * Decides an operation on {@code paths} (as the tool received them).
   *
   * @param toolTrusted the tool is in {@code allowedTools} or trusted for the session
   */
  public PermissionDecision evaluate(List<String> paths, boolean toolTrusted) {
    if (paths.isEmpty()) {
      return PermissionDecision.ask(
          Reason.builtin(ReasonCode.DEFAULT, "the operation names no path"));
    }
    List<PermissionDecision> decisions = new ArrayList<>(paths.size());
    for (String p : paths) {
      decisions.add(evaluateOne(p, toolTrusted));
    }
    return PermissionDecision.strictest(decisions);
  }

  private PermissionDecision evaluateOne(String raw, boolean toolTrusted) {
    Optional<String> invalid = invalidPath(raw);
    if (invalid.isPresent()) {
      return PermissionDecision.deny(Reason.builtin(ReasonCode.INVALID_INPUT, invalid.get()));
    }
    PathExpansion.Expanded expanded = expansion.expand(raw);
    if (!expanded.unsetVariables().isEmpty()) {
      return PermissionDecision.ask(
          Reason.builtin(
              ReasonCode.UNRESOLVED_PATH,
              "'" + raw + "' uses unset variable " + expanded.unsetVariables().get(0)));
    }
    // Not PathExpansion.resolve: its lexical ".." would undo a symlink before the OS follows it
    // ("ok/link/.." is the link target's parent, not "ok").
    Path p;
    try {
      p = cwd.getFileSystem().getPath(expanded.text().isEmpty() ? "." : expanded.text());
    } catch (InvalidPathException e) {
      return PermissionDecision.deny(
          Reason.builtin(
              ReasonCode.INVALID_INPUT,
              "'" + shorten(raw) + "' is not a path of this file system (" + e.getReason() + ")"));
    }
    Path target = PathCanonicalizer.canonicalize(p.isAbsolute() ? p : cwd.resolve(p), paths);
    Path key = key(target, ignoreCase);
    String absolute = target.toString();
    String relative = absolute.length() > 1 ? absolute.substring(1) : "";
    List<Reason> denials = new ArrayList<>();
    for (PathRule rule : denied) {
      if (rule.matches(key, relative, absolute)) {
        denials.add(
            Reason.of(
                ReasonCode.DENIED_PATH,
                "'" + raw + "' (" + absolute + ") matches deniedPaths '" + rule.written() + "'",
                rule.origin()));
      }
    }
    if (ignore.isPresent()) {
      ignoredBy(target)
          .ifPresent(
              m ->
                  denials.add(
                      Reason.of(
                          ReasonCode.KIROIGNORE,
                          m.rule().unreadable()
                              ? "'"
                                  + raw
                                  + "' is below an ignore file that cannot be read; everything"
                                  + " there is excluded until it is fixed"
                              : "'" + raw + "' is excluded by '" + m.rule().text() + "'",
                          // Shown as the contract shows files: root-relative or ~/.kiro/...
                          new RuleOrigin(
                              workspace.get().displayPath(m.rule().source()).toString(),
                              m.rule().unreadable() ? "unreadable" : "line " + m.rule().line()))));
    }
    if (!denials.isEmpty()) {
      return new PermissionDecision.Deny(denials);
    }
    for (PathRule rule : allowed) {
      if (rule.matches(key, relative, absolute)) {
        return PermissionDecision.allow(
            Reason.of(
                ReasonCode.ALLOWED_PATH,
                "'" + raw + "' matches allowedPaths '" + rule.written() + "'",
                rule.origin()));
      }
    }
    if (toolTrusted) {
      return PermissionDecision.allow(
          Reason.builtin(ReasonCode.TRUSTED_TOOL, "the tool is trusted"));
    }
    if (cwdAllowed && key.startsWith(cwdKey)) {
      return PermissionDecision.allow(
          Reason.builtin(
              ReasonCode.WORKING_DIRECTORY,
              "'" + raw + "' is inside the working directory " + cwd));
    }
    if (anywhere.isPresent()) {
      return PermissionDecision.allow(
          Reason.of(
              ReasonCode.READONLY_SEARCH,
              "'" + raw + "' may be searched anywhere (allowReadOnly)",
              anywhere.get()));
    }
    return PermissionDecision.ask(
        Reason.builtin(
            ReasonCode.DEFAULT,
            "'"
                + raw
                + "' ("
                + absolute
                + ") is not in allowedPaths"
                + (cwdAllowed ? " nor in the working directory" : "")));
  }

  /** The longest path a decision reads; no file system opens a longer one (Windows: 32,767). */
  public static final int MAX_PATH_CHARS = 32_767;

  /**
   * Why {@code raw} can name no file, or empty: a NUL character (the OS would cut the path there,
   * so the tool could open another file than the one judged) or more than {@link #MAX_PATH_CHARS}.
   */
  static Optional<String> invalidPath(String raw) {
    if (raw.indexOf('\0') >= 0) {
      return Optional.of(
          "'" + shorten(raw) + "' holds a NUL character: it can name no file (denied as hostile)");
    }
    if (raw.length() > MAX_PATH_CHARS) {
      return Optional.of(
          "a path of "
              + raw.length()
              + " characters is longer than any file system takes ("
              + MAX_PATH_CHARS
              + ")");
    }
    return Optional.empty();
  }

  /** {@code text} for a message: at most 200 characters, then how long it was. */
  public static String shorten(String text) {
    return text.length() <= 200
        ? text
        : text.substring(0, 200) + "… (" + text.length() + " characters)";
  }

  /** {@code path} as literal rules compare it: case-folded when the file system ignores case. */
  private static Path key(Path path, boolean ignoreCase) {
    return ignoreCase ? path.getFileSystem().getPath(CaseSensitivity.fold(path.toString())) : path;
  }

  private Optional<IgnoreMatch> ignoredBy(Path target) {
    // target is canonical already: no second canonicalisation.
    Optional<WorkspaceRoot> root = workspace.flatMap(w -> w.rootContaining(target));
    if (root.isEmpty()) {
      // Outside every root only an unreadable global kiroignore excludes (it fails closed).
      return ignore.get().unreadableGlobalFile().map(r -> new IgnoreMatch(target.toString(), r));
    }
    String rel = Workspace.slashes(root.get().path().relativize(target));
    if (rel.isEmpty()) {
      return Optional.empty();
    }
    return ignore.get().rules(root.get()).explain(rel, Files.isDirectory(target));
  }

  /** Collects the path settings of one tool. */
  public static final class Builder {
    private final PathExpansion expansion;
    private final Path cwd;
    private final RuleOrigin origin;
    private List<String> allowedPaths = List.of();
    private List<String> deniedPaths = List.of();
    private boolean cwdAllowed;
    private boolean ignoreCase;
    private KiroIgnore ignore;
    private Workspace workspace;
    private CanonicalPathCache paths = CanonicalPathCache.disabled();
    private RuleOrigin anywhere;

    private Builder(PathExpansion expansion, Path cwd, RuleOrigin origin) {
      this.expansion = Objects.requireNonNull(expansion, "expansion");
      this.cwd = Objects.requireNonNull(cwd, "workingDirectory").toAbsolutePath();
      this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** {@code allowedPaths}. */
    public Builder allowedPaths(List<String> paths) {
      this.allowedPaths = List.copyOf(paths);
      return this;
    }

    /** {@code deniedPaths}. */
    public Builder deniedPaths(List<String> paths) {
      this.deniedPaths = List.copyOf(paths);
      return this;
    }

    /** Whether the working directory is allowed without a rule (true for read, false for write). */
    public Builder workingDirectoryAllowed(boolean value) {
      this.cwdAllowed = value;
      return this;
    }

    /**
     * Compares rules and targets ignoring letter case (a case-insensitive file system; see {@link
     * CaseSensitivity}). Default false.
     */
    public Builder ignoreCase(boolean value) {
      this.ignoreCase = value;
      return this;
    }

    /**
     * Reuses what the file system said about folders for a short while when targets are
     * canonicalised (see {@link CanonicalPathCache} for the trade-off). Default: disabled.
     */
    public Builder canonicalPathCache(CanonicalPathCache cache) {
      this.paths = Objects.requireNonNull(cache, "cache");
      return this;
    }

    /**
     * {@code allowReadOnly} of glob and grep (docs L3228–3332: "whether to allow searches anywhere
     * without prompting"): a target that no denied path, ignore file or allowed path decided is
     * allowed ({@code READONLY_SEARCH}) instead of asking; {@code setting} is where it is written.
     * Denials still win.
     */
    public Builder allowReadOnly(RuleOrigin setting) {
      this.anywhere = Objects.requireNonNull(setting, "setting");
      return this;
    }

    /** Denies targets the workspace's {@code .kiroignore} files exclude (read, grep, glob). */
    public Builder kiroIgnore(Workspace workspace) {
      this.workspace = Objects.requireNonNull(workspace, "workspace");
      this.ignore = KiroIgnore.of(workspace);
      return this;
    }

    /** Compiles the rules. */
    public PathPolicy build() {
      RuleDiagnostics diags = new RuleDiagnostics();
      List<PathRule> allow = new ArrayList<>();
      for (int i = 0; i < allowedPaths.size(); i++) {
        Optional<PathRule> rule =
            compile(allowedPaths.get(i), origin.field("allowedPaths").element(i), false, diags);
        if (rule.isPresent()) {
          allow.add(rule.get());
        }
      }
      List<PathRule> deny = new ArrayList<>();
      for (int i = 0; i < deniedPaths.size(); i++) {
        Optional<PathRule> rule =
            compile(deniedPaths.get(i), origin.field("deniedPaths").element(i), true, diags);
        if (rule.isPresent()) {
          deny.add(rule.get());
        }
      }
      return new PathPolicy(this, allow, deny, diags.toList());
    }

    private Optional<PathRule> compile(
        String written, RuleOrigin at, boolean deny, RuleDiagnostics diags) {
      PathExpansion.Expanded expanded = expansion.expand(written);
      if (!expanded.unsetVariables().isEmpty()) {
        diags.add(
            PermissionCode.UNSET_PATH_VARIABLE,
            at,
            "'" + written + "' uses unset variable " + expanded.unsetVariables().get(0));
      }
      String text = expanded.text();
      Path base = PathCanonicalizer.canonicalize(cwd);
      Path p = base.getFileSystem().getPath(text.isEmpty() ? "." : text);
      Path absolute = p.isAbsolute() ? p : base.resolve(p);
      // Split at the first segment holding a glob character: only the literal prefix can exist.
      Path prefix = absolute.getRoot();
      List<String> rest = new ArrayList<>();
      for (Path segment : absolute) {
        String s = segment.toString();
        if (rest.isEmpty() && !isGlob(s)) {
          prefix = prefix.resolve(s);
        } else {
          rest.add(s);
        }
      }
      Path canonicalPrefix = PathCanonicalizer.canonicalize(prefix);
      if (rest.isEmpty()) {
        return Optional.of(
            new PathRule(written, at, key(canonicalPrefix, ignoreCase), null, null, null));
      }
      if (rest.contains("..") || rest.contains(".")) {
        return invalid(written, at, deny, canonicalPrefix, diags, "'.' or '..' after a wildcard");
      }
      String pattern =
          canonicalPrefix
              + (canonicalPrefix.toString().endsWith("/") ? "" : "/")
              + String.join("/", rest);
      try {
        GlobOptions o = GlobOptions.defaults().withCaseInsensitive(ignoreCase);
        Glob glob = Glob.compile(pattern + "{,/**}", GlobDialect.WORKSPACE_FILE, o);
        // TOOL_NAME drops empty brace alternatives (as globset does): two globs instead.
        Glob wide = deny ? Glob.compile(pattern, GlobDialect.TOOL_NAME, o) : null;
        Glob wideBelow = deny ? Glob.compile(pattern + "/**", GlobDialect.TOOL_NAME, o) : null;
        return Optional.of(new PathRule(written, at, canonicalPrefix, glob, wide, wideBelow));
      } catch (GlobSyntaxException e) {
        return invalid(written, at, deny, canonicalPrefix, diags, e.getMessage());
      }
    }

    private Optional<PathRule> invalid(
        String written,
        RuleOrigin at,
        boolean deny,
        Path prefix,
        RuleDiagnostics diags,
        String why) {
      diags.add(
          PermissionCode.INVALID_PATH_GLOB,
          at,
          "'"
              + written
              + "' is not a usable pattern ("
              + why.replace('\n', ' ')
              + ")"
              + (deny ? "; everything below " + prefix + " is denied" : "; it is ignored"));
      return deny
          ? Optional.of(new PathRule(written, at, key(prefix, ignoreCase), null, null, null))
          : Optional.empty();
    }

    private static boolean isGlob(String segment) {
      for (int i = 0; i < segment.length(); i++) {
        if ("*?[{".indexOf(segment.charAt(i)) >= 0) {
          return true;
        }
      }
      return false;
    }
  }
}
