package io.kiro4j.core.internal.frontmatter;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.yaml.YamlMapping;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Markdown file read by {@link FrontMatter#parse}: its front matter as a YAML mapping, its body,
 * and the problems found.
 *
 * <p>{@link #frontMatter()} is empty when the file has no front matter, when the block is not
 * closed, misplaced or not a mapping, or when its YAML could not be read. An empty block ({@code
 * ---} then {@code ---}) gives an empty mapping. The body is always set: it is the text after the
 * closing fence, or the whole text (without BOM) when there is no front matter.
 *
 * <p>Immutable and thread-safe.
 *
 * @param shape which case the splitter found
 * @param frontMatter the front matter mapping, with file positions
 * @param body the Markdown body, untouched
 * @param bodyFirstLine the 1-based file line the body starts on
 * @param diagnostics the problems, in the order found
 */
public record FrontMatterDocument(
    FrontMatterShape shape,
    Optional<YamlMapping> frontMatter,
    String body,
    int bodyFirstLine,
    List<Diagnostic> diagnostics) {

  public FrontMatterDocument {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(frontMatter, "frontMatter");
    Objects.requireNonNull(body, "body");
    if (bodyFirstLine < 1) {
      throw new IllegalArgumentException("bodyFirstLine is 1-based, got " + bodyFirstLine);
    }
    diagnostics = List.copyOf(diagnostics);
  }

  /** True when at least one diagnostic is an error. */
  public boolean hasErrors() {
    return Diagnostics.anyError(diagnostics);
  }
}
