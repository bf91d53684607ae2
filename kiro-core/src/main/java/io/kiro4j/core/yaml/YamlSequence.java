package io.kiro4j.core.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A YAML sequence: {@code - a} lines, or flow style {@code [a, b]}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param items the items in document order
 * @param flow true when written in flow style ({@code [a, b]})
 * @param line 1-based file line where the sequence starts
 * @param column 1-based column where the sequence starts
 */
public record YamlSequence(List<YamlNode> items, boolean flow, int line, int column)
    implements YamlNode {

  public YamlSequence {
    items = List.copyOf(items);
    YamlScalar.requirePosition(line, column);
  }

  /** The number of items. */
  public int size() {
    return items.size();
  }

  /** True when the sequence has no items. */
  public boolean isEmpty() {
    return items.isEmpty();
  }

  @Override
  public String kind() {
    return "sequence";
  }

  @Override
  public Object toPlainObject() {
    // Not List.copyOf: a YAML null item becomes a Java null, which List.copyOf rejects.
    List<Object> plain = new ArrayList<>(items.size());
    for (YamlNode item : items) {
      plain.add(item.toPlainObject());
    }
    return Collections.unmodifiableList(plain);
  }
}
