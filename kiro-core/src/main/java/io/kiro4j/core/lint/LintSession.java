package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.DisplayPath;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A lint of a workspace that can follow edits: {@link #update} lints a newer opening of the same
 * folders given the files that changed, redoing only the {@link LintSection sections} those files
 * affect and reusing the other sections' diagnostics. The {@link #report() report} is always what
 * {@link Linter#lint} gives for the same workspace: the roots' {@code .kiro4j.yaml}, the ignores,
 * the suppressions and {@code LINT-004} are applied to the whole result on every update.
 *
 * <pre>{@code
 * Linter linter = Linter.discover(getClass().getClassLoader());
 * LintSession session = linter.start(Kiro.open(options));
 * // on each edit (an editor's didChange, a file saved):
 * FileOverlay open = FileOverlay.empty().with(file, editorText);
 * session = session.update(Kiro.open(options.toBuilder().overlay(open).build()), Set.of(file));
 * publish(session.report().diagnostics());
 * }</pre>
 *
 * <p>What to pass as changed: every file whose text changed, was created or was deleted since the
 * last update (an opened or closed editor document counts: its text is read from memory or from
 * disk). When that is not known (a burst of file-system events), start again with {@link
 * Linter#start}. Within steering, only the changed files are read again ({@link
 * SteeringSet#refresh(Workspace, Set)}) and only their suppression comments are parsed again. When
 * the changed files existed before and still do (an edit of content), the folders are not listed
 * again and only the sections of the changed files' kinds are redone; a file created or deleted
 * redoes every section, since references ({@code #[[file:…]]}, {@code file://} resources) may name
 * any file. A section is not redone when only the text of a file of another kind that it reads by
 * reference changed (a steering file including an agent's JSON): such a file is a document, not
 * Kiro configuration, in every case kiro4j knows of.
 *
 * <p>Immutable and thread-safe: {@link #update} returns a new session and leaves this one as it
 * was, so a session may be shared and updated from any thread (two updates of the same session give
 * two independent sessions).
 *
 * @since 0.2
 */
public final class LintSession {

  private final Linter linter;
  private final Workspace workspace;

  /** {@link #workspace} as the sections saw it: ignored files excluded. */
  private final Workspace seen;

  /** Each section's diagnostics, by the index of the section in {@link Linter#sections()}. */
  private final List<List<Diagnostic>> raw;

  /** Each section's {@link LintSection#keyedBy key} when it was last computed. */
  private final List<Optional<Object>> keys;

  private final LintReport report;

  /** The suppression comments of each Markdown file, as read for {@link #report}. */
  private final Map<Path, InlineSuppressions> comments;

  /**
   * How each file of the report is shown: the same folders show the same files the same way, so an
   * update does not canonicalise them again.
   */
  private final Map<Path, DisplayPath> displayPaths;

  private LintSession(
      Linter linter,
      Workspace workspace,
      Workspace seen,
      List<List<Diagnostic>> raw,
      List<Optional<Object>> keys,
      LintReport report,
      Map<Path, InlineSuppressions> comments,
      Map<Path, DisplayPath> displayPaths) {
    this.linter = linter;
    this.workspace = workspace;
    this.seen = seen;
    this.raw = List.copyOf(raw);
    this.keys = Collections.unmodifiableList(new ArrayList<>(keys));
    this.report = report;
    this.comments = comments;
    this.displayPaths = displayPaths;
  }

  static LintSession start(Linter linter, Workspace workspace) {
    return run(linter, workspace, null, Set.of());
  }

  /** What this session found. */
  public LintReport report() {
    return report;
  }

  /** The workspace this session linted. */
  public Workspace workspace() {
    return workspace;
  }

  /**
   * Lints {@code workspace}, a newer opening of the same folders (same roots and user home; the
   * overlay may differ), given the files that changed since this session's workspace; the result is
   * this session's and the sections the changes affect, redone. A workspace of other folders is
   * linted whole.
   *
   * @param workspace the workspace as it is now
   * @param changed the files whose text changed, were created or deleted (absolute, spelled as the
   *     workspace lists them: canonical); a file of no Kiro kind ({@code .kiroignore}, {@code
   *     .kiro4j.yaml}) redoes every section
   */
  public LintSession update(Workspace workspace, Set<Path> changed) {
    Objects.requireNonNull(workspace, "workspace");
    Set<Path> files = Set.copyOf(changed);
    if (!sameFolders(workspace)) {
      return start(linter, workspace);
    }
    return run(linter, workspace, this, files);
  }

  private boolean sameFolders(Workspace other) {
    return other.userHome().equals(workspace.userHome())
        && other.roots().stream()
            .map(WorkspaceRoot::path)
            .toList()
            .equals(workspace.roots().stream().map(WorkspaceRoot::path).toList());
  }

  private static LintSession run(
      Linter linter, Workspace workspace, LintSession previous, Set<Path> changed) {
    List<LintConfig> configs = linter.configs(workspace);
    Workspace seen = Linter.seen(workspace, configs);
    // Empty: every kind (a file of no kind changed, or nothing was linted before).
    Optional<Set<ArtifactKind>> kinds = Optional.empty();
    boolean contentOnly = false;
    if (previous != null) {
      contentOnly = previous.listsAll(seen, changed);
      // Files created or deleted: references (#[[file:…]], file:// resources) may name any file,
      // so every section is redone.
      kinds = contentOnly ? kindsOf(workspace, changed) : Optional.empty();
      if (contentOnly) {
        KiroArtifacts listing = KiroArtifacts.of(previous.seen);
        seen.view(KiroArtifacts.class, w -> listing);
      }
      SteeringSet steering = SteeringSet.of(previous.seen);
      seen.view(SteeringSet.class, w -> steering.refresh(w, changed));
    }
    List<LintSection> sections = linter.sections();
    List<List<Diagnostic>> raw = new ArrayList<>(sections.size());
    List<Optional<Object>> keys = new ArrayList<>(sections.size());
    for (int i = 0; i < sections.size(); i++) {
      LintSection section = sections.get(i);
      if (previous != null
          && kinds.isPresent()
          && Collections.disjoint(section.kinds(), kinds.get())) {
        raw.add(previous.raw.get(i));
        keys.add(previous.keys.get(i));
        continue;
      }
      Optional<Object> key = section.key(seen);
      keys.add(key);
      if (contentOnly && key.isPresent() && key.equals(previous.keys.get(i))) {
        raw.add(previous.raw.get(i)); // same inputs over the same files: the same diagnostics
      } else {
        raw.add(section.diagnostics(seen, configs.get(0)));
      }
    }
    List<Diagnostic> all = new ArrayList<>();
    for (List<Diagnostic> r : raw) {
      all.addAll(r);
    }
    // A file's comments depend on its text only: those of unchanged files are not read again.
    Map<Path, InlineSuppressions> unchanged =
        previous == null ? Map.of() : without(previous.comments, changed);
    Linter.Finished finished =
        linter.finish(
            workspace,
            seen,
            configs,
            all,
            unchanged,
            previous == null ? Map.of() : without(previous.displayPaths, changed));
    return new LintSession(
        linter,
        workspace,
        seen,
        raw,
        keys,
        finished.report(),
        finished.comments(),
        finished.displayPaths());
  }

  /** {@code known} less the entries of the {@code changed} files. */
  private static <V> Map<Path, V> without(Map<Path, V> known, Set<Path> changed) {
    if (changed.isEmpty()) {
      return known;
    }
    Map<Path, V> out = new HashMap<>(known);
    out.keySet().removeAll(changed);
    return out;
  }

  /**
   * True when every changed file was listed last time and still exists (on disk or as an overlay
   * text): the edit changed content only, and the last listing of the folders still holds.
   */
  private boolean listsAll(Workspace now, Set<Path> changed) {
    if (changed.isEmpty()) {
      return true;
    }
    KiroArtifacts listing = KiroArtifacts.of(seen);
    Set<Path> listed = new HashSet<>();
    for (ArtifactKind kind : ArtifactKind.values()) {
      listing.files(kind).forEach(a -> listed.add(a.path()));
    }
    for (Path file : changed) {
      if (!listed.contains(file)) {
        return false;
      }
      if (now.options().overlay().text(file).isEmpty() && !Files.isRegularFile(file)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The kinds of the changed files (where each lies, the table of {@link ArtifactKind}); empty when
   * one is of no kind, so that every section is redone. A root's {@code AGENTS.md} is steering; of
   * {@code settings/}, only {@code mcp.json} is {@link ArtifactKind#SETTINGS} (the CLI settings and
   * the global {@code kiroignore} are read by many parts).
   */
  static Optional<Set<ArtifactKind>> kindsOf(Workspace workspace, Set<Path> changed) {
    Set<ArtifactKind> out = EnumSet.noneOf(ArtifactKind.class);
    for (Path file : changed) {
      Optional<ArtifactKind> kind = kindOf(workspace, file);
      if (kind.isEmpty()) {
        return Optional.empty();
      }
      out.add(kind.get());
    }
    return Optional.of(out);
  }

  static Optional<ArtifactKind> kindOf(Workspace workspace, Path file) {
    Path name = file.getFileName();
    if (name != null && name.toString().equals("AGENTS.md") && file.getParent() != null) {
      for (WorkspaceRoot root : workspace.roots()) {
        if (root.path().equals(file.getParent())) {
          return Optional.of(ArtifactKind.STEERING);
        }
      }
    }
    List<Path> kiroDirs = new ArrayList<>();
    kiroDirs.add(workspace.globalKiroDir());
    workspace.roots().forEach(r -> kiroDirs.add(r.kiroDir()));
    for (Path kiro : kiroDirs) {
      if (!file.startsWith(kiro) || file.getNameCount() < kiro.getNameCount() + 2) {
        continue;
      }
      String folder = file.getName(kiro.getNameCount()).toString();
      String rest = Workspace.slashes(kiro.resolve(folder).relativize(file));
      for (ArtifactKind kind : ArtifactKind.values()) {
        if (kind.folder().equals(folder) && kind.accepts(rest)) {
          return kind == ArtifactKind.SETTINGS && !rest.equals("mcp.json")
              ? Optional.empty()
              : Optional.of(kind);
        }
      }
    }
    return Optional.empty();
  }
}
