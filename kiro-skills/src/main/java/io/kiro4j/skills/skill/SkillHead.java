package io.kiro4j.skills.skill;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.yaml.YamlMapping;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The head of a {@code SKILL.md}: its front matter, read without touching the body (progressive
 * disclosure, docs L1279: "At startup, Kiro loads only the name and description of each skill").
 *
 * <p>Exactly one of {@link #frontMatter()} and {@link #error()} is present. The error is the one
 * problem that stops the reference validator at its parse step; its {@link Diagnostic#message()} is
 * folded to one line, {@link #errorMessage()} is the reference's text as is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the {@code SKILL.md} read
 * @param frontMatter the front matter mapping (strict YAML: every scalar a string)
 * @param error the parse problem, if the front matter could not be read
 * @param errorMessage the parse problem in the reference's words (empty when there is none)
 * @param bodyFirstLine the 1-based line the body starts on (1 when there is an error)
 * @param notes problems that did not stop reading (with the Kiro profile's lenient YAML: {@code
 *     SKILL-026}, YAML the reference rejects but Kiro reads)
 */
public record SkillHead(
    Path file,
    Optional<YamlMapping> frontMatter,
    Optional<Diagnostic> error,
    String errorMessage,
    int bodyFirstLine,
    List<Diagnostic> notes) {

  public SkillHead {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(frontMatter, "frontMatter");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(errorMessage, "errorMessage");
    notes = List.copyOf(notes);
    if (frontMatter.isPresent() == error.isPresent()) {
      throw new IllegalArgumentException("exactly one of frontMatter and error must be present");
    }
  }

  /** A head without notes. */
  public SkillHead(
      Path file,
      Optional<YamlMapping> frontMatter,
      Optional<Diagnostic> error,
      String errorMessage,
      int bodyFirstLine) {
    this(file, frontMatter, error, errorMessage, bodyFirstLine, List.of());
  }

  static SkillHead failed(Path file, SkillCode code, int line, int column, String message) {
    return new SkillHead(
        file,
        Optional.empty(),
        Optional.of(Diagnostic.of(code, file, line, column, message)),
        message,
        1);
  }
}
