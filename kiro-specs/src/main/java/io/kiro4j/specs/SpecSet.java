package io.kiro4j.specs;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.specs.tasks.Task;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every spec of a workspace: each folder below {@code <root>/.kiro/specs/} holding one of
 * requirements.md, bugfix.md, design.md, tasks.md or .config.kiro, for every root (docs L338–348,
 * L20431–20433). Real repositories number their folders ({@code 049-nav-...}) and nest them one
 * level ({@code 060-custom-agent-system/lina-agent/}): a spec's name is its folder path below
 * {@code specs/} with {@code /}.
 *
 * <pre>{@code
 * SpecSet specs = Specs.of(workspace);
 * Spec auth = specs.find("user-authentication").orElseThrow();
 * }</pre>
 *
 * <p>Order: by root, then name in code-point order. Immutable and thread-safe.
 */
public final class SpecSet {

  private static final Pattern SPEC_FILE =
      Pattern.compile(
          "^([^/]+(?:/[^/]+)?)/(requirements\\.md|bugfix\\.md|design\\.md|tasks\\.md|\\.config\\.kiro)$");
  private static final Pattern MENTION = Pattern.compile("#spec:([\\w.\\-/]+)");
  private static final Pattern TASK = Pattern.compile("(?i)\\btask\\s+(\\d+(?:\\.\\d+)*)");

  private final Workspace workspace;
  private final List<Spec> specs;
  private final List<Diagnostic> diagnostics;

  private SpecSet(Workspace workspace, List<Spec> specs, List<Diagnostic> diagnostics) {
    this.workspace = workspace;
    this.specs = List.copyOf(specs);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Loads every spec of {@code workspace} now (not cached; {@link Specs#of} caches). */
  public static SpecSet load(Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    Diagnostics diagnostics = new Diagnostics();
    List<Spec> specs = new ArrayList<>();
    // The shared listing of .kiro folders; specs are per root only (Kiro has no global specs).
    Map<Integer, Map<String, Path>> byRoot = new TreeMap<>();
    for (KiroArtifacts.Artifact a : KiroArtifacts.of(workspace).files(ArtifactKind.SPEC)) {
      if (a.root().isEmpty()) {
        continue;
      }
      Matcher m = SPEC_FILE.matcher(a.relativePath());
      if (m.matches()) {
        // get and put, not computeIfAbsent: a lambda costs a fresh JVM its linking on every lint.
        Map<String, Path> folders = byRoot.get(a.root().getAsInt());
        if (folders == null) {
          folders = new TreeMap<>();
          byRoot.put(a.root().getAsInt(), folders);
        }
        folders.putIfAbsent(m.group(1), a.path().getParent());
      }
    }
    for (Map.Entry<Integer, Map<String, Path>> root : byRoot.entrySet()) {
      for (Map.Entry<String, Path> folder : root.getValue().entrySet()) {
        Spec spec =
            Spec.load(
                folder.getValue(),
                folder.getKey(),
                OptionalInt.of(root.getKey()),
                workspace.options().overlay());
        specs.add(spec);
        diagnostics.addAll(spec.diagnostics());
      }
    }
    return new SpecSet(workspace, specs, diagnostics.toList());
  }

  /** The workspace. */
  public Workspace workspace() {
    return workspace;
  }

  /** Every spec, by root then name. */
  public List<Spec> specs() {
    return specs;
  }

  /** The first spec (in root order) named {@code name}. */
  public Optional<Spec> find(String name) {
    String n = name.startsWith("#spec:") ? name.substring(6) : name;
    return specs.stream().filter(s -> s.name().equals(n)).findFirst();
  }

  /** Every problem of every spec (and of listing the folders). */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /**
   * The {@code #spec:name} references of a prompt, in order, each resolved to its spec and (when
   * followed by {@code task N}) its task. An unknown name or task leaves the resolution empty.
   */
  public List<SpecMention> mentions(String prompt) {
    List<SpecMention> out = new ArrayList<>();
    Matcher m = MENTION.matcher(prompt);
    List<int[]> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      String name = m.group(1);
      while (name.endsWith(".") || name.endsWith("/")) {
        name = name.substring(0, name.length() - 1);
      }
      found.add(new int[] {m.start(), m.end()});
      names.add(name);
    }
    for (int i = 0; i < found.size(); i++) {
      int end = i + 1 < found.size() ? found.get(i + 1)[0] : prompt.length();
      Matcher t = TASK.matcher(prompt).region(found.get(i)[1], end);
      Optional<String> taskId = t.find() ? Optional.of(t.group(1)) : Optional.empty();
      Optional<Spec> spec = find(names.get(i));
      Optional<Task> task =
          taskId.isPresent()
              ? spec.flatMap(Spec::tasks).flatMap(l -> l.find(taskId.get()))
              : Optional.empty();
      out.add(new SpecMention(names.get(i), taskId, found.get(i)[0], spec, task));
    }
    return List.copyOf(out);
  }
}
