package io.kiro4j.core.yaml;

import io.kiro4j.core.internal.yaml.YamlParser;
import java.util.Optional;

/**
 * One node of a parsed YAML document: a {@link YamlScalar}, a {@link YamlSequence} or a {@link
 * YamlMapping}.
 *
 * <p>Nodes are immutable and carry their position in FILE coordinates: the caller of {@link
 * YamlParser#parse} says on which line of the file the YAML text starts, so {@link #line()} can be
 * used as is in a diagnostic. Both are 1-based; the column counts decoded characters (code points)
 * and starts at 1 on every line.
 *
 * <p>An alias ({@code *name}) is replaced by the very node its anchor names, so a node reached
 * through an alias reports the position of the anchored node, not of the alias.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface YamlNode permits YamlScalar, YamlSequence, YamlMapping {

  /** 1-based line in the file where the node starts. */
  int line();

  /** 1-based column (in code points) where the node starts. */
  int column();

  /** {@code "scalar"}, {@code "sequence"} or {@code "mapping"}, for messages. */
  String kind();

  /**
   * The node as plain Java values, for example to write unknown keys as JSON: a mapping becomes an
   * unmodifiable {@code Map<String, Object>} in document order (keys are the raw key text), a
   * sequence an unmodifiable {@code List<Object>}, and a scalar a {@code String}, {@code Boolean},
   * {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double}, or {@code null} for a YAML
   * null (as Jackson writes JSON {@code null}) according to its {@link YamlScalar#type()}.
   */
  Object toPlainObject();

  /** This node as a scalar, or empty. */
  default Optional<YamlScalar> asScalar() {
    return this instanceof YamlScalar ? Optional.of((YamlScalar) this) : Optional.empty();
  }

  /** This node as a sequence, or empty. */
  default Optional<YamlSequence> asSequence() {
    return this instanceof YamlSequence ? Optional.of((YamlSequence) this) : Optional.empty();
  }

  /** This node as a mapping, or empty. */
  default Optional<YamlMapping> asMapping() {
    return this instanceof YamlMapping ? Optional.of((YamlMapping) this) : Optional.empty();
  }
}
