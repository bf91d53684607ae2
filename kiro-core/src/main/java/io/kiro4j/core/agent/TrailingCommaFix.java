package io.kiro4j.core.agent;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.json.JsonCode;
import io.kiro4j.core.lint.fix.Fix;
import io.kiro4j.core.lint.fix.FixProvider;
import io.kiro4j.core.lint.fix.TextEdit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Fixes {@code JSON-003} in an agent config ({@code .kiro/agents/*.json}): the trailing comma the
 * diagnostic points at is removed, and nothing else. Offered only when the character there is a
 * comma and the next character that is not white space closes an array or object.
 *
 * <p>Stateless and thread-safe; a {@link java.util.ServiceLoader service} of kiro-core.
 *
 * @since 0.2
 */
public final class TrailingCommaFix implements FixProvider {

  /** For {@link java.util.ServiceLoader}. */
  public TrailingCommaFix() {}

  @Override
  public String code() {
    return JsonCode.TRAILING_COMMA.id();
  }

  @Override
  public Optional<Fix> fix(Diagnostic diagnostic, String text) {
    if (!isAgentJson(diagnostic.path())) {
      return Optional.empty();
    }
    int offset = TextEdit.offsetOf(text, diagnostic.line(), diagnostic.column()).orElse(-1);
    if (offset < 0 || offset >= text.length() || text.charAt(offset) != ',') {
      return Optional.empty();
    }
    int next = offset + 1;
    while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
      next++;
    }
    if (next >= text.length() || (text.charAt(next) != ']' && text.charAt(next) != '}')) {
      return Optional.empty();
    }
    return Optional.of(
        new Fix(
            code(),
            "remove the trailing comma",
            diagnostic.path(),
            List.of(new TextEdit(offset, offset + 1, "")),
            Optional.empty()));
  }

  private static boolean isAgentJson(Path path) {
    Path name = path.getFileName();
    Path parent = path.getParent();
    return name != null
        && name.toString().endsWith(".json")
        && parent != null
        && parent.getFileName() != null
        && parent.getFileName().toString().equals("agents");
  }
}
