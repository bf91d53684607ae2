package io.kiro4j.core.workspace;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The kinds of files Kiro reads from a {@code .kiro} folder (workspace and {@code ~/.kiro}), with
 * where each lives. This is the one table of locations; each capability loads its kind.
 *
 * <p>Immutable and thread-safe.
 */
public enum ArtifactKind implements Predicate<String> {
  /** {@code steering/**}{@code /*.md} (docs L1059–1063). */
  STEERING("steering"),
  /** {@code agents/*.json} and {@code agents/*.md} custom agents (docs L5910–7006). */
  AGENT("agents"),
  /** {@code hooks/*.kiro.hook} IDE hook files (and foreign files stored there, reported). */
  HOOK("hooks"),
  /** {@code settings/*}: {@code mcp.json}, CLI settings, the global {@code kiroignore}. */
  SETTINGS("settings"),
  /** {@code specs/<name>/...} spec documents and {@code .config.kiro}. */
  SPEC("specs"),
  /** {@code skills/<name>/SKILL.md}. */
  SKILL("skills"),
  /** {@code powers/<name>/POWER.md} (installed powers live in {@code ~/.kiro/powers}). */
  POWER("powers");

  private final String folder;

  ArtifactKind(String folder) {
    this.folder = folder;
  }

  /** The folder below {@code .kiro} holding this kind. */
  public String folder() {
    return folder;
  }

  /**
   * True when {@code relativePath} (below {@link #folder()}, {@code /}-separated) is of this kind.
   */
  public boolean accepts(String relativePath) {
    // A switch, not a lambda per constant: every lint lists every kind, and each lambda costs a
    // fresh JVM its linking.
    String p = relativePath;
    return switch (this) {
      case STEERING -> p.endsWith(".md");
      case AGENT -> !p.contains("/") && (p.endsWith(".json") || p.endsWith(".md"));
      case HOOK, SETTINGS -> !p.contains("/");
      case SPEC -> p.endsWith(".md") || p.endsWith(".config.kiro");
      case SKILL -> p.endsWith("/SKILL.md") || p.endsWith("/skill.md");
      case POWER -> p.endsWith("/POWER.md");
    };
  }

  /**
   * {@link #accepts(String)}: a kind is the filter {@link Workspace#listFiles} lists its folder
   * with.
   *
   * @since 0.2
   */
  @Override
  public boolean test(String relativePath) {
    return accepts(relativePath);
  }

  /** The lower-case name used in output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
