package io.kiro4j.skills.discovery;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.frontmatter.FrontMatter;
import io.kiro4j.core.workspace.FileOverlay;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.skills.internal.python.PythonText;
import io.kiro4j.skills.skill.PropertiesResult;
import io.kiro4j.skills.skill.SkillFile;
import io.kiro4j.skills.skill.SkillHead;
import io.kiro4j.skills.skill.SkillProperties;
import io.kiro4j.skills.validation.SkillReport;
import io.kiro4j.skills.validation.SkillValidator;
import io.kiro4j.skills.validation.ValidationOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One discovered skill: its metadata (read at discovery from the front matter only), its body and
 * bundled files (read on first use and cached; re-read when the file changes on disk).
 *
 * <p>Docs L1276-1280, progressive disclosure: "Discovery - At startup, Kiro loads only the name and
 * description of each skill; Activation - ... loads the full instructions; Execution - ... loading
 * scripts or reference files only as needed".
 *
 * <p>Thread-safe: the cached body is guarded by the instance.
 */
public final class Skill {

  /** The optional bundled folders of the specification, in this order. */
  public static final List<String> RESOURCE_FOLDERS = List.of("scripts", "references", "assets");

  private final String name;
  private final Path directory;
  private final Path file;
  private final Scope scope;
  private final Optional<SkillProperties> properties;
  private final List<Diagnostic> diagnostics;
  private final Object headStamp;
  private String body;
  private Object bodyStamp;

  private Skill(
      String name,
      Path directory,
      Path file,
      Scope scope,
      Optional<SkillProperties> properties,
      List<Diagnostic> diagnostics) {
    this.name = name;
    this.directory = directory;
    this.file = file;
    this.scope = scope;
    this.properties = properties;
    this.diagnostics = List.copyOf(diagnostics);
    this.headStamp = stampOrNull(file);
  }

  /**
   * Reads the skill in {@code directory} (which must hold a {@code SKILL.md}) up to the end of its
   * front matter and validates it with {@code options}.
   */
  public static Skill load(Path directory, Scope scope, ValidationOptions options) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(options, "options");
    Path file = SkillFile.find(directory).orElse(directory.resolve("SKILL.md"));
    String folder = directory.getFileName() == null ? "" : directory.getFileName().toString();
    return load(file, folder, scope, options, FileOverlay.empty());
  }

  /**
   * Loads {@code file}, from its {@code overlay} text when it has one (an unsaved editor buffer).
   */
  static Skill load(
      Path file, String folderName, Scope scope, ValidationOptions options, FileOverlay overlay) {
    Path directory = file.toAbsolutePath().getParent();
    // Plain conditionals, not Optional chains: every skill a lint reaches loads here.
    Optional<String> unsaved = overlay.text(file);
    SkillHead head =
        unsaved.isPresent()
            ? SkillValidator.parseHead(file, unsaved.get(), options)
            : SkillValidator.readHead(file, options);
    if (head.error().isPresent()) {
      return new Skill(
          folderName, directory, file, scope, Optional.empty(), List.of(head.error().get()));
    }
    SkillReport report =
        SkillValidator.validateFrontMatter(
            head.frontMatter().get(), Optional.of(folderName), file, options);
    List<Diagnostic> diagnostics = new ArrayList<>(head.notes());
    diagnostics.addAll(report.diagnostics());
    PropertiesResult props = SkillProperties.fromFrontMatter(head.frontMatter().get());
    Optional<SkillProperties> properties =
        props instanceof PropertiesResult.Read
            ? Optional.of(((PropertiesResult.Read) props).properties())
            : Optional.empty();
    String name = properties.isPresent() ? properties.get().name() : folderName;
    return new Skill(name, directory, file, scope, properties, diagnostics);
  }

  /** The skill's name: the stripped front matter {@code name}, else the folder's name. */
  public String name() {
    return name;
  }

  /** The stripped description, or empty when the front matter has none. */
  public String description() {
    return properties.map(SkillProperties::description).orElse("");
  }

  /** The skill folder (absolute). */
  public Path directory() {
    return directory;
  }

  /** The {@code SKILL.md} (or {@code skill.md}). */
  public Path file() {
    return file;
  }

  /** Workspace or global. */
  public Scope scope() {
    return scope;
  }

  /** The properties, when the front matter has a usable name and description. */
  public Optional<SkillProperties> properties() {
    return properties;
  }

  /** The problems found at discovery (front matter only). */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** True when discovery found no error. */
  public boolean isValid() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }

  /**
   * The Markdown instructions after the front matter, stripped (as the reference returns them).
   * Read on first use and cached; read again when the file's size or modification time changed.
   *
   * @throws IOException when the file cannot be read or is not UTF-8
   */
  public synchronized String body() throws IOException {
    Object stamp = stamp(file);
    if (body == null || !stamp.equals(bodyStamp)) {
      Diagnostics d = new Diagnostics();
      Optional<TextFile> text = TextFile.read(file, Long.MAX_VALUE, d);
      if (text.isEmpty()) {
        throw new IOException(
            d.toList().isEmpty() ? "cannot read " + file : d.toList().get(0).message());
      }
      body = PythonText.strip(FrontMatter.split(text.get().text()).body());
      bodyStamp = stamp;
    }
    return body;
  }

  /**
   * The files under {@code scripts/}, {@code references/} and {@code assets/}, in that order, each
   * sorted by path; listed on each call, nothing is read.
   */
  public List<Path> resources(Workspace workspace) {
    List<Path> all = new ArrayList<>();
    Diagnostics ignored = new Diagnostics();
    for (String folder : RESOURCE_FOLDERS) {
      all.addAll(workspace.listFiles(directory.resolve(folder), p -> true, ignored));
    }
    return List.copyOf(all);
  }

  /** True when the {@code SKILL.md} changed (size or modification time) since discovery. */
  public boolean isStale() {
    Object now = stampOrNull(file);
    return now == null || !now.equals(headStamp);
  }

  private static Object stampOrNull(Path file) {
    try {
      return stamp(file);
    } catch (IOException e) {
      return null;
    }
  }

  private static Object stamp(Path file) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return List.of(a.size(), a.lastModifiedTime());
  }

  @Override
  public String toString() {
    return "Skill[" + name + ", " + scope.label() + ", " + file + "]";
  }
}
