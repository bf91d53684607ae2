package io.kiro4j.core.internal.yaml;

import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Parses YAML text safely into an immutable, positioned {@link YamlNode} tree.
 *
 * <p>Safe means: no Java object is ever constructed from a tag (the engine is used only up to its
 * parser events), and every {@link YamlLimits limit} is checked while reading, so alias bombs, huge
 * texts and deep nesting are rejected quickly with a diagnostic. Bad content never throws: every
 * problem becomes a {@link io.kiro4j.core.diagnostic.Diagnostic} in the {@link YamlResult}.
 *
 * <p>Positions are FILE positions: pass the file line on which the YAML text starts (2 for front
 * matter after an opening {@code ---} line) and every node and diagnostic points at the right line
 * of the file.
 *
 * <pre>{@code
 * YamlResult result =
 *     YamlParser.parse("inclusion: fileMatch\nfileMatchPattern: ['*.ts']\n",
 *         Path.of(".kiro/steering/ts.md"), 2, YamlProfile.LENIENT);
 * YamlMapping map = result.root().flatMap(YamlNode::asMapping).orElseThrow();
 * int line = map.entry("fileMatchPattern").orElseThrow().key().line();   // 3
 * }</pre>
 *
 * <h2>Thread safety</h2>
 *
 * Stateless; safe to call from any thread.
 */
public final class YamlParser {

  private YamlParser() {}

  /** Parses with {@link YamlLimits#defaults()}. */
  public static YamlResult parse(String text, Path file, int firstLine, YamlProfile profile) {
    return parse(text, file, firstLine, profile, YamlLimits.defaults());
  }

  /**
   * Parses the first YAML document in {@code text}.
   *
   * @param text the YAML text
   * @param file the file the text comes from, used in diagnostics only
   * @param firstLine the 1-based line of {@code file} on which {@code text} starts
   * @param profile which YAML is accepted and how scalars are typed
   * @param limits bounds on size, depth, aliases and nodes
   * @return the root node (empty for an empty document or after a fatal problem) and diagnostics
   */
  public static YamlResult parse(
      String text, Path file, int firstLine, YamlProfile profile, YamlLimits limits) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(limits, "limits");
    if (firstLine < 1) {
      throw new IllegalArgumentException("firstLine is 1-based, got " + firstLine);
    }
    return new TreeBuilder(text, file, firstLine, profile, limits).build();
  }
}
