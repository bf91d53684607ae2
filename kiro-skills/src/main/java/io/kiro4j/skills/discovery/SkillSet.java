package io.kiro4j.skills.discovery;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.workspace.FileOverlay;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import io.kiro4j.skills.skill.SkillCode;
import io.kiro4j.skills.skill.SkillFile;
import io.kiro4j.skills.validation.ValidationOptions;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The skills of a workspace: global {@code ~/.kiro/skills/<name>/SKILL.md} and workspace {@code
 * <root>/.kiro/skills/<name>/SKILL.md} (docs L1289-1301), validated with the {@link
 * ValidationOptions#kiro() kiro profile}.
 *
 * <p>A workspace skill overrides a global one of the same name ("Kiro will prioritize the workspace
 * skill", L1301); in a multi-root workspace a later root overrides an earlier one. The overridden
 * skill is kept out of {@link #skills()} and reported with {@code SKILL-022} (info).
 *
 * <pre>{@code
 * SkillSet skills = SkillSet.of(Kiro.open(Path.of(".")));
 * skills.find("pr-review").ifPresent(s -> System.out.println(s.description()));
 * }</pre>
 *
 * Immutable apart from each {@link Skill}'s body cache; thread-safe.
 */
public final class SkillSet {

  private final Workspace workspace;
  private final ValidationOptions options;
  private final List<Skill> skills;
  private final List<Skill> shadowed;
  private final List<Diagnostic> diagnostics;

  private SkillSet(
      Workspace workspace,
      ValidationOptions options,
      List<Skill> skills,
      List<Skill> shadowed,
      List<Diagnostic> diagnostics) {
    this.workspace = workspace;
    this.options = options;
    this.skills = List.copyOf(skills);
    this.shadowed = List.copyOf(shadowed);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The workspace's skill set, loaded once per workspace (a {@link Workspace#view view}). */
  public static SkillSet of(Workspace workspace) {
    return workspace.view(SkillSet.class, new Load());
  }

  /** Discovers the skills of {@code workspace} now, validating with {@code options}. */
  public static SkillSet load(Workspace workspace, ValidationOptions options) {
    return load(workspace, options, Map.of());
  }

  /**
   * The skills as they are on disk now: folders added or removed are noticed, and a skill whose
   * {@code SKILL.md} changed is read again; unchanged skills are reused as they are (with their
   * cached bodies).
   */
  public SkillSet refresh() {
    Map<Path, Skill> previous = new java.util.HashMap<>();
    for (List<Skill> list : List.of(skills, shadowed)) {
      for (Skill s : list) {
        if (!s.isStale()) {
          previous.put(s.file(), s);
        }
      }
    }
    return load(workspace, options, previous);
  }

  private static SkillSet load(
      Workspace workspace, ValidationOptions options, Map<Path, Skill> reusable) {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(options, "options");
    Diagnostics diagnostics = new Diagnostics();
    Map<String, Skill> byName = new LinkedHashMap<>();
    List<Skill> shadowed = new ArrayList<>();
    List<Skill> found = new ArrayList<>();
    FileOverlay overlay = workspace.options().overlay();
    if (workspace.readsGlobalScope()) {
      scan(
          workspace.globalKiroDir().resolve("skills"),
          Scope.GLOBAL,
          options,
          overlay,
          reusable,
          found,
          diagnostics);
    }
    for (WorkspaceRoot root : workspace.roots()) {
      scan(
          root.kiroDir().resolve("skills"),
          Scope.WORKSPACE,
          options,
          overlay,
          reusable,
          found,
          diagnostics);
    }
    for (Skill s : found) {
      diagnostics.addAll(s.diagnostics());
      Skill previous = byName.remove(s.name());
      if (previous != null) {
        shadowed.add(previous);
        diagnostics.add(
            Diagnostic.ofFile(
                SkillCode.SHADOWED,
                previous.file(),
                "skill '"
                    + s.name()
                    + "' is overridden by "
                    + workspace.displayPath(s.file()).path()));
      }
      byName.put(s.name(), s);
    }
    List<Skill> skills = new ArrayList<>(byName.values());
    skills.sort(new ByName());
    return new SkillSet(workspace, options, skills, shadowed, diagnostics.toList());
  }

  private static void scan(
      Path skillsDir,
      Scope scope,
      ValidationOptions options,
      FileOverlay overlay,
      Map<Path, Skill> reusable,
      List<Skill> out,
      Diagnostics diagnostics) {
    if (!Files.isDirectory(skillsDir)) {
      return;
    }
    List<Path> dirs = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(skillsDir)) {
      for (Path entry : stream) {
        if (Files.isDirectory(entry)) {
          dirs.add(entry);
        }
      }
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.ofFile(
              SkillCode.UNREADABLE,
              skillsDir,
              "cannot list skills folder: " + e.getClass().getSimpleName()));
      return;
    }
    dirs.sort(new ByFileName());
    for (Path dir : dirs) {
      Optional<Path> file = SkillFile.find(dir);
      // Anything named SKILL.md is loaded: a FIFO or folder there is reported (SKILL-019), not
      // opened.
      if (file.isPresent()) {
        // A skill with an overlay text (an editor's unsaved SKILL.md) is never reused.
        Skill again = overlay.text(file.get()).isPresent() ? null : reusable.get(file.get());
        out.add(
            again != null
                ? again
                : Skill.load(file.get(), dir.getFileName().toString(), scope, options, overlay));
      } else {
        notASkill(dir, scope, diagnostics);
      }
    }
  }

  /**
   * Entries of a folder without SKILL.md looked at for what it was meant to be; the rest skipped.
   */
  private static final int MAX_ENTRIES_EXAMINED = 256;

  /**
   * A folder directly under {@code skills/} without {@code SKILL.md}: Kiro reads exactly {@code
   * skills/<name>/SKILL.md} (docs L1315), one level deep (a nested folder is not listed,
   * kirodotdev/Kiro#7305). When a {@code Skill.md} spelling (read only where letter case does not
   * matter) or a {@code SKILL.md} one level deeper shows a skill was meant, that is {@code
   * SKILL-028}, a warning; otherwise the folder is shared material or a category ({@code _shared/}
   * in real repositories), {@code SKILL-029}, an info. Hidden folders ({@code .git} of a cloned
   * skills repository) are not reported.
   */
  private static void notASkill(Path dir, Scope scope, Diagnostics diagnostics) {
    String name = dir.getFileName().toString();
    if (name.startsWith(".")) {
      return;
    }
    String shown = (scope == Scope.GLOBAL ? "~/.kiro/skills/" : ".kiro/skills/") + name;
    String variant = null;
    List<String> nested = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      int examined = 0;
      for (Path entry : stream) {
        if (++examined > MAX_ENTRIES_EXAMINED) {
          break;
        }
        String entryName = entry.getFileName().toString();
        if (entryName.equalsIgnoreCase("SKILL.md") && Files.isRegularFile(entry)) {
          variant = variant == null || entryName.compareTo(variant) < 0 ? entryName : variant;
        } else if (Files.isDirectory(entry) && SkillFile.find(entry).isPresent()) {
          nested.add(entryName);
        }
      }
    } catch (IOException | RuntimeException e) {
      return; // an unreadable folder: nothing to say about what it holds
    }
    if (variant != null) {
      diagnostics.add(
          Diagnostic.ofFile(
              SkillCode.SKILL_MD_MISPLACED,
              dir.resolve(variant),
              shown
                  + "/"
                  + variant
                  + " is not read where letter case matters (Linux): Kiro reads "
                  + shown
                  + "/SKILL.md (docs L1315); rename it SKILL.md"));
    } else if (!nested.isEmpty()) {
      nested.sort(null);
      String first = nested.get(0);
      diagnostics.add(
          Diagnostic.ofFile(
              SkillCode.SKILL_MD_MISPLACED,
              dir.resolve(first).resolve("SKILL.md"),
              shown
                  + "/ holds skill folders one level too deep ("
                  + String.join(", ", nested)
                  + "): Kiro reads only skills/<name>/SKILL.md, one level (docs L1315); move "
                  + first
                  + "/ up to skills/"
                  + first
                  + "/"));
    } else {
      diagnostics.add(
          Diagnostic.ofFile(
              SkillCode.NOT_A_SKILL_FOLDER,
              dir,
              shown
                  + "/ has no SKILL.md, so Kiro does not read it as a skill (docs L1315); fine for"
                  + " material the skills share"));
    }
  }

  /** The effective skills (overrides applied), sorted by name. */
  public List<Skill> skills() {
    return skills;
  }

  /** Skills hidden by a same-named skill of a higher layer. */
  public List<Skill> shadowed() {
    return shadowed;
  }

  /** The effective skill named {@code name}. */
  public Optional<Skill> find(String name) {
    return skills.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** Every problem found, skills' own and overrides. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  // The view's factory and the orders here are small classes, not lambdas or Comparator.comparing
  // chains: a fresh JVM links each lambda it reaches through java.lang.invoke, which every lint
  // run would pay for.

  /** Loads a workspace's skills with the Kiro profile. */
  private static final class Load implements Function<Workspace, SkillSet> {
    @Override
    public SkillSet apply(Workspace workspace) {
      return load(workspace, ValidationOptions.kiro());
    }
  }

  /** By name, then by file. */
  private static final class ByName implements Comparator<Skill> {
    @Override
    public int compare(Skill a, Skill b) {
      int c = a.name().compareTo(b.name());
      return c != 0 ? c : a.file().toString().compareTo(b.file().toString());
    }
  }

  /** Folders by their name. */
  private static final class ByFileName implements Comparator<Path> {
    @Override
    public int compare(Path a, Path b) {
      return a.getFileName().toString().compareTo(b.getFileName().toString());
    }
  }
}
