package io.kiro4j.core.tool;

import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.internal.classpath.BundledResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A built-in tool as the model is offered it: its canonical name, the description of the built-in
 * tools reference (docs L3167–3910) and the JSON Schema of its input. The schemas are written once,
 * in the resource {@code io/kiro4j/core/tool/builtin-tools.json}; they also say which fields {@link
 * io.kiro4j.core.permission.PermissionEngine#evaluate} reads for each tool. The docs describe every
 * tool but not its input: the properties are those the docs' examples and hook events show (docs
 * L9518–9533); a tool whose input is not described ({@code code}, {@code delegate}, {@code report},
 * {@code knowledge}, {@code thinking}, {@code todo}) takes any object.
 *
 * <pre>{@code
 * BuiltinToolSpec shell = BuiltinToolSpec.of(BuiltinTool.SHELL);
 * shell.inputSchema();   // {"type":"object","properties":{"command":...},"required":["command"]}
 * }</pre>
 *
 * <p>Immutable and thread-safe: {@link #inputSchema()} returns a copy.
 *
 * @since 0.2
 */
public final class BuiltinToolSpec {

  private static final String RESOURCE = "builtin-tools.json";

  private final BuiltinTool tool;
  private final String description;
  private final String docs;
  private final JsonNode schema;

  private BuiltinToolSpec(BuiltinTool tool, String description, String docs, JsonNode schema) {
    this.tool = tool;
    this.description = description;
    this.docs = docs;
    this.schema = schema;
  }

  /** The tool. */
  public BuiltinTool tool() {
    return tool;
  }

  /** The canonical name, the one the model is offered ({@code read}, {@code shell}, ...). */
  public String name() {
    return tool.canonicalName();
  }

  /** The description, as the built-in tools reference gives it. */
  public String description() {
    return description;
  }

  /** Where the docs describe the tool ({@code L3181}). */
  public String docs() {
    return docs;
  }

  /** The JSON Schema of the tool's input (a fresh copy each call). */
  public JsonNode inputSchema() {
    return schema.deepCopy();
  }

  /** The spec of {@code tool}. */
  public static BuiltinToolSpec of(BuiltinTool tool) {
    return Specs.ALL.get(Objects.requireNonNull(tool, "tool"));
  }

  /** Every built-in tool's spec, in the order of {@link BuiltinTool}. */
  public static List<BuiltinToolSpec> all() {
    return List.copyOf(Specs.ALL.values());
  }

  @Override
  public String toString() {
    return "BuiltinToolSpec[" + name() + "]";
  }

  /** Read once, on first use. */
  private static final class Specs {
    static final Map<BuiltinTool, BuiltinToolSpec> ALL = load();

    private static Map<BuiltinTool, BuiltinToolSpec> load() {
      JsonNode root;
      try {
        byte[] bytes = BundledResource.read(BuiltinToolSpec.class, RESOURCE);
        if (bytes == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        root = JsonMapper.builder().build().readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<BuiltinTool, BuiltinToolSpec> specs = new EnumMap<>(BuiltinTool.class);
      for (JsonNode t : root.path("tools")) {
        BuiltinTool tool =
            BuiltinTool.byName(t.path("name").asString())
                .orElseThrow(() -> new IllegalStateException("unknown tool " + t.path("name")));
        specs.put(
            tool,
            new BuiltinToolSpec(
                tool,
                t.path("description").asString(),
                t.path("docs").asString(),
                t.path("inputSchema")));
      }
      List<BuiltinTool> missing = new ArrayList<>();
      for (BuiltinTool b : BuiltinTool.values()) {
        if (!specs.containsKey(b)) {
          missing.add(b);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException(RESOURCE + " lacks " + missing);
      }
      return Collections.unmodifiableMap(specs);
    }
  }
}
