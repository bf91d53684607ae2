package io.kiro4j.skills.skill;

import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlScalar;
import io.kiro4j.skills.internal.python.PythonPath;
import io.kiro4j.skills.internal.python.PythonText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A skill's properties as the reference's {@code read_properties} returns them: {@code name} and
 * {@code description} stripped (not NFKC-normalised), the optional fields as written.
 *
 * <p>{@link #fields()} is the reference's {@code to_dict()}: keys in the order {@code name,
 * description, license, compatibility, allowed-tools, metadata}, optional ones only when present
 * ({@code metadata} only when non-empty); values are strings, or, where the reference lets them
 * through unvalidated, maps and lists ({@code allowed-tools} as a YAML list, {@code license} as a
 * mapping). {@code metadata} values are {@code str()}-ed as the reference does.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the stripped name
 * @param description the stripped description
 * @param fields the reference's {@code to_dict()}
 */
public record SkillProperties(String name, String description, Map<String, Object> fields) {

  public SkillProperties {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** {@code license} when it is a string. */
  public Optional<String> license() {
    return string("license");
  }

  /** {@code compatibility} when it is a string. */
  public Optional<String> compatibility() {
    return string("compatibility");
  }

  /** {@code allowed-tools} when it is a string (space-separated tool patterns). */
  public Optional<String> allowedTools() {
    return string("allowed-tools");
  }

  /** {@code metadata} as string to string (empty when absent or not a mapping). */
  public Map<String, String> metadata() {
    Object m = fields.get("metadata");
    if (!(m instanceof Map)) {
      return Map.of();
    }
    Map<String, String> out = new LinkedHashMap<>();
    ((Map<?, ?>) m).forEach((k, v) -> out.put(String.valueOf(k), PythonValues.str(v)));
    return Collections.unmodifiableMap(out);
  }

  private Optional<String> string(String key) {
    Object v = fields.get(key);
    return v instanceof String ? Optional.of((String) v) : Optional.empty();
  }

  /** Exactly what {@code skills-ref read-properties} prints: {@code json.dumps(indent=2)}. */
  public String toJson() {
    return PythonValues.jsonDumps(fields);
  }

  /**
   * Reads the properties of the skill in {@code dir} as the reference's {@code read_properties}: no
   * full validation, only the checks that make the result usable.
   */
  public static PropertiesResult read(Path dir) {
    Objects.requireNonNull(dir, "dir");
    Optional<Path> file = SkillFile.find(dir);
    if (file.isEmpty() || !Files.isRegularFile(file.get())) {
      return new PropertiesResult.Failed("SKILL.md not found in " + PythonPath.str(dir));
    }
    SkillHead head = SkillFile.readHead(file.get());
    if (head.frontMatter().isEmpty()) {
      return new PropertiesResult.Failed(head.errorMessage());
    }
    return fromFrontMatter(head.frontMatter().get());
  }

  /** The properties of a parsed front matter, or the first reason the reference refuses it. */
  public static PropertiesResult fromFrontMatter(YamlMapping fm) {
    if (!fm.containsKey("name")) {
      return new PropertiesResult.Failed("Missing required field in frontmatter: name");
    }
    if (!fm.containsKey("description")) {
      return new PropertiesResult.Failed("Missing required field in frontmatter: description");
    }
    Optional<String> name = nonBlank(fm.get("name").orElseThrow());
    if (name.isEmpty()) {
      return new PropertiesResult.Failed("Field 'name' must be a non-empty string");
    }
    Optional<String> description = nonBlank(fm.get("description").orElseThrow());
    if (description.isEmpty()) {
      return new PropertiesResult.Failed("Field 'description' must be a non-empty string");
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name.get());
    fields.put("description", description.get());
    // Loops and plain conditionals, not lambdas: every skill a lint loads comes here, and a fresh
    // JVM links each lambda it reaches through java.lang.invoke.
    for (String key : new String[] {"license", "compatibility", "allowed-tools"}) {
      Optional<YamlNode> v = fm.get(key);
      if (v.isPresent()) {
        fields.put(key, PythonValues.plain(v.get()));
      }
    }
    Optional<YamlNode> metadata = fm.get("metadata");
    if (metadata.isPresent()) {
      Object plain = PythonValues.plain(metadata.get());
      if (plain instanceof Map) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) plain).entrySet()) {
          m.put(String.valueOf(e.getKey()), PythonValues.str(e.getValue()));
        }
        plain = Collections.unmodifiableMap(m);
      }
      // "if self.metadata:" drops an empty dict, an empty string and an empty list.
      if (!isFalsy(plain)) {
        fields.put("metadata", plain);
      }
    }
    return new PropertiesResult.Read(new SkillProperties(name.get(), description.get(), fields));
  }

  private static boolean isFalsy(Object v) {
    return (v instanceof Map && ((Map<?, ?>) v).isEmpty())
        || (v instanceof java.util.List && ((java.util.List<?>) v).isEmpty())
        || (v instanceof String && ((String) v).isEmpty());
  }

  private static Optional<String> nonBlank(YamlNode node) {
    if (!(node instanceof YamlScalar)) {
      return Optional.empty();
    }
    String stripped = PythonText.strip(((YamlScalar) node).value());
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }
}
