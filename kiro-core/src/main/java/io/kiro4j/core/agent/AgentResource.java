package io.kiro4j.core.agent;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an agent's {@code resources} (docs L6197-6302): a URI string ({@code file://},
 * {@code skill://}, or a scheme another module resolves) or a knowledge base object.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface AgentResource permits AgentResource.Uri, AgentResource.KnowledgeBase {

  /** Index of the entry in the {@code resources} array. */
  int index();

  /**
   * A URI resource such as {@code file://README.md} or {@code skill://.kiro/skills/**}{@code
   * /SKILL.md}.
   *
   * @param index position in the array
   * @param uri the entry as written
   */
  record Uri(int index, String uri) implements AgentResource {
    public Uri {
      Objects.requireNonNull(uri, "uri");
    }

    /**
     * The scheme in lower case ({@code file}, {@code skill}), or empty when the entry has no {@code
     * scheme://} prefix.
     */
    public Optional<String> scheme() {
      int sep = uri.indexOf("://");
      if (sep <= 0) {
        return Optional.empty();
      }
      String s = uri.substring(0, sep);
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
          return Optional.empty();
        }
      }
      return Optional.of(s.toLowerCase(Locale.ROOT));
    }
  }

  /**
   * A knowledge base (L6270-6296).
   *
   * @param index position in the array
   * @param source path to index, usually {@code file://...}
   * @param name display name
   * @param description optional description
   * @param indexType {@code best} (default) or {@code fast}
   * @param autoUpdate re-index when the agent spawns (default false)
   */
  record KnowledgeBase(
      int index,
      String source,
      String name,
      Optional<String> description,
      String indexType,
      boolean autoUpdate)
      implements AgentResource {
    public KnowledgeBase {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(indexType, "indexType");
    }
  }
}
