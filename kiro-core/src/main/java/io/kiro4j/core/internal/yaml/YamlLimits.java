package io.kiro4j.core.internal.yaml;

/**
 * Bounds that keep hostile YAML from using unbounded time or memory.
 *
 * <p>A "billion laughs" document defines a few anchors and refers to them again and again, so a
 * small text expands to an enormous tree. Two limits stop it early, while the parser still reads
 * events and before anything is expanded: the number of aliases, and the number of nodes counting
 * every alias as a full copy of what it refers to.
 *
 * <pre>{@code
 * YamlLimits tight = YamlLimits.defaults().withMaxAliases(0);
 * YamlResult r = YamlParser.parse(text, path, 1, YamlProfile.LENIENT, tight);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param maxDocumentChars the longest accepted text, in UTF-16 characters ({@code String.length()})
 * @param maxDepth the deepest accepted nesting of collections; a top-level mapping has depth 1
 * @param maxAliases the most aliases ({@code *name}) accepted in one document; 0 forbids aliases
 * @param maxNodes the most nodes accepted in one document, counting each alias as a full copy of
 *     the node it refers to
 */
public record YamlLimits(int maxDocumentChars, int maxDepth, int maxAliases, int maxNodes) {

  private static final YamlLimits DEFAULTS = new YamlLimits(1_000_000, 50, 50, 100_000);

  public YamlLimits {
    requireAtLeast(1, maxDocumentChars, "maxDocumentChars");
    requireAtLeast(1, maxDepth, "maxDepth");
    requireAtLeast(0, maxAliases, "maxAliases");
    requireAtLeast(1, maxNodes, "maxNodes");
  }

  /**
   * The defaults: 1,000,000 characters, depth 50, 50 aliases (SnakeYAML's own default for aliases
   * to collections), 100,000 nodes. Real Kiro front matter uses a few dozen nodes and no aliases.
   */
  public static YamlLimits defaults() {
    return DEFAULTS;
  }

  /** A copy with another {@link #maxDocumentChars()}. */
  public YamlLimits withMaxDocumentChars(int value) {
    return new YamlLimits(value, maxDepth, maxAliases, maxNodes);
  }

  /** A copy with another {@link #maxDepth()}. */
  public YamlLimits withMaxDepth(int value) {
    return new YamlLimits(maxDocumentChars, value, maxAliases, maxNodes);
  }

  /** A copy with another {@link #maxAliases()}. */
  public YamlLimits withMaxAliases(int value) {
    return new YamlLimits(maxDocumentChars, maxDepth, value, maxNodes);
  }

  /** A copy with another {@link #maxNodes()}. */
  public YamlLimits withMaxNodes(int value) {
    return new YamlLimits(maxDocumentChars, maxDepth, maxAliases, value);
  }

  private static void requireAtLeast(int min, int value, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
    }
  }
}
