package io.kiro4j.core.workspace;

import io.kiro4j.core.path.CanonicalPathCache;
import io.kiro4j.core.path.CaseSensitivity;
import io.kiro4j.core.variable.Environment;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to open a workspace: its roots, the folder standing for the user's home ({@code ~}), and the
 * environment variables visible to configuration.
 *
 * <pre>{@code
 * WorkspaceOptions options = WorkspaceOptions.builder()
 *     .root(Path.of("/work/app"))
 *     .root(Path.of("/work/shared-lib"))
 *     .userHome(Path.of("/tmp/test-home"))   // tests never touch the real home
 *     .build();
 * Workspace ws = Kiro.open(options);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param roots the workspace roots, in order (at least one)
 * @param userHome the folder {@code ~} stands for; global files are read from {@code
 *     userHome/.kiro}
 * @param environment the environment variables configuration may reference
 * @param agentIgnoreFiles the names of agent ignore files ({@code kiroAgent.agentIgnoreFiles});
 *     empty to read the setting from each root's {@code .vscode/settings.json} (see {@link
 *     KiroIgnore})
 * @param pathCacheTtl how long what the file system said about a path is reused when paths are
 *     canonicalised for this workspace (file events, permission decisions); {@link Duration#ZERO}
 *     asks the file system every time (see {@link CanonicalPathCache})
 * @param caseSensitivity how {@code .kiroignore} patterns compare letter case; {@link
 *     CaseSensitivity#AUTO} (the default) probes each root's file system, as git sets {@code
 *     core.ignorecase}
 * @param overlay texts read instead of the files on disk (an editor's unsaved documents); {@link
 *     FileOverlay#empty()} by default
 * @param exclusion files the workspace does not see, neither listed nor read ({@link
 *     PathExclusion#NONE} by default)
 */
public record WorkspaceOptions(
    List<Path> roots,
    Path userHome,
    Environment environment,
    Optional<List<String>> agentIgnoreFiles,
    Duration pathCacheTtl,
    CaseSensitivity caseSensitivity,
    FileOverlay overlay,
    PathExclusion exclusion) {

  /** The options without an exclusion (every file seen). */
  public WorkspaceOptions(
      List<Path> roots,
      Path userHome,
      Environment environment,
      Optional<List<String>> agentIgnoreFiles,
      Duration pathCacheTtl,
      CaseSensitivity caseSensitivity,
      FileOverlay overlay) {
    this(
        roots,
        userHome,
        environment,
        agentIgnoreFiles,
        pathCacheTtl,
        caseSensitivity,
        overlay,
        PathExclusion.NONE);
  }

  /** The options without an overlay (every file read from disk). */
  public WorkspaceOptions(
      List<Path> roots,
      Path userHome,
      Environment environment,
      Optional<List<String>> agentIgnoreFiles,
      Duration pathCacheTtl,
      CaseSensitivity caseSensitivity) {
    this(
        roots,
        userHome,
        environment,
        agentIgnoreFiles,
        pathCacheTtl,
        caseSensitivity,
        FileOverlay.empty(),
        PathExclusion.NONE);
  }

  public WorkspaceOptions {
    roots = List.copyOf(roots);
    if (roots.isEmpty()) {
      throw new IllegalArgumentException("a workspace needs at least one root");
    }
    Objects.requireNonNull(userHome, "userHome");
    Objects.requireNonNull(environment, "environment");
    agentIgnoreFiles =
        agentIgnoreFiles.isPresent()
            ? Optional.of(List.copyOf(agentIgnoreFiles.get()))
            : Optional.empty();
    Objects.requireNonNull(pathCacheTtl, "pathCacheTtl");
    if (pathCacheTtl.isNegative()) {
      throw new IllegalArgumentException("pathCacheTtl must not be negative");
    }
    Objects.requireNonNull(caseSensitivity, "caseSensitivity");
    Objects.requireNonNull(overlay, "overlay");
    Objects.requireNonNull(exclusion, "exclusion");
  }

  /** A builder with no roots, the real user home and the process environment. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding these options, to derive a variant. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.roots.addAll(roots);
    b.userHome = userHome;
    b.environment = environment;
    b.agentIgnoreFiles = agentIgnoreFiles.orElse(null);
    b.pathCacheTtl = pathCacheTtl;
    b.caseSensitivity = caseSensitivity;
    b.overlay = overlay;
    b.exclusion = exclusion;
    return b;
  }

  /** Builds {@link WorkspaceOptions}. */
  public static final class Builder {
    private final List<Path> roots = new ArrayList<>();
    private Path userHome;
    private Environment environment;
    private List<String> agentIgnoreFiles;
    private Duration pathCacheTtl = CanonicalPathCache.DEFAULT_TTL;
    private CaseSensitivity caseSensitivity = CaseSensitivity.AUTO;
    private FileOverlay overlay = FileOverlay.empty();
    private PathExclusion exclusion = PathExclusion.NONE;

    private Builder() {}

    /** Adds a workspace root; roots keep the order they are added in. */
    public Builder root(Path root) {
      roots.add(Objects.requireNonNull(root, "root"));
      return this;
    }

    /** Adds several workspace roots in order. */
    public Builder roots(List<Path> more) {
      for (Path p : more) {
        root(p);
      }
      return this;
    }

    /**
     * The folder {@code ~} stands for. Default: the {@code user.home} system property. Set it in
     * tests and embeddings so the real home is never read.
     */
    public Builder userHome(Path home) {
      this.userHome = Objects.requireNonNull(home, "home");
      return this;
    }

    /**
     * The environment variables configuration may reference. Default: {@link Environment#system()}.
     */
    public Builder environment(Environment env) {
      this.environment = Objects.requireNonNull(env, "env");
      return this;
    }

    /**
     * The agent ignore file names (the {@code kiroAgent.agentIgnoreFiles} setting), for example
     * {@code [".gitignore", ".kiroignore"]}; {@code []} turns workspace ignore files off. Default:
     * read from each root's {@code .vscode/settings.json}, else {@code [".kiroignore"]}.
     */
    public Builder agentIgnoreFiles(List<String> names) {
      for (String n : names) {
        if (n.isBlank() || n.contains("/")) {
          throw new IllegalArgumentException("not an ignore file name: '" + n + "'");
        }
      }
      this.agentIgnoreFiles = List.copyOf(names);
      return this;
    }

    /**
     * How long canonical paths learnt from the file system are reused (default {@link
     * CanonicalPathCache#DEFAULT_TTL}); {@link Duration#ZERO} turns the cache off.
     */
    public Builder pathCacheTtl(Duration ttl) {
      this.pathCacheTtl = Objects.requireNonNull(ttl, "ttl");
      return this;
    }

    /**
     * How {@code .kiroignore} patterns compare letter case (default {@link CaseSensitivity#AUTO}).
     */
    public Builder caseSensitivity(CaseSensitivity value) {
      this.caseSensitivity = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Texts read instead of the files on disk, for example the unsaved documents of an editor
     * (default: none). A text for a file not on disk is found by the listings too (a new document
     * not saved yet).
     *
     * @since 0.2
     */
    public Builder overlay(FileOverlay value) {
      this.overlay = Objects.requireNonNull(value, "value");
      return this;
    }

    /**
     * Files the workspace does not see (default: none): listings skip them (and whole folders
     * {@link PathExclusion#excludesAllBelow} says so) and reading one gives nothing, as for a
     * missing file.
     *
     * @since 0.2
     */
    public Builder exclude(PathExclusion value) {
      this.exclusion = Objects.requireNonNull(value, "value");
      return this;
    }

    /** The options; fails when no root was added. */
    public WorkspaceOptions build() {
      // Plain conditionals: this is the first code of every CLI run, and a lambda here linked
      // java.lang.invoke for the whole process before anything else needed it.
      Path home = userHome != null ? userHome : Path.of(System.getProperty("user.home"));
      Environment env = environment != null ? environment : Environment.system();
      return new WorkspaceOptions(
          roots,
          home,
          env,
          Optional.ofNullable(agentIgnoreFiles),
          pathCacheTtl,
          caseSensitivity,
          overlay,
          exclusion);
    }
  }
}
