package io.kiro4j.core.internal.yaml;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.yaml.YamlNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link YamlParser#parse} read: the root node, if the text held a readable document, and
 * every problem found.
 *
 * <p>The root is empty when the text has no document (empty, or only comments), or when a syntax
 * error or a limit stopped the parser. Profile violations (strict profile) and duplicate keys are
 * reported but do not remove the root: check {@link #hasErrors()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param root the top-level node of the first document
 * @param diagnostics the problems, in the order found
 */
public record YamlResult(Optional<YamlNode> root, List<Diagnostic> diagnostics) {

  public YamlResult {
    Objects.requireNonNull(root, "root");
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when at least one diagnostic is an error. */
  public boolean hasErrors() {
    return Diagnostics.anyError(diagnostics);
  }
}
