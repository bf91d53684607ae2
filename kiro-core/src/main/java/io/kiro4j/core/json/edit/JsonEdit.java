package io.kiro4j.core.json.edit;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * One change to one object member of a JSON document: set it to a value (replacing it, or adding it
 * with any missing parent objects) or remove it. The member is named by its path of keys, or by an
 * RFC 6901 JSON pointer whose segments are all object keys ({@code /mcpServers/git/disabled}).
 *
 * <pre>{@code
 * JsonEdit add = JsonEdit.set(List.of("mcpServers", "git"), server);
 * JsonEdit off = JsonEdit.set("/mcpServers/git/disabled", BooleanNode.TRUE);
 * JsonEdit drop = JsonEdit.remove(List.of("mcpServers", "git"));
 * }</pre>
 *
 * <p>Immutable and thread-safe (the value is copied).
 *
 * @since 0.2
 */
public final class JsonEdit {

  private final List<String> path;
  private final Optional<JsonNode> value;

  private JsonEdit(List<String> path, Optional<JsonNode> value) {
    this.path = List.copyOf(path);
    if (this.path.isEmpty()) {
      throw new IllegalArgumentException("an edit names a member: the path of keys is empty");
    }
    this.value = value;
  }

  /** Sets the member at {@code path} (keys from the root) to {@code value}. */
  public static JsonEdit set(List<String> path, JsonNode value) {
    Objects.requireNonNull(value, "value");
    return new JsonEdit(path, Optional.of(value.deepCopy()));
  }

  /** Sets the member named by the JSON pointer {@code pointer} to {@code value}. */
  public static JsonEdit set(String pointer, JsonNode value) {
    return set(keys(pointer), value);
  }

  /** Removes the member at {@code path}; removing a member that is not there changes nothing. */
  public static JsonEdit remove(List<String> path) {
    return new JsonEdit(path, Optional.empty());
  }

  /** Removes the member named by the JSON pointer {@code pointer}. */
  public static JsonEdit remove(String pointer) {
    return remove(keys(pointer));
  }

  /** The keys from the root to the member. */
  public List<String> path() {
    return path;
  }

  /** The new value (a copy), or empty for a removal. */
  public Optional<JsonNode> value() {
    return value.map(JsonNode::deepCopy);
  }

  JsonNode valueOrNull() {
    return value.orElse(null);
  }

  /** The member's JSON pointer. */
  public String pointer() {
    StringBuilder out = new StringBuilder();
    for (String key : path) {
      out.append('/').append(key.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  private static List<String> keys(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    List<String> keys = new java.util.ArrayList<>();
    for (JsonPointer rest = JsonPointer.compile(pointer); !rest.matches(); rest = rest.tail()) {
      keys.add(rest.getMatchingProperty());
    }
    return keys;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonEdit other && path.equals(other.path) && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, value);
  }

  @Override
  public String toString() {
    return value.map(v -> "set " + pointer() + " = " + v).orElse("remove " + pointer());
  }
}
