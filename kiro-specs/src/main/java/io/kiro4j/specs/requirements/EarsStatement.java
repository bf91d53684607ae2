package io.kiro4j.specs.requirements;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An acceptance criterion read as EARS: its conditions, the system and the response.
 *
 * <pre>
 * WHEN the user confirms, THE Git_Committer SHALL execute a git push
 *   conditions [WHEN "the user confirms"], system "Git_Committer", response "execute a git push"
 * </pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param pattern the template
 * @param conditions the condition clauses in order
 * @param system the system named before SHALL, without {@code THE}
 * @param response the text after SHALL (after {@code CONTINUE TO} for {@code continueTo})
 * @param continueTo {@code SHALL CONTINUE TO}: the bugfix form for unchanged behaviour
 * @param quantifier a leading {@code For any ...,} clause of a property-style criterion (docs
 *     L458), if any
 */
public record EarsStatement(
    EarsPattern pattern,
    List<Condition> conditions,
    String system,
    String response,
    boolean continueTo,
    Optional<String> quantifier) {

  public EarsStatement {
    Objects.requireNonNull(pattern, "pattern");
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(response, "response");
    Objects.requireNonNull(quantifier, "quantifier");
  }

  /** A condition keyword of EARS. */
  public enum Keyword {
    WHERE,
    WHILE,
    WHEN,
    IF
  }

  /**
   * One condition clause.
   *
   * @param keyword its keyword
   * @param text the clause after the keyword
   */
  public record Condition(Keyword keyword, String text) {
    public Condition {
      Objects.requireNonNull(keyword, "keyword");
      Objects.requireNonNull(text, "text");
    }
  }
}
