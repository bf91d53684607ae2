package io.kiro4j.core.workspace;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The kinds of files Kiro reads from a {@code .kiro} folder (workspace and {@code ~/.kiro}), with
 * where each lives. This is the one table of locations; each capability loads its kind.
 *
 * <p>Immutable and thread-safe.
 */
public enum ArtifactKind {
  /** {@code steering/**}{@code /*.md} (docs L1059–1063). */
  STEERING("steering", p -> p.endsWith(".md")),
  /** {@code agents/*.json} and {@code agents/*.md} custom agents (docs L5910–7006). */
  AGENT("agents", p -> !p.contains("/") && (p.endsWith(".json") || p.endsWith(".md"))),
  /** {@code hooks/*.kiro.hook} IDE hook files (and foreign files stored there, reported). */
  HOOK("hooks", p -> !p.contains("/")),
  /** {@code settings/*}: {@code mcp.json}, CLI settings, the global {@code kiroignore}. */
  SETTINGS("settings", p -> !p.contains("/")),
  /** {@code specs/<name>/...} spec documents and {@code .config.kiro}. */
  SPEC("specs", p -> p.endsWith(".md") || p.endsWith(".config.kiro")),
  /** {@code skills/<name>/SKILL.md}. */
  SKILL("skills", p -> p.endsWith("/SKILL.md") || p.endsWith("/skill.md")),
  /** {@code powers/<name>/POWER.md} (installed powers live in {@code ~/.kiro/powers}). */
  POWER("powers", p -> p.endsWith("/POWER.md"));

  private final String folder;
  private final Predicate<String> filter;

  ArtifactKind(String folder, Predicate<String> filter) {
    this.folder = folder;
    this.filter = filter;
  }

  /** The folder below {@code .kiro} holding this kind. */
  public String folder() {
    return folder;
  }

  /**
   * True when {@code relativePath} (below {@link #folder()}, {@code /}-separated) is of this kind.
   */
  public boolean accepts(String relativePath) {
    return filter.test(relativePath);
  }

  /** The lower-case name used in output. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
