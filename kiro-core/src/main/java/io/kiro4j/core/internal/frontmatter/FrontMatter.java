package io.kiro4j.core.internal.frontmatter;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.yaml.YamlLimits;
import io.kiro4j.core.internal.yaml.YamlParser;
import io.kiro4j.core.internal.yaml.YamlResult;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Front matter: the YAML block fenced by {@code ---} lines at the very top of a Markdown file
 * (steering files, {@code SKILL.md}, {@code POWER.md}, agent {@code .md} files).
 *
 * <p>Docs L1107-L1111: front matter "must be placed at the very beginning of the file, enclosed by
 * triple dashes" and "must be the first content in the file, no blank lines or content before it".
 * A fence is a whole line: {@code ---} at column 1, optionally followed by spaces or tabs; a
 * leading UTF-8 BOM is ignored; {@code \n}, {@code \r\n} and {@code \r} line breaks may be mixed.
 *
 * <pre>{@code
 * FrontMatterDocument doc =
 *     FrontMatter.parse("---\ninclusion: manual\n---\n# API rules\n",
 *         Path.of(".kiro/steering/api.md"), YamlProfile.LENIENT);
 * String inclusion = doc.frontMatter().orElseThrow()
 *     .get("inclusion").flatMap(YamlNode::asScalar).orElseThrow().value();   // "manual"
 * int bodyLine = doc.bodyFirstLine();                                       // 4
 * }</pre>
 *
 * <h2>Thread safety</h2>
 *
 * Stateless; safe to call from any thread.
 */
public final class FrontMatter {

  private FrontMatter() {}

  /**
   * Cuts {@code text} into front matter and body without parsing the YAML. Lossless: {@link
   * FrontMatterSplit#text()} equals {@code text}.
   */
  public static FrontMatterSplit split(String text) {
    Objects.requireNonNull(text, "text");
    return FrontMatterSplitter.split(text);
  }

  /** Splits and parses with {@link YamlLimits#defaults()}. */
  public static FrontMatterDocument parse(String text, Path file, YamlProfile profile) {
    return parse(text, file, profile, YamlLimits.defaults());
  }

  /**
   * Splits {@code text} and parses its front matter, which must be a YAML mapping.
   *
   * @param text the whole file
   * @param file the file, used in diagnostics only
   * @param profile which YAML the file kind accepts
   * @param limits bounds for the YAML parser
   * @return the front matter mapping (if any), the body and the diagnostics
   */
  public static FrontMatterDocument parse(
      String text, Path file, YamlProfile profile, YamlLimits limits) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(limits, "limits");
    FrontMatterSplit split = split(text);
    Diagnostics diagnostics = new Diagnostics();
    Optional<YamlMapping> frontMatter = Optional.empty();
    switch (split.shape()) {
      case UNTERMINATED:
        diagnostics.add(
            FrontMatterCode.UNTERMINATED,
            file,
            1,
            1,
            "front matter opened with --- on line 1 is not closed by a --- line;"
                + " the whole file is read as body");
        break;
      case NOT_AT_START:
        int line = split.misplacedFenceLine().orElse(1);
        diagnostics.add(
            FrontMatterCode.NOT_AT_START,
            file,
            line,
            1,
            "front matter must be the first content in the file, with no blank lines or content"
                + " before it; the --- block on line "
                + line
                + " is read as Markdown");
        break;
      case PRESENT:
      case EMPTY:
        frontMatter = parseBlock(split, file, profile, limits, diagnostics);
        break;
      default:
        break;
    }
    return new FrontMatterDocument(
        split.shape(), frontMatter, split.body(), split.bodyFirstLine(), diagnostics.toList());
  }

  private static Optional<YamlMapping> parseBlock(
      FrontMatterSplit split,
      Path file,
      YamlProfile profile,
      YamlLimits limits,
      Diagnostics diagnostics) {
    YamlResult result =
        YamlParser.parse(split.yaml(), file, split.yamlFirstLine(), profile, limits);
    diagnostics.addAll(result.diagnostics());
    if (result.root().isEmpty()) {
      // Blank or comments only: no keys at all, which is a valid (empty) front matter.
      return result.hasErrors()
          ? Optional.empty()
          : Optional.of(new YamlMapping(List.of(), false, split.yamlFirstLine(), 1));
    }
    YamlNode root = result.root().get();
    if (root instanceof YamlMapping) {
      return Optional.of((YamlMapping) root);
    }
    diagnostics.add(
        FrontMatterCode.NOT_A_MAPPING,
        file,
        root.line(),
        root.column(),
        "front matter must be a mapping of keys to values (key: value lines), found a "
            + root.kind());
    return Optional.empty();
  }
}
