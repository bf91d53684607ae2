package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One part of a {@link LintContributor}'s work, with the kinds of files its diagnostics depend on:
 * what lets {@link LintSession} redo only the sections an edit affects and reuse the others'
 * diagnostics.
 *
 * <p>A section is redone when a changed file is of one of its {@link #kinds()} (where the file lies
 * decides its kind, the table of {@link ArtifactKind}; a root's {@code AGENTS.md} counts as {@link
 * ArtifactKind#STEERING}, and of {@code settings/} only {@code mcp.json} counts as {@link
 * ArtifactKind#SETTINGS}), and always when a changed file is of no kind ({@code .kiroignore},
 * {@code .kiro4j.yaml}, {@code settings/cli.json}, a source file): such files may be read by any
 * section. Every section is redone when a file was created or deleted (references may name any
 * file); a section that declares no kinds depends only on which files exist (the folders' listing,
 * the layout).
 *
 * <pre>{@code
 * LintSection hooks = LintSection.of(
 *     "hooks", EnumSet.of(ArtifactKind.HOOK, ArtifactKind.AGENT),
 *     (workspace, config) -> HookSet.of(workspace).diagnostics());
 * }</pre>
 *
 * <p>Immutable and thread-safe when its functions are (they must be: sections run on any thread).
 *
 * @since 0.2
 */
public final class LintSection {

  private final String name;
  private final Set<ArtifactKind> kinds;
  private final BiFunction<Workspace, LintConfig, List<Diagnostic>> collect;
  private final Optional<Function<Workspace, Object>> key;

  private LintSection(
      String name,
      Set<ArtifactKind> kinds,
      BiFunction<Workspace, LintConfig, List<Diagnostic>> collect,
      Optional<Function<Workspace, Object>> key) {
    this.name = Objects.requireNonNull(name, "name");
    this.kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
    this.collect = Objects.requireNonNull(collect, "collect");
    this.key = key;
  }

  /**
   * A section named {@code name} whose diagnostics {@code collect} finds (given the workspace and
   * the primary root's configuration, as {@link LintContributor#diagnostics}) and which depends on
   * the files of {@code kinds}.
   */
  public static LintSection of(
      String name,
      Set<ArtifactKind> kinds,
      BiFunction<Workspace, LintConfig, List<Diagnostic>> collect) {
    return new LintSection(name, kinds, collect, Optional.empty());
  }

  /**
   * A section depending on every kind of file: redone on any change. What a contributor that does
   * not split its work is made of.
   */
  public static LintSection whole(
      String name, BiFunction<Workspace, LintConfig, List<Diagnostic>> collect) {
    return of(name, EnumSet.allOf(ArtifactKind.class), collect);
  }

  /**
   * This section, keeping its last diagnostics when an edit changed files' content only (no file
   * created or deleted) and {@code key} gives a value equal to the last run's: for a section that
   * is costly and depends on a small part of its files' content (fileMatch coverage walks the
   * workspace but reads only the patterns). {@code key} must capture everything of the workspace's
   * Kiro files the section's diagnostics depend on.
   */
  public LintSection keyedBy(Function<Workspace, Object> key) {
    return new LintSection(name, kinds, collect, Optional.of(Objects.requireNonNull(key, "key")));
  }

  /**
   * The diagnostics of every section in turn: what a contributor made of sections answers for
   * {@link LintContributor#diagnostics}.
   */
  public static List<Diagnostic> diagnostics(
      List<LintSection> sections, Workspace workspace, LintConfig config) {
    List<Diagnostic> all = new ArrayList<>();
    for (LintSection s : sections) {
      all.addAll(s.diagnostics(workspace, config));
    }
    return all;
  }

  /** The section's name, for example {@code steering}. */
  public String name() {
    return name;
  }

  /** The kinds of files its diagnostics depend on. */
  public Set<ArtifactKind> kinds() {
    return kinds;
  }

  /** Its diagnostics in {@code workspace}, before any configuration is applied. */
  public List<Diagnostic> diagnostics(Workspace workspace, LintConfig config) {
    return List.copyOf(collect.apply(workspace, config));
  }

  /** The value {@link #keyedBy} compares, if the section has one. */
  Optional<Object> key(Workspace workspace) {
    return key.isPresent() ? Optional.ofNullable(key.get().apply(workspace)) : Optional.empty();
  }

  @Override
  public String toString() {
    return "LintSection[" + name + " " + kinds + "]";
  }
}
