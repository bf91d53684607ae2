package io.kiro4j.core.mcp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One entry of an {@code mcpServers} object, as written in an {@code mcp.json} file or an agent
 * config (docs L5684-5702, L1792-1812, L6005-6034). A local server has a {@code command}, a remote
 * one a {@code url}; an entry with both or neither is invalid once layers are merged.
 *
 * <p>{@link #toString()} redacts the values of {@code env} and {@code headers}: they hold secrets.
 *
 * <p>Not thread-safe: the {@code JsonNode}s it holds are mutable Jackson trees; share an instance
 * between threads only while nobody modifies them.
 *
 * @param command the command of a local server
 * @param args its arguments (default none)
 * @param env environment variables for the server, in file order
 * @param url the endpoint of a remote server
 * @param headers HTTP headers for a remote server, in file order
 * @param type the upstream {@code type} field ({@code stdio} or {@code http}), if written
 * @param disabled whether the server is off (default false)
 * @param autoApprove tool names run without prompting; {@code "*"} approves every tool (L1800)
 * @param disabledTools tool names not offered to the agent
 * @param timeout {@code timeout} in milliseconds, if written (default 120000 per request, L6034)
 * @param other keys this model does not define, kept as written (warned, not fatal); {@code oauth}
 *     and {@code oauthScopes} are kept here too and read by {@link McpOAuth}
 */
public record McpServerConfig(
    Optional<String> command,
    List<String> args,
    Map<String, String> env,
    Optional<String> url,
    Map<String, String> headers,
    Optional<String> type,
    boolean disabled,
    List<String> autoApprove,
    List<String> disabledTools,
    OptionalLong timeout,
    Map<String, JsonNode> other) {

  /** The documented default request timeout, in milliseconds (L6034). */
  public static final long DEFAULT_TIMEOUT_MS = 120_000;

  /** The keys this model reads; anything else lands in {@link #other()}. */
  public static final Set<String> KNOWN_KEYS =
      Set.of(
          "command",
          "args",
          "env",
          "url",
          "headers",
          "type",
          "disabled",
          "autoApprove",
          "disabledTools",
          "timeout");

  public McpServerConfig {
    Objects.requireNonNull(command, "command");
    args = List.copyOf(args);
    env = Collections.unmodifiableMap(new LinkedHashMap<>(env));
    Objects.requireNonNull(url, "url");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    Objects.requireNonNull(type, "type");
    autoApprove = List.copyOf(autoApprove);
    disabledTools = List.copyOf(disabledTools);
    Objects.requireNonNull(timeout, "timeout");
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : other.entrySet()) {
      copy.put(e.getKey(), e.getValue().deepCopy());
    }
    other = Collections.unmodifiableMap(copy);
  }

  /** A local server running {@code command} with {@code args}. */
  public static McpServerConfig local(String command, List<String> args) {
    return new McpServerConfig(
        Optional.of(command),
        args,
        Map.of(),
        Optional.empty(),
        Map.of(),
        Optional.empty(),
        false,
        List.of(),
        List.of(),
        OptionalLong.empty(),
        Map.of());
  }

  /** A remote server at {@code url}. */
  public static McpServerConfig remote(String url) {
    return new McpServerConfig(
        Optional.empty(),
        List.of(),
        Map.of(),
        Optional.of(url),
        Map.of(),
        Optional.empty(),
        false,
        List.of(),
        List.of(),
        OptionalLong.empty(),
        Map.of());
  }

  /**
   * Reads an entry leniently: values of the wrong type are skipped (the schema reports them), keys
   * outside {@link #KNOWN_KEYS} are kept in {@link #other()}.
   */
  public static McpServerConfig fromJson(JsonNode node) {
    Objects.requireNonNull(node, "node");
    Map<String, JsonNode> other = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!KNOWN_KEYS.contains(e.getKey())) {
        other.put(e.getKey(), e.getValue());
      }
    }
    JsonNode timeout = node.get("timeout");
    return new McpServerConfig(
        text(node, "command"),
        strings(node.get("args")),
        stringMap(node.get("env")),
        text(node, "url"),
        stringMap(node.get("headers")),
        text(node, "type"),
        node.has("disabled")
            && node.get("disabled").isBoolean()
            && node.get("disabled").asBoolean(),
        strings(node.get("autoApprove")),
        strings(node.get("disabledTools")),
        timeout != null && timeout.isIntegralNumber()
            ? OptionalLong.of(timeout.longValue())
            : OptionalLong.empty(),
        other);
  }

  /** This entry as JSON, keys in the documented order, unknown keys last. */
  public ObjectNode toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    command.ifPresent(c -> n.put("command", c));
    if (command.isPresent() || !args.isEmpty()) {
      args.forEach(n.putArray("args")::add);
    }
    if (!env.isEmpty()) {
      ObjectNode e = n.putObject("env");
      env.forEach(e::put);
    }
    url.ifPresent(u -> n.put("url", u));
    if (!headers.isEmpty()) {
      ObjectNode h = n.putObject("headers");
      headers.forEach(h::put);
    }
    type.ifPresent(t -> n.put("type", t));
    if (disabled) {
      n.put("disabled", true);
    }
    if (!autoApprove.isEmpty()) {
      autoApprove.forEach(n.putArray("autoApprove")::add);
    }
    if (!disabledTools.isEmpty()) {
      disabledTools.forEach(n.putArray("disabledTools")::add);
    }
    timeout.ifPresent(t -> n.put("timeout", t));
    other.forEach((k, v) -> n.set(k, v.deepCopy()));
    return n;
  }

  /** How the server is reached, if the entry says so unambiguously. */
  public Optional<McpTransport> transport() {
    if (command.isPresent() == url.isPresent()) {
      return Optional.empty();
    }
    return Optional.of(command.isPresent() ? McpTransport.STDIO : McpTransport.HTTP);
  }

  /** The request timeout in milliseconds: {@link #timeout()} or the default 120000. */
  public long effectiveTimeoutMs() {
    return timeout.orElse(DEFAULT_TIMEOUT_MS);
  }

  /** True when every tool is auto-approved ({@code "*"}). */
  public boolean autoApprovesAll() {
    return autoApprove.contains("*");
  }

  /** True when {@code tool} is in {@link #disabledTools()} (disabled wins over autoApprove). */
  public boolean isToolDisabled(String tool) {
    return disabledTools.contains(tool);
  }

  /** True when {@code tool} runs without prompting: in autoApprove (or {@code "*"}) and enabled. */
  public boolean isAutoApproved(String tool) {
    return !isToolDisabled(tool) && (autoApprovesAll() || autoApprove.contains(tool));
  }

  /**
   * This entry with {@code command}, {@code args}, {@code env}, {@code url} and {@code headers}.
   */
  public McpServerConfig withValues(
      Optional<String> newCommand,
      List<String> newArgs,
      Map<String, String> newEnv,
      Optional<String> newUrl,
      Map<String, String> newHeaders) {
    return new McpServerConfig(
        newCommand,
        newArgs,
        newEnv,
        newUrl,
        newHeaders,
        type,
        disabled,
        autoApprove,
        disabledTools,
        timeout,
        other);
  }

  /**
   * True when {@code url} is {@code https}, or {@code http} to localhost, 127.0.0.1 or [::1] (docs
   * L1796, L5697; the loopback addresses are kiro4j's documented reading).
   */
  public static boolean isAllowedRemoteUrl(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("https")) {
        return uri.getHost() != null;
      }
      if (!scheme.equals("http") || uri.getHost() == null) {
        return false;
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT);
      return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    } catch (URISyntaxException e) {
      return false;
    }
  }

  @Override
  public String toString() {
    return "McpServerConfig[command="
        + command.orElse(null)
        + ", args="
        + args
        + ", env="
        + env.keySet()
        + ", url="
        + url.orElse(null)
        + ", headers="
        + headers.keySet()
        + ", disabled="
        + disabled
        + ", autoApprove="
        + autoApprove
        + ", disabledTools="
        + disabledTools
        + ", timeout="
        + timeout
        + "]";
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode n = node.get(key);
    return n != null && n.isString() ? Optional.of(n.stringValue()) : Optional.empty();
  }

  private static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      for (JsonNode item : n) {
        if (item.isString()) {
          out.add(item.stringValue());
        }
      }
    }
    return out;
  }

  private static Map<String, String> stringMap(JsonNode n) {
    Map<String, String> out = new LinkedHashMap<>();
    if (n != null && n.isObject()) {
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        if (e.getValue().isString()) {
          out.put(e.getKey(), e.getValue().stringValue());
        }
      }
    }
    return out;
  }
}
