package io.kiro4j.mcp.kiro;

import io.kiro4j.core.context.McpPromptSource;
import io.kiro4j.mcp.McpException;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.group.ServerState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * MCP server prompts for context assembly: fills core's {@link McpPromptSource} seam with servers
 * that are already running (it starts none). {@code @server/prompt "a" "b"} passes the positional
 * arguments in the order the prompt declares its arguments ({@code prompts/list}), then asks the
 * server ({@code prompts/get}); the messages' text, one after another, is what goes into the turn
 * (docs L10520–10536). A bare {@code @prompt} asks the servers in name order.
 *
 * <pre>{@code
 * try (McpServerGroup group = KiroMcp.start(McpConfig.of(ws), Duration.ofSeconds(30))) {
 *   ContextAssembler assembler = ContextAssembler.of(ws).mcpPrompts(KiroPrompts.of(group));
 *   AssembledContext ctx = assembler.assemble(
 *       ContextRequest.builder().mode(ContextMode.CLI).prompt("@dev-tools/analyze \"cpu\"").build());
 * }
 * }</pre>
 *
 * <p>More arguments than the prompt declares, or a required one missing, is {@link
 * McpPromptSource.Expansion.Rejected rejected} before the server is asked; so is a server error.
 * Each request is bounded by the client's request timeout.
 *
 * <p>Immutable and thread-safe: {@link McpClient} is.
 *
 * @since 0.2
 */
public final class KiroPrompts implements McpPromptSource {

  private final Map<String, McpClient> clients;

  private KiroPrompts(Map<String, McpClient> clients) {
    this.clients = new TreeMap<>(clients);
  }

  /** The connected servers of {@code group}. */
  public static KiroPrompts of(McpServerGroup group) {
    Map<String, McpClient> clients = new LinkedHashMap<>();
    for (ServerState s : group.servers()) {
      s.client().ifPresent(c -> clients.put(s.name(), c));
    }
    return new KiroPrompts(clients);
  }

  /** The given clients, by server name. */
  public static KiroPrompts of(Map<String, McpClient> clients) {
    return new KiroPrompts(Objects.requireNonNull(clients, "clients"));
  }

  @Override
  public Expansion expand(Optional<String> server, String name, List<String> arguments) {
    if (server.isPresent() && !clients.containsKey(server.get())) {
      return new Expansion.Rejected("MCP server '" + server.get() + "' is not running");
    }
    for (Map.Entry<String, McpClient> e : clients.entrySet()) {
      if (server.isPresent() && !server.get().equals(e.getKey())) {
        continue;
      }
      Optional<JsonNode> prompt;
      try {
        prompt =
            e.getValue().listPrompts().stream()
                .filter(p -> name.equals(p.path("name").asString("")))
                .findFirst();
      } catch (McpException ex) {
        if (server.isPresent()) {
          return new Expansion.Rejected(oneLine(ex.getMessage()));
        }
        continue;
      }
      if (prompt.isPresent()) {
        return get(e.getKey(), e.getValue(), prompt.get(), arguments);
      }
    }
    return new Expansion.NotFound();
  }

  private static Expansion get(
      String server, McpClient client, JsonNode prompt, List<String> arguments) {
    String name = prompt.path("name").asString("");
    List<JsonNode> declared = new ArrayList<>();
    prompt.path("arguments").forEach(declared::add);
    if (arguments.size() > declared.size()) {
      return new Expansion.Rejected(
          "@"
              + server
              + "/"
              + name
              + " takes "
              + declared.size()
              + (declared.size() == 1 ? " argument" : " arguments")
              + ", got "
              + arguments.size());
    }
    Map<String, String> named = new LinkedHashMap<>();
    for (int i = 0; i < declared.size(); i++) {
      String arg = declared.get(i).path("name").asString("");
      if (i < arguments.size()) {
        named.put(arg, arguments.get(i));
      } else if (declared.get(i).path("required").asBoolean(false)) {
        return new Expansion.Rejected("missing required argument '" + arg + "'");
      }
    }
    JsonNode result;
    try {
      result = client.getPrompt(name, named);
    } catch (McpException ex) {
      return new Expansion.Rejected(oneLine(ex.getMessage()));
    }
    List<String> parts = new ArrayList<>();
    for (JsonNode message : result.path("messages")) {
      JsonNode content = message.path("content");
      String type = content.path("type").asString("");
      parts.add(type.equals("text") ? content.path("text").asString("") : "[" + type + " content]");
    }
    return new Expansion.Expanded(server, String.join("\n\n", parts));
  }

  private static String oneLine(String message) {
    return message == null ? "error" : message.replaceAll("\\s+", " ").strip();
  }
}
