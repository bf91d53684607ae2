package io.kiro4j.core.yaml;

import io.kiro4j.core.internal.yaml.YamlParser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A YAML mapping: {@code key: value} lines, or flow style {@code {a: 1}}. Entries keep document
 * order and their key nodes, so a caller can point a diagnostic at a key.
 *
 * <p>Keys are always scalars and are looked up by their raw text: {@code get("1")} finds both
 * {@code 1:} and {@code "1":}. {@link YamlParser} never produces two entries with the same key (it
 * reports the second one and drops it). Lookups scan the entries, which suits front matter sizes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries the entries in document order
 * @param flow true when written in flow style ({@code {a: 1}})
 * @param line 1-based file line where the mapping starts
 * @param column 1-based column where the mapping starts
 */
public record YamlMapping(List<Entry> entries, boolean flow, int line, int column)
    implements YamlNode {

  public YamlMapping {
    entries = List.copyOf(entries);
    YamlScalar.requirePosition(line, column);
  }

  /**
   * One {@code key: value} pair.
   *
   * @param key the key node, with its position
   * @param value the value node
   */
  public record Entry(YamlScalar key, YamlNode value) {
    public Entry {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }

  /** The entry with this key, or empty. */
  public Optional<Entry> entry(String key) {
    Objects.requireNonNull(key, "key");
    for (Entry e : entries) {
      if (e.key().value().equals(key)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** The value for this key, or empty. */
  public Optional<YamlNode> get(String key) {
    Optional<Entry> e = entry(key); // no method reference: every front matter read asks this
    return e.isPresent() ? Optional.of(e.get().value()) : Optional.empty();
  }

  /** True when the mapping has an entry with this key. */
  public boolean containsKey(String key) {
    return entry(key).isPresent();
  }

  /** The keys' raw text in document order. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      keys.add(e.key().value());
    }
    return Collections.unmodifiableList(keys);
  }

  /** The number of entries. */
  public int size() {
    return entries.size();
  }

  /** True when the mapping has no entries. */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public String kind() {
    return "mapping";
  }

  @Override
  public Object toPlainObject() {
    // Not Map.copyOf: it forgets the order and rejects the null of a YAML null value.
    Map<String, Object> plain = new LinkedHashMap<>();
    for (Entry e : entries) {
      if (!plain.containsKey(e.key().value())) {
        plain.put(e.key().value(), e.value().toPlainObject());
      }
    }
    return Collections.unmodifiableMap(plain);
  }
}
