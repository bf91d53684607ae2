package io.kiro4j.skills.validation;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import io.kiro4j.core.yaml.YamlScalar;
import io.kiro4j.core.yaml.YamlSequence;
import io.kiro4j.skills.internal.python.PythonPath;
import io.kiro4j.skills.internal.python.PythonText;
import io.kiro4j.skills.skill.SkillCode;
import io.kiro4j.skills.skill.SkillFile;
import io.kiro4j.skills.skill.SkillHead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Validates skill folders exactly as the Agent Skills reference validator ({@code
 * skills-ref} @69ef37e on CPython 3.11) does: the same checks, in the same order, with the same
 * messages.
 *
 * <p>Order: the path exists, is a folder, has {@code SKILL.md} (or {@code skill.md}), its front
 * matter parses (each of these stops at its one error); then, accumulating: unexpected fields,
 * {@code name} (missing; not a non-empty string; then, on the NFKC form of the stripped name:
 * longer than 64 code points, not lowercase, leading/trailing hyphen, {@code --}, a character that
 * is neither {@code isalnum} nor {@code -}, folder name differs after NFKC), {@code description}
 * (missing; not a non-empty string; raw value over 1024 code points), {@code compatibility} (not a
 * string; over 500 code points; empty passes). {@code license}, {@code metadata} and {@code
 * allowed-tools} are not checked.
 *
 * <pre>{@code
 * SkillReport report = SkillValidator.validate(Path.of(".kiro/skills/pr-review"),
 *     ValidationOptions.reference());
 * report.errors().forEach(System.out::println);
 * }</pre>
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class SkillValidator {

  /** The specification's fields. */
  static final Set<String> ALLOWED =
      Set.of("name", "description", "license", "compatibility", "metadata", "allowed-tools");

  static final Set<String> CLAUDE_CODE_FIELDS =
      Set.of("argument-hint", "disable-model-invocation", "model");

  /**
   * Fields other tools define for the same SKILL.md format, which the Kiro profile notes as info:
   * Claude Code's skill front matter (argument-hint, disable-model-invocation, user-invocable,
   * model, context, agent, hooks, when_to_use).
   */
  static final Set<String> OTHER_TOOLS_FIELDS =
      Set.of(
          "argument-hint",
          "disable-model-invocation",
          "user-invocable",
          "model",
          "context",
          "agent",
          "hooks",
          "when_to_use");

  static final int MAX_NAME = 64;
  static final int MAX_DESCRIPTION = 1024;
  static final int MAX_COMPATIBILITY = 500;

  /** Python's string order: by code point (Java's compareTo orders UTF-16 units). */
  private static final Comparator<String> BY_CODE_POINT = new ByCodePoint();

  private SkillValidator() {}

  /** Validates the skill folder {@code dir} (not a {@code SKILL.md}: pass its folder). */
  public static SkillReport validate(Path dir, ValidationOptions options) {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    Problems problems = new Problems(dir);
    if (!Files.exists(dir)) {
      problems.add(
          SkillCode.MISSING_PATH, dir, 1, 1, "Path does not exist: " + PythonPath.str(dir));
      return problems.report();
    }
    if (!Files.isDirectory(dir)) {
      problems.add(SkillCode.MISSING_PATH, dir, 1, 1, "Not a directory: " + PythonPath.str(dir));
      return problems.report();
    }
    Optional<Path> file = SkillFile.find(dir);
    if (file.isEmpty()) {
      problems.add(SkillCode.MISSING_SKILL_MD, dir, 1, 1, "Missing required file: SKILL.md");
      return problems.report();
    }
    SkillHead head = readHead(file.get(), options);
    if (head.error().isPresent()) {
      problems.add(head.error().get(), head.errorMessage());
      return problems.report();
    }
    head.notes().forEach(n -> problems.add(n, n.message()));
    check(head.frontMatter().get(), Optional.of(directoryName(dir)), file.get(), options, problems);
    return problems.report();
  }

  /**
   * Reads the front matter of {@code file} as {@code options} want it read: strict YAML for the
   * reference profile; for the Kiro profile, YAML the reference rejects but Kiro reads is read with
   * a note ({@code SKILL-026}) in {@link SkillHead#notes()}.
   */
  public static SkillHead readHead(Path file, ValidationOptions options) {
    Objects.requireNonNull(options, "options");
    return SkillFile.readHead(
        file,
        options.profile() == ValidationProfile.KIRO ? YamlProfile.LENIENT : YamlProfile.STRICT);
  }

  /**
   * {@link #readHead(Path, ValidationOptions)} for a text already in memory (an editor's unsaved
   * {@code SKILL.md}); {@code file} names it in diagnostics.
   *
   * @since 0.2
   */
  public static SkillHead parseHead(Path file, String text, ValidationOptions options) {
    Objects.requireNonNull(options, "options");
    return SkillFile.parseHead(
        file,
        text,
        options.profile() == ValidationProfile.KIRO ? YamlProfile.LENIENT : YamlProfile.STRICT);
  }

  /**
   * Validates an already parsed front matter (the checks after parsing). {@code directoryName} is
   * the name the skill's folder must match; empty skips that check.
   */
  public static SkillReport validateFrontMatter(
      YamlMapping frontMatter,
      Optional<String> directoryName,
      Path file,
      ValidationOptions options) {
    Objects.requireNonNull(frontMatter, "frontMatter");
    Objects.requireNonNull(directoryName, "directoryName");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(options, "options");
    Problems problems = new Problems(file.getParent() == null ? file : file.getParent());
    check(frontMatter, directoryName, file, options, problems);
    return problems.report();
  }

  /**
   * Python's {@code Path(dir).name}; for {@code .} (empty in Python, which makes the reference
   * reject every skill validated as {@code .}) the real folder's name instead.
   */
  static String directoryName(Path dir) {
    String name = PythonPath.name(dir.toString());
    if (name.isEmpty() || name.equals("..")) {
      Path abs = dir.toAbsolutePath().normalize().getFileName();
      return abs == null ? "" : abs.toString();
    }
    return name;
  }

  private static void check(
      YamlMapping fm,
      Optional<String> dirName,
      Path file,
      ValidationOptions options,
      Problems problems) {
    Set<String> allowed = new TreeSet<>(BY_CODE_POINT);
    allowed.addAll(ALLOWED);
    allowed.addAll(options.extraFields());
    if (options.claudeCodeFields()) {
      allowed.addAll(CLAUDE_CODE_FIELDS);
    }
    Set<String> extra = new TreeSet<>(BY_CODE_POINT);
    YamlScalar firstExtra = null;
    for (YamlMapping.Entry e : fm.entries()) {
      if (!allowed.contains(e.key().value())) {
        extra.add(e.key().value());
        firstExtra = firstExtra == null ? e.key() : firstExtra;
      }
    }
    if (!extra.isEmpty() && options.profile() == ValidationProfile.KIRO) {
      kiroExtraFields(fm, extra, file, problems);
    } else if (!extra.isEmpty()) {
      problems.add(
          SkillCode.UNEXPECTED_FIELD,
          file,
          firstExtra.line(),
          firstExtra.column(),
          "Unexpected fields in frontmatter: "
              + String.join(", ", extra)
              + ". Only "
              + pythonList(allowed)
              + " are allowed.");
    }
    Optional<YamlMapping.Entry> name = fm.entry("name");
    if (name.isEmpty()) {
      problems.add(
          SkillCode.MISSING_FIELD,
          file,
          fm.line(),
          1,
          "Missing required field in frontmatter: name");
    } else {
      checkName(name.get().value(), dirName, file, options, problems);
    }
    Optional<YamlMapping.Entry> description = fm.entry("description");
    if (description.isEmpty()) {
      problems.add(
          SkillCode.MISSING_FIELD,
          file,
          fm.line(),
          1,
          "Missing required field in frontmatter: description");
    } else {
      checkDescription(description.get().value(), file, problems);
    }
    Optional<YamlNode> compatibility = fm.get("compatibility");
    if (compatibility.isPresent()) {
      checkCompatibility(compatibility.get(), file, problems);
    }
    if (options.allowedToolsList()) {
      Optional<YamlNode> allowedTools = fm.get("allowed-tools");
      if (allowedTools.isPresent()) {
        checkAllowedTools(allowedTools.get(), file, problems);
      }
    }
  }

  /**
   * The Kiro profile's reading of fields outside the specification: Kiro imports skills written for
   * other tools (docs L1269) and ignores fields it does not know. Another tool's documented field
   * is an info ({@code SKILL-024}); any other field a warning ({@code SKILL-025}: a typo, or data
   * that belongs under {@code metadata}). One diagnostic of each kind, at its first field.
   */
  private static void kiroExtraFields(
      YamlMapping fm, Set<String> extra, Path file, Problems problems) {
    List<String> foreign = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    YamlScalar firstForeign = null;
    YamlScalar firstUnknown = null;
    for (YamlMapping.Entry e : fm.entries()) {
      String key = e.key().value();
      if (!extra.contains(key)) {
        continue;
      }
      if (OTHER_TOOLS_FIELDS.contains(key)) {
        foreign.add(key);
        firstForeign = firstForeign == null ? e.key() : firstForeign;
      } else {
        unknown.add(key);
        firstUnknown = firstUnknown == null ? e.key() : firstUnknown;
      }
    }
    if (firstForeign != null) {
      problems.add(
          SkillCode.FOREIGN_FIELD,
          file,
          firstForeign.line(),
          firstForeign.column(),
          String.join(", ", foreign)
              + (foreign.size() == 1 ? " is a field" : " are fields")
              + " of another tool's skills (Claude Code); Kiro ignores "
              + (foreign.size() == 1 ? "it" : "them"));
    }
    if (firstUnknown != null) {
      problems.add(
          SkillCode.UNKNOWN_FIELD,
          file,
          firstUnknown.line(),
          firstUnknown.column(),
          String.join(", ", unknown)
              + (unknown.size() == 1 ? " is not a skill field" : " are not skill fields")
              + "; Kiro ignores "
              + (unknown.size() == 1 ? "it" : "them")
              + " (keep extra data under metadata, docs L1351)");
    }
  }

  private static void checkName(
      YamlNode node,
      Optional<String> dirName,
      Path file,
      ValidationOptions options,
      Problems problems) {
    int line = node.line();
    int col = node.column();
    if (!(node instanceof YamlScalar) || PythonText.strip(((YamlScalar) node).value()).isEmpty()) {
      problems.add(
          SkillCode.NAME_NOT_STRING, file, line, col, "Field 'name' must be a non-empty string");
      return;
    }
    String n = nfkc(PythonText.strip(((YamlScalar) node).value()));
    int length = PythonText.length(n);
    if (length > MAX_NAME) {
      problems.add(
          SkillCode.NAME_TOO_LONG,
          file,
          line,
          col,
          "Skill name '" + n + "' exceeds " + MAX_NAME + " character limit (" + length + " chars)");
    }
    boolean upper = PythonText.hasUppercase(n);
    if (upper) {
      problems.add(
          SkillCode.NAME_NOT_LOWERCASE,
          file,
          line,
          col,
          "Skill name '" + n + "' must be lowercase");
    }
    if (n.startsWith("-") || n.endsWith("-")) {
      problems.add(
          SkillCode.NAME_EDGE_HYPHEN,
          file,
          line,
          col,
          "Skill name cannot start or end with a hyphen");
    }
    if (n.contains("--")) {
      problems.add(
          SkillCode.NAME_DOUBLE_HYPHEN,
          file,
          line,
          col,
          "Skill name cannot contain consecutive hyphens");
    }
    boolean invalid = false;
    for (int i = 0; i < n.length() && !invalid; i += Character.charCount(n.codePointAt(i))) {
      int c = n.codePointAt(i);
      invalid = c != '-' && !PythonText.isAlnum(c);
    }
    if (invalid) {
      problems.add(
          SkillCode.NAME_INVALID_CHARACTERS,
          file,
          line,
          col,
          "Skill name '"
              + n
              + "' contains invalid characters. Only letters, digits, and hyphens are allowed.");
    }
    if (dirName.isPresent() && !nfkc(dirName.get()).equals(n)) {
      problems.add(
          SkillCode.NAME_DIRECTORY_MISMATCH,
          file,
          line,
          col,
          "Directory name '" + dirName.get() + "' must match skill name '" + n + "'");
    }
    if (options.profile() == ValidationProfile.KIRO && !upper && !invalid && !isKiroName(n)) {
      problems.add(
          SkillCode.NAME_NOT_KIRO,
          file,
          line,
          col,
          "Skill name '"
              + n
              + "' must use only lowercase ASCII letters, digits and hyphens (Kiro)");
    }
  }

  private static void checkDescription(YamlNode node, Path file, Problems problems) {
    if (!(node instanceof YamlScalar) || PythonText.strip(((YamlScalar) node).value()).isEmpty()) {
      problems.add(
          SkillCode.DESCRIPTION_NOT_STRING,
          file,
          node.line(),
          node.column(),
          "Field 'description' must be a non-empty string");
      return;
    }
    int length = PythonText.length(((YamlScalar) node).value());
    if (length > MAX_DESCRIPTION) {
      problems.add(
          SkillCode.DESCRIPTION_TOO_LONG,
          file,
          node.line(),
          node.column(),
          "Description exceeds " + MAX_DESCRIPTION + " character limit (" + length + " chars)");
    }
  }

  private static void checkCompatibility(YamlNode node, Path file, Problems problems) {
    if (!(node instanceof YamlScalar)) {
      problems.add(
          SkillCode.COMPATIBILITY_INVALID,
          file,
          node.line(),
          node.column(),
          "Field 'compatibility' must be a string");
      return;
    }
    int length = PythonText.length(((YamlScalar) node).value());
    if (length > MAX_COMPATIBILITY) {
      problems.add(
          SkillCode.COMPATIBILITY_INVALID,
          file,
          node.line(),
          node.column(),
          "Compatibility exceeds " + MAX_COMPATIBILITY + " character limit (" + length + " chars)");
    }
  }

  private static void checkAllowedTools(YamlNode node, Path file, Problems problems) {
    if (node instanceof YamlScalar) {
      return;
    }
    if (!(node instanceof YamlSequence)) {
      problems.add(
          SkillCode.ALLOWED_TOOLS_INVALID,
          file,
          node.line(),
          node.column(),
          "Field 'allowed-tools' must be either a string or a list of strings");
      return;
    }
    for (YamlNode item : ((YamlSequence) node).items()) {
      if (!(item instanceof YamlScalar)) {
        problems.add(
            SkillCode.ALLOWED_TOOLS_INVALID,
            file,
            item.line(),
            item.column(),
            "Field 'allowed-tools' list items must all be strings");
        return;
      }
    }
  }

  /** Python's {@code repr(sorted(names))} for simple names: {@code ['a', 'b']}. */
  static String pythonList(Set<String> sorted) {
    StringBuilder sb = new StringBuilder("[");
    for (String s : sorted) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append('\'').append(s).append('\'');
    }
    return sb.append(']').toString();
  }

  /**
   * Python's string order, by code point (Java's compareTo orders UTF-16 units). A class, not a
   * method reference: every skill a lint validates sorts with it, and a fresh JVM links each method
   * reference it reaches through java.lang.invoke.
   */
  private static final class ByCodePoint implements Comparator<String> {
    @Override
    public int compare(String a, String b) {
      int i = 0;
      int j = 0;
      while (i < a.length() && j < b.length()) {
        int ca = a.codePointAt(i);
        int cb = b.codePointAt(j);
        if (ca != cb) {
          return Integer.compare(ca, cb);
        }
        i += Character.charCount(ca);
        j += Character.charCount(cb);
      }
      return Boolean.compare(i < a.length(), j < b.length());
    }
  }

  /** Only lowercase ASCII letters, digits and hyphens: the names Kiro accepts. */
  private static boolean isKiroName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c == '-' || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /** Collects reference messages and their diagnostics side by side. */
  private static final class Problems {
    private final Path path;
    private final List<String> errors = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    Problems(Path path) {
      this.path = path;
    }

    void add(SkillCode code, Path file, int line, int column, String message) {
      add(Diagnostic.of(code, file, line, column, message), message);
    }

    void add(Diagnostic d, String message) {
      if (d.isError()) {
        errors.add(message);
      }
      diagnostics.add(d);
    }

    SkillReport report() {
      return new SkillReport(path, errors, diagnostics);
    }
  }

  /**
   * Unicode NFKC, as the reference normalises names. ASCII is its own NFKC form, and answering so
   * spares a cold start loading the normaliser's data for the names nearly everyone writes.
   */
  private static String nfkc(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
      }
    }
    return s;
  }
}
