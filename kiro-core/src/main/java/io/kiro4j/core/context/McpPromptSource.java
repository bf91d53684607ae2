package io.kiro4j.core.context;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Expands MCP server prompts ({@code @server/prompt "arg" ...}, docs L10520–10536) for context
 * assembly. Core starts no server: the host (or kiro-mcp, with servers it already runs) fills this
 * seam through {@link ContextAssembler#mcpPrompts(McpPromptSource)}; without one, an MCP prompt is
 * reported unavailable.
 *
 * <p>Implementations must be thread-safe, bound their own time, and report a server's refusal (an
 * unknown or missing argument) as {@link Expansion.Rejected}, never by throwing.
 *
 * @since 0.2
 */
public interface McpPromptSource {

  /**
   * Expands the prompt {@code name} of {@code server} with positional {@code arguments}; an empty
   * {@code server} asks for a prompt of that name on any server (a bare {@code @name} that no local
   * or global prompt file matched, docs L10562–10566).
   */
  Expansion expand(Optional<String> server, String name, List<String> arguments);

  /**
   * The outcome of an expansion.
   *
   * <p>Immutable and thread-safe: every implementation is an immutable record.
   */
  sealed interface Expansion {

    /**
     * The prompt's messages as text.
     *
     * @param server the server that provided it
     * @param text the expanded text
     */
    record Expanded(String server, String text) implements Expansion {
      public Expanded {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(text, "text");
      }
    }

    /** No server has a prompt of that name. */
    record NotFound() implements Expansion {}

    /**
     * The server refused (unknown or missing arguments, an error).
     *
     * @param message why, on one line
     */
    record Rejected(String message) implements Expansion {
      public Rejected {
        Objects.requireNonNull(message, "message");
      }
    }
  }
}
