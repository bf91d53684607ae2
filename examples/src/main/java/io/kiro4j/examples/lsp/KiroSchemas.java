package io.kiro4j.examples.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON Schemas kiro4j ships, read as plain trees to answer the editor: which keys an object may
 * have, what each means ({@code description}) and which values it takes ({@code enum}, {@code
 * boolean}). Validation stays with the loaders; this only walks {@code properties}, {@code
 * additionalProperties}, {@code items}, {@code anyOf}/{@code oneOf} and local {@code $ref}s.
 *
 * <p>Immutable and thread-safe once built.
 */
final class KiroSchemas {

  private final Map<KiroFileKind, JsonNode> roots = new EnumMap<>(KiroFileKind.class);

  KiroSchemas() {
    JsonMapper mapper = JsonMapper.builder().build();
    for (KiroFileKind kind : KiroFileKind.values()) {
      kind.schemaResource()
          .ifPresent(
              resource -> {
                try (InputStream in = KiroSchemas.class.getResourceAsStream(resource)) {
                  if (in == null) {
                    throw new IllegalStateException("schema not on the class path: " + resource);
                  }
                  roots.put(kind, mapper.readTree(in));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /**
   * The schema of the value at {@code path} in a file of {@code kind}: object keys, or {@code []}
   * for an array item.
   */
  Optional<JsonNode> at(KiroFileKind kind, List<String> path) {
    JsonNode root = roots.get(kind);
    if (root == null) {
      return Optional.empty();
    }
    JsonNode node = deref(root, root);
    for (String segment : path) {
      node = child(root, node, segment);
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  /** The keys an object described by {@code node} may have, with their schemas, in schema order. */
  Map<String, JsonNode> properties(KiroFileKind kind, JsonNode node) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    JsonNode root = roots.get(kind);
    for (JsonNode branch : branches(root, node)) {
      JsonNode props = branch.get("properties");
      if (props != null && props.isObject()) {
        props.properties().forEach(e -> out.putIfAbsent(e.getKey(), deref(root, e.getValue())));
      }
    }
    return out;
  }

  /** The values {@code node} allows when it lists them: its {@code enum}, or booleans. */
  List<String> values(KiroFileKind kind, JsonNode node) {
    List<String> out = new ArrayList<>();
    for (JsonNode branch : branches(roots.get(kind), node)) {
      JsonNode e = branch.get("enum");
      if (e != null && e.isArray()) {
        e.forEach(v -> out.add(v.isString() ? v.stringValue() : v.toString()));
      }
      JsonNode type = branch.get("type");
      if (type != null && type.isString() && type.stringValue().equals("boolean")) {
        out.add("true");
        out.add("false");
      }
    }
    return out;
  }

  /** The {@code description} of {@code node}, if the schema gives one. */
  static Optional<String> description(JsonNode node) {
    JsonNode d = node.get("description");
    return d != null && d.isString() ? Optional.of(d.stringValue()) : Optional.empty();
  }

  private static JsonNode child(JsonNode root, JsonNode node, String segment) {
    for (JsonNode branch : branches(root, node)) {
      if (segment.equals("[]")) {
        JsonNode items = branch.get("items");
        if (items != null && items.isObject()) {
          return deref(root, items);
        }
        continue;
      }
      JsonNode props = branch.get("properties");
      if (props != null && props.has(segment)) {
        return deref(root, props.get(segment));
      }
      JsonNode extra = branch.get("additionalProperties");
      if (extra != null && extra.isObject()) {
        return deref(root, extra);
      }
    }
    return null;
  }

  /** {@code node} and, when it is a choice, each of its {@code anyOf}/{@code oneOf} branches. */
  private static List<JsonNode> branches(JsonNode root, JsonNode node) {
    List<JsonNode> out = new ArrayList<>();
    out.add(node);
    for (String choice : List.of("anyOf", "oneOf")) {
      JsonNode list = node.get(choice);
      if (list != null && list.isArray()) {
        list.forEach(b -> out.add(deref(root, b)));
      }
    }
    return out;
  }

  /** Follows local references ({@code #/$defs/name}); a shipped schema has no other kind. */
  private static JsonNode deref(JsonNode root, JsonNode node) {
    JsonNode current = node;
    for (int hops = 0; hops < 8; hops++) {
      JsonNode ref = current.get("$ref");
      if (ref == null || !ref.isString() || !ref.stringValue().startsWith("#/")) {
        return current;
      }
      JsonNode target = root.at(ref.stringValue().substring(1));
      if (target == null || target.isMissingNode()) {
        return current;
      }
      current = target;
    }
    return current;
  }
}
