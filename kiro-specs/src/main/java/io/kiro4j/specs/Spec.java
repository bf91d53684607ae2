package io.kiro4j.specs;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.workspace.FileOverlay;
import io.kiro4j.specs.design.DesignDocument;
import io.kiro4j.specs.requirements.BugfixDocument;
import io.kiro4j.specs.requirements.Requirement;
import io.kiro4j.specs.requirements.RequirementsCode;
import io.kiro4j.specs.requirements.RequirementsDocument;
import io.kiro4j.specs.tasks.TaskList;
import io.kiro4j.specs.trace.TraceReport;
import io.kiro4j.specs.trace.Traceability;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One spec: a folder below {@code .kiro/specs/} with requirements.md (or bugfix.md), design.md and
 * tasks.md (docs L367–371), and optionally {@code .config.kiro}. Other files in the folder are
 * ignored.
 *
 * <pre>{@code
 * Spec spec = Specs.load(Path.of(".kiro/specs/user-authentication"));
 * spec.trace().uncovered();              // criteria no task covers
 * spec.tasks().map(TaskList::runQueue);  // what "Run all tasks" runs
 * }</pre>
 *
 * <p>The type is {@code specType} of {@code .config.kiro} when it says feature or bugfix; otherwise
 * bugfix when the folder has a bugfix.md and no requirements.md, else feature.
 *
 * <p>Immutable and thread-safe; a snapshot of the files when loaded.
 */
public final class Spec {

  /** The documents of a spec, in the order of the CLI contract. */
  public static final List<String> DOCUMENTS =
      List.of("requirements.md", "bugfix.md", "design.md", "tasks.md");

  /** The config file name. */
  public static final String CONFIG = ".config.kiro";

  private static final Set<String> CONFIG_KEYS =
      Set.of("generationMode", "specId", "workflowType", "specType");

  private final String name;
  private final Path dir;
  private final OptionalInt root;
  private final SpecType type;
  private final Optional<SpecConfig> config;
  private final Optional<RequirementsDocument> requirements;
  private final Optional<BugfixDocument> bugfix;
  private final Optional<DesignDocument> design;
  private final Optional<TaskList> tasks;
  private final TraceReport trace;
  private final List<Diagnostic> diagnostics;

  private Spec(
      String name,
      Path dir,
      OptionalInt root,
      SpecType type,
      Optional<SpecConfig> config,
      Optional<RequirementsDocument> requirements,
      Optional<BugfixDocument> bugfix,
      Optional<DesignDocument> design,
      Optional<TaskList> tasks,
      TraceReport trace,
      List<Diagnostic> diagnostics) {
    this.name = name;
    this.dir = dir;
    this.root = root;
    this.type = type;
    this.config = config;
    this.requirements = requirements;
    this.bugfix = bugfix;
    this.design = design;
    this.tasks = tasks;
    this.trace = trace;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Loads the spec in folder {@code dir} with the given name and root index. Never throws for bad
   * files: problems are in {@link #diagnostics()}.
   */
  public static Spec load(Path dir, String name, OptionalInt root) {
    return load(dir, name, root, FileOverlay.empty());
  }

  /**
   * {@link #load(Path, String, OptionalInt)} reading each document's {@code overlay} text when it
   * has one (an editor's unsaved buffer) instead of the file on disk.
   *
   * @since 0.2
   */
  public static Spec load(Path dir, String name, OptionalInt root, FileOverlay overlay) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(overlay, "overlay");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(root, "root");
    Diagnostics diagnostics = new Diagnostics();
    Optional<SpecConfig> config = Optional.empty();
    Path configPath = dir.resolve(CONFIG);
    if (TextFile.isPresent(configPath)) { // a FIFO or a broken link is reported by the read
      config = readConfig(configPath, overlay, diagnostics);
    }
    // Plain conditionals, not Optional chains: every spec a lint reaches loads here, and a fresh
    // JVM links each lambda it reaches through java.lang.invoke. Each document's text is its
    // overlay text if it has one; a document that is absent is empty.
    Path requirementsFile = dir.resolve("requirements.md");
    Optional<String> text = overlay.readIfPresent(requirementsFile, diagnostics);
    Optional<RequirementsDocument> requirements =
        text.isPresent()
            ? Optional.of(RequirementsDocument.parse(requirementsFile, text.get()))
            : Optional.empty();
    Path bugfixFile = dir.resolve("bugfix.md");
    text = overlay.readIfPresent(bugfixFile, diagnostics);
    Optional<BugfixDocument> bugfix =
        text.isPresent()
            ? Optional.of(BugfixDocument.parse(bugfixFile, text.get()))
            : Optional.empty();
    Path designFile = dir.resolve("design.md");
    text = overlay.readIfPresent(designFile, diagnostics);
    Optional<DesignDocument> design =
        text.isPresent()
            ? Optional.of(DesignDocument.parse(designFile, text.get()))
            : Optional.empty();
    Path tasksFile = dir.resolve("tasks.md");
    text = overlay.text(tasksFile);
    Optional<TaskList> tasks = Optional.empty();
    if (text.isPresent()) {
      tasks = Optional.of(TaskList.parse(tasksFile, text.get()));
    } else if (TextFile.isPresent(tasksFile)) {
      tasks = Optional.of(TaskList.load(tasksFile));
    }
    if (requirements.isPresent()) {
      diagnostics.addAll(requirements.get().diagnostics());
    }
    if (bugfix.isPresent()) {
      diagnostics.addAll(bugfix.get().diagnostics());
    }
    if (design.isPresent()) {
      diagnostics.addAll(design.get().diagnostics());
    }
    if (tasks.isPresent()) {
      diagnostics.addAll(tasks.get().diagnostics());
    }

    Path anchor = config.isPresent() ? configPath : dir;
    if (requirements.isEmpty() && bugfix.isEmpty() && design.isEmpty() && tasks.isEmpty()) {
      diagnostics.add(
          Diagnostic.ofFile(
              SpecCode.NO_DOCUMENTS,
              anchor,
              "spec '" + name + "' has none of requirements.md, bugfix.md, design.md, tasks.md"));
    }
    if (requirements.isPresent() && bugfix.isPresent()) {
      diagnostics.add(
          Diagnostic.ofFile(
              SpecCode.BOTH_REQUIREMENTS_AND_BUGFIX,
              bugfix.get().path(),
              "spec '" + name + "' has both requirements.md and bugfix.md"));
    }
    SpecType type =
        bugfix.isPresent() && requirements.isEmpty() ? SpecType.BUGFIX : SpecType.FEATURE;
    Optional<String> declared = config.isPresent() ? config.get().specType() : Optional.empty();
    if (declared.isPresent()) {
      if (declared.get().equals("bugfix") || declared.get().equals("feature")) {
        SpecType said = declared.get().equals("bugfix") ? SpecType.BUGFIX : SpecType.FEATURE;
        boolean mismatch =
            said == SpecType.BUGFIX
                ? bugfix.isEmpty()
                : bugfix.isPresent() && requirements.isEmpty();
        if (mismatch) {
          diagnostics.add(
              Diagnostic.ofFile(
                  SpecCode.TYPE_MISMATCH,
                  configPath,
                  "specType is "
                      + declared.get()
                      + " but the folder has "
                      + (said == SpecType.BUGFIX
                          ? "no bugfix.md"
                          : "a bugfix.md and no requirements.md")));
        }
        type = said;
      } else {
        diagnostics.add(
            Diagnostic.ofFile(
                SpecCode.UNKNOWN_SPEC_TYPE,
                configPath,
                "specType '" + declared.get() + "' is not feature or bugfix"));
      }
    }

    List<Requirement> reqs = new ArrayList<>();
    if (requirements.isPresent()) {
      reqs.addAll(requirements.get().requirements());
    }
    if (bugfix.isPresent()) {
      reqs.addAll(bugfix.get().sections());
    }
    Optional<Path> reqFile = Optional.empty();
    if (requirements.isPresent()) {
      reqFile = Optional.of(requirements.get().path());
    } else if (bugfix.isPresent()) {
      reqFile = Optional.of(bugfix.get().path());
    }
    Set<String> notToCover =
        bugfix.isPresent() && requirements.isEmpty()
            ? Set.of(BugfixDocument.Section.CURRENT.id())
            : Set.of();
    TraceReport trace = Traceability.trace(reqs, notToCover, reqFile, design, tasks);
    diagnostics.addAll(trace.diagnostics());
    return new Spec(
        name,
        dir,
        root,
        type,
        config,
        requirements,
        bugfix,
        design,
        tasks,
        trace,
        diagnostics.toList());
  }

  private static Optional<SpecConfig> readConfig(
      Path path, FileOverlay overlay, Diagnostics diagnostics) {
    Optional<String> text = overlay.read(path, diagnostics);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    JsonResult result = JsonLoader.strict().parse(text.get(), path);
    diagnostics.addAll(result.diagnostics());
    if (result.document().isEmpty()) {
      return Optional.empty();
    }
    JsonDocument doc = result.document().get();
    JsonNode root = doc.root();
    if (!root.isObject()) {
      diagnostics.add(
          doc.diagnostic(
              SpecCode.CONFIG_VALUE_NOT_STRING, "", ".config.kiro is not a JSON object"));
      return Optional.empty();
    }
    Iterator<Map.Entry<String, JsonNode>> fields = root.properties().iterator();
    while (fields.hasNext()) {
      String key = fields.next().getKey();
      if (!CONFIG_KEYS.contains(key)) {
        diagnostics.add(
            doc.keyDiagnostic(
                SpecCode.UNKNOWN_CONFIG_KEY,
                "/" + key.replace("~", "~0").replace("/", "~1"),
                "unknown .config.kiro key '" + key + "'"));
      }
    }
    return Optional.of(
        new SpecConfig(
            string(doc, root, "generationMode", diagnostics),
            string(doc, root, "specId", diagnostics),
            string(doc, root, "workflowType", diagnostics),
            string(doc, root, "specType", diagnostics)));
  }

  private static Optional<String> string(
      JsonDocument doc, JsonNode root, String key, Diagnostics diagnostics) {
    JsonNode n = root.get(key);
    if (n == null || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isString()) {
      diagnostics.add(
          doc.diagnostic(SpecCode.CONFIG_VALUE_NOT_STRING, "/" + key, key + " must be a string"));
      return Optional.empty();
    }
    return Optional.of(n.asString());
  }

  /** The folder path below {@code .kiro/specs/} with {@code /} ({@code 060-agents/lina-agent}). */
  public String name() {
    return name;
  }

  /** The spec folder. */
  public Path dir() {
    return dir;
  }

  /** The index of the workspace root the spec belongs to; empty for a spec loaded by path. */
  public OptionalInt root() {
    return root;
  }

  /** Feature or bugfix. */
  public SpecType type() {
    return type;
  }

  /** {@code .config.kiro}, if present and readable. */
  public Optional<SpecConfig> config() {
    return config;
  }

  /** requirements.md, if present. */
  public Optional<RequirementsDocument> requirements() {
    return requirements;
  }

  /** bugfix.md, if present. */
  public Optional<BugfixDocument> bugfix() {
    return bugfix;
  }

  /** design.md, if present. */
  public Optional<DesignDocument> design() {
    return design;
  }

  /** tasks.md, if present. */
  public Optional<TaskList> tasks() {
    return tasks;
  }

  /** The documents present, in the order requirements.md, bugfix.md, design.md, tasks.md. */
  public List<String> documents() {
    List<String> out = new ArrayList<>();
    requirements.ifPresent(d -> out.add("requirements.md"));
    bugfix.ifPresent(d -> out.add("bugfix.md"));
    design.ifPresent(d -> out.add("design.md"));
    tasks.ifPresent(d -> out.add("tasks.md"));
    return List.copyOf(out);
  }

  /** The requirements of requirements.md, then the sections of bugfix.md. */
  public List<Requirement> allRequirements() {
    List<Requirement> out = new ArrayList<>();
    requirements.ifPresent(r -> out.addAll(r.requirements()));
    bugfix.ifPresent(b -> out.addAll(b.sections()));
    return List.copyOf(out);
  }

  /** Coverage of criteria by tasks and properties. */
  public TraceReport trace() {
    return trace;
  }

  /** Whether the requirements of a spec could be read. */
  public enum RequirementsState {
    /** requirements.md (or bugfix.md) was read: its requirements and criteria are traced. */
    READ,
    /**
     * requirements.md (or bugfix.md) is there, but no requirement (or bugfix clause) could be read
     * from it; the reason is its {@code REQ-008} diagnostic ({@link #requirementsNotRead()}).
     */
    NOT_READ,
    /** The spec has neither requirements.md nor bugfix.md. */
    ABSENT;

    /** Lower-case with dashes, for JSON: {@code not-read}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** Whether the requirements could be read; see {@link RequirementsState}. */
  public RequirementsState requirementsState() {
    if (requirements.isEmpty() && bugfix.isEmpty()) {
      return RequirementsState.ABSENT;
    }
    return requirementsNotRead().isPresent() ? RequirementsState.NOT_READ : RequirementsState.READ;
  }

  /**
   * Why the requirements were not read: the {@code REQ-008} diagnostic of requirements.md (or of
   * bugfix.md when it stands alone); empty when they were read or there is no such document.
   */
  public Optional<Diagnostic> requirementsNotRead() {
    List<Diagnostic> of =
        requirements.isPresent()
            ? requirements.get().diagnostics()
            : bugfix.map(BugfixDocument::diagnostics).orElse(List.of());
    return of.stream()
        .filter(d -> d.code().equals(RequirementsCode.NO_REQUIREMENTS.id()))
        .findFirst();
  }

  /** Every problem of every document, then of traceability. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  @Override
  public String toString() {
    return "Spec[" + name + ", " + type.label() + ", " + documents() + "]";
  }
}
