package io.kiro4j.mcp.client;

import io.kiro4j.core.json.JsonValues;
import io.kiro4j.mcp.McpException;
import io.kiro4j.mcp.internal.jsonrpc.JsonRpcConnection;
import io.kiro4j.mcp.jsonrpc.RequestHandler;
import io.kiro4j.mcp.transport.SessionExpiredException;
import io.kiro4j.mcp.transport.Transport;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An MCP client connected to one server: the initialize-era protocol (2024-11-05 to 2025-11-25)
 * over any {@link Transport}.
 *
 * <pre>{@code
 * try (McpClient client = McpClient.connect(transport, McpClientOptions.defaults())) {
 *   for (Tool tool : client.listTools()) {
 *     System.out.println(tool.name());
 *   }
 *   CallToolResult sum =
 *       client.callTool("get-sum", JsonNodeFactory.instance.objectNode().put("a", 1).put("b", 2));
 * }
 * }</pre>
 *
 * <p>Every operation comes in two forms: {@code xxxAsync} returns a {@link CompletableFuture}
 * (cancelling it sends {@code notifications/cancelled}); {@code xxx} blocks and throws the {@link
 * McpException} the future failed with. Thread-safe; any number of requests may be in flight. After
 * {@link #close()} no thread of the client is left.
 *
 * <p>A future completes on the thread that read the response (no hand-over per request): attach
 * slow or blocking continuations with the {@code *Async} variants of {@link CompletableFuture}.
 */
public final class McpClient implements AutoCloseable {

  /** The protocol version offered in {@code initialize}. */
  public static final String LATEST_PROTOCOL_VERSION = "2025-11-25";

  /** The versions accepted back from the server. */
  public static final List<String> SUPPORTED_PROTOCOL_VERSIONS =
      List.of("2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05");

  static final String VERSION = "0.1.0";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_PAGES = 10_000;

  private final JsonRpcConnection connection;
  // Whether the transport has sessions that can expire (HTTP): requests then retry once after
  // re-initializing.
  private final boolean sessions;
  private final McpClientOptions options;
  private final AtomicReference<CompletableFuture<List<Tool>>> toolCache = new AtomicReference<>();
  private final Object reinitLock = new Object();
  private CompletableFuture<Void> reinit; // guarded by reinitLock
  private volatile JsonNode initializeResult = NODES.objectNode();

  private McpClient(Transport transport, McpClientOptions options) {
    this.options = options;
    Map<String, RequestHandler> handlers = new HashMap<>();
    options
        .roots()
        .ifPresent(
            roots ->
                handlers.put(
                    "roots/list",
                    params -> {
                      ObjectNode result = NODES.objectNode();
                      var list = result.putArray("roots");
                      for (java.net.URI uri : roots.get()) {
                        ObjectNode root = list.addObject();
                        root.put("uri", uri.toString());
                        String path = uri.getPath();
                        if (path != null) {
                          String name =
                              java.nio.file.Path.of(path).getFileName() == null
                                  ? path
                                  : java.nio.file.Path.of(path).getFileName().toString();
                          root.put("name", name);
                        }
                      }
                      return CompletableFuture.completedFuture(result);
                    }));
    options.sampling().ifPresent(h -> handlers.put("sampling/createMessage", h));
    options.elicitation().ifPresent(h -> handlers.put("elicitation/create", h));
    this.connection = new JsonRpcConnection(transport, handlers, this::onNotification);
    this.sessions = !(transport instanceof StdioTransport);
  }

  /**
   * Starts the transport and runs the {@code initialize} handshake.
   *
   * @param transport a transport, not yet started; the client owns it from now on
   * @param options how the client presents itself
   * @return completes with the initialized client; on failure the transport is closed, and
   *     cancelling it closes the client
   */
  public static CompletableFuture<McpClient> connectAsync(
      Transport transport, McpClientOptions options) {
    McpClient client = new McpClient(transport, options);
    try {
      client.connection.start();
    } catch (RuntimeException e) {
      client.close();
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<McpClient> result =
        client
            .initialize()
            .handle(
                (ok, failure) -> {
                  if (failure != null) {
                    client.close();
                    throw new CompletionException(unwrap(failure));
                  }
                  return client;
                });
    // Cancelling the connection attempt stops the server.
    result.whenComplete(
        (ok, failure) -> {
          if (failure instanceof java.util.concurrent.CancellationException) {
            client.close();
          }
        });
    return result;
  }

  /**
   * Blocking form of {@link #connectAsync}.
   *
   * @param transport a transport, not yet started
   * @param options how the client presents itself
   * @return the initialized client; close it
   * @throws McpException if the server could not be started or initialized
   */
  public static McpClient connect(Transport transport, McpClientOptions options) {
    return await(connectAsync(transport, options));
  }

  private CompletableFuture<Void> initialize() {
    ObjectNode params = NODES.objectNode();
    params.put("protocolVersion", LATEST_PROTOCOL_VERSION);
    ObjectNode capabilities = params.putObject("capabilities");
    if (options.roots().isPresent()) {
      capabilities.putObject("roots").put("listChanged", false);
    }
    if (options.sampling().isPresent()) {
      capabilities.putObject("sampling");
    }
    if (options.elicitation().isPresent()) {
      capabilities.putObject("elicitation").putObject("form");
    }
    ObjectNode info = params.putObject("clientInfo");
    info.put("name", options.clientName());
    info.put("version", options.clientVersion());
    return connection
        .request("initialize", params, options.initializeTimeout(), null)
        .thenCompose(
            result -> {
              String version = result.path("protocolVersion").asString("");
              if (!SUPPORTED_PROTOCOL_VERSIONS.contains(version)) {
                throw new McpException(
                    "unsupported protocol version '"
                        + version
                        + "' from "
                        + connection.transport().describe()
                        + " (supported: "
                        + String.join(", ", SUPPORTED_PROTOCOL_VERSIONS)
                        + ")");
              }
              initializeResult = result;
              connection.transport().negotiated(version);
              return connection.notify("notifications/initialized", null);
            })
        .thenRun(() -> connection.transport().initialized(protocolVersion()));
  }

  /** The protocol version the server chose. */
  public String protocolVersion() {
    return initializeResult.path("protocolVersion").asString("");
  }

  /** The server's {@code serverInfo} object (name, version, title). */
  public JsonNode serverInfo() {
    return initializeResult.path("serverInfo");
  }

  /** The server's capabilities object. */
  public JsonNode serverCapabilities() {
    return initializeResult.path("capabilities");
  }

  /**
   * The server's {@code serverInfo} as plain Java ({@link JsonValues}): name, version, title.
   *
   * @since 0.2
   */
  public Map<String, Object> serverInfoMap() {
    return objectMap(serverInfo());
  }

  /**
   * The server's capabilities as plain Java ({@link JsonValues}).
   *
   * @since 0.2
   */
  public Map<String, Object> serverCapabilitiesMap() {
    return objectMap(serverCapabilities());
  }

  /** The server's instructions, if it sent any. */
  public Optional<String> instructions() {
    return Tool.text(initializeResult, "instructions");
  }

  /** The transport this client runs on. */
  public Transport transport() {
    return connection.transport();
  }

  // ---- requests ----

  /**
   * Sends any request without params, re-initializing once if the HTTP session expired.
   *
   * @param method the method
   * @return the result
   */
  public CompletableFuture<JsonNode> requestAsync(String method) {
    return send(method, null, null, null);
  }

  /**
   * Sends any request, re-initializing once if the HTTP session expired.
   *
   * @param method the method
   * @param params the params
   * @return the result
   */
  public CompletableFuture<JsonNode> requestAsync(String method, JsonNode params) {
    return send(method, Objects.requireNonNull(params, "params"), null, null);
  }

  /**
   * Sends any request with its own timeout, re-initializing once if the HTTP session expired.
   *
   * @param method the method
   * @param params the params
   * @param timeout the timeout of this request (instead of {@link
   *     McpClientOptions#requestTimeout()})
   * @return the result
   */
  public CompletableFuture<JsonNode> requestAsync(
      String method, JsonNode params, Duration timeout) {
    return send(
        method,
        Objects.requireNonNull(params, "params"),
        Objects.requireNonNull(timeout, "timeout"),
        null);
  }

  /**
   * Sends any request with its own timeout and a progress listener, re-initializing once if the
   * HTTP session expired.
   *
   * @param method the method
   * @param params the params
   * @param timeout the timeout of this request
   * @param progress receives the {@code notifications/progress} params of this request
   * @return the result
   */
  public CompletableFuture<JsonNode> requestAsync(
      String method, JsonNode params, Duration timeout, Consumer<JsonNode> progress) {
    return send(
        method,
        Objects.requireNonNull(params, "params"),
        Objects.requireNonNull(timeout, "timeout"),
        Objects.requireNonNull(progress, "progress"));
  }

  /** params, timeout and progress may be null here: none, the default, no progress. */
  private CompletableFuture<JsonNode> send(
      String method, JsonNode params, Duration timeout, Consumer<JsonNode> progress) {
    Objects.requireNonNull(method, "method");
    Duration limit = timeout == null ? options.requestTimeout() : timeout;
    CompletableFuture<JsonNode> first = connection.request(method, params, limit, progress);
    if (!sessions) {
      // No session to expire: the caller gets the connection's own future, with no stages
      // between the response and the caller (each is an object and a callback per request).
      return first;
    }
    CompletableFuture<JsonNode> result =
        first.exceptionallyCompose(
            failure -> {
              if (unwrap(failure) instanceof SessionExpiredException) {
                return reinitialize()
                    .thenCompose(v -> connection.request(method, params, limit, progress));
              }
              return CompletableFuture.failedFuture(unwrap(failure));
            });
    return cancelling(result, first);
  }

  private CompletableFuture<Void> reinitialize() {
    synchronized (reinitLock) {
      if (reinit == null || reinit.isDone()) {
        toolCache.set(null);
        reinit = initialize();
      }
      return reinit;
    }
  }

  private static <T> CompletableFuture<T> cancelling(
      CompletableFuture<T> derived, CompletableFuture<?> source) {
    derived.whenComplete(
        (r, e) -> {
          if (e instanceof CancellationException) {
            source.cancel(false);
          }
        });
    return derived;
  }

  /**
   * Blocking form of {@link #requestAsync(String)}.
   *
   * @param method the method
   * @return the result
   */
  public JsonNode request(String method) {
    return await(requestAsync(method));
  }

  /**
   * Blocking form of {@link #requestAsync(String, JsonNode)}.
   *
   * @param method the method
   * @param params the params
   * @return the result
   */
  public JsonNode request(String method, JsonNode params) {
    return await(requestAsync(method, params));
  }

  /**
   * Blocking request with params and result as plain Java, for callers without Jackson.
   *
   * @param method the method
   * @param params the params object: maps, lists, strings, numbers, booleans, {@code null}
   * @return the result object as unmodifiable plain Java; empty if the result is not an object
   * @throws IllegalArgumentException if {@code params} holds something that is no JSON value
   * @since 0.2
   */
  public Map<String, Object> requestMap(String method, Map<String, ?> params) {
    return objectMap(request(method, JsonValues.toObjectNode(params)));
  }

  /**
   * Blocking request with params and result as JSON text, for callers on another JSON library.
   *
   * @param method the method
   * @param paramsJson the params as JSON text (an object)
   * @return the result as compact JSON text
   * @throws IllegalArgumentException if {@code paramsJson} is not well-formed JSON
   * @since 0.2
   */
  public String requestJson(String method, String paramsJson) {
    return JsonValues.write(request(method, JsonValues.parse(paramsJson)));
  }

  /** {@code ping}. */
  public CompletableFuture<Void> pingAsync() {
    return requestAsync("ping").thenApply(r -> null);
  }

  /** Blocking {@code ping}. */
  public void ping() {
    await(pingAsync());
  }

  /**
   * All tools, following {@code nextCursor}; cached until the server says the list changed.
   *
   * @return the tools in server order
   */
  public CompletableFuture<List<Tool>> listToolsAsync() {
    CompletableFuture<List<Tool>> cached = toolCache.get();
    if (cached != null && !cached.isCompletedExceptionally()) {
      return cached;
    }
    CompletableFuture<List<Tool>> fresh =
        listAll("tools/list", "tools").thenApply(nodes -> nodes.stream().map(Tool::of).toList());
    toolCache.compareAndSet(cached, fresh);
    return fresh;
  }

  /** Blocking form of {@link #listToolsAsync()}. */
  public List<Tool> listTools() {
    return await(listToolsAsync());
  }

  /**
   * Calls a tool without arguments.
   *
   * @param name the tool name
   * @return the result; a tool error is {@link CallToolResult#isError()}, not a failure
   */
  public CompletableFuture<CallToolResult> callToolAsync(String name) {
    return call(name, NODES.objectNode(), null);
  }

  /**
   * Calls a tool.
   *
   * @param name the tool name
   * @param arguments the arguments object
   * @return the result; a tool error is {@link CallToolResult#isError()}, not a failure
   */
  public CompletableFuture<CallToolResult> callToolAsync(String name, JsonNode arguments) {
    return call(name, Objects.requireNonNull(arguments, "arguments"), null);
  }

  /**
   * Calls a tool with its arguments as plain Java, for callers without Jackson.
   *
   * @param name the tool name
   * @param arguments the arguments object: values are {@code null}, String, Boolean, Number, List
   *     and Map with String keys (see {@link JsonValues})
   * @return the result; a tool error is {@link CallToolResult#isError()}, not a failure
   * @throws IllegalArgumentException if {@code arguments} holds something that is no JSON value
   */
  public CompletableFuture<CallToolResult> callToolAsync(String name, Map<String, ?> arguments) {
    return call(
        name, JsonValues.toObjectNode(Objects.requireNonNull(arguments, "arguments")), null);
  }

  /**
   * Calls a tool and listens to its progress.
   *
   * @param name the tool name
   * @param arguments the arguments object
   * @param progress receives the {@code notifications/progress} params of this call
   * @return the result; a tool error is {@link CallToolResult#isError()}, not a failure
   */
  public CompletableFuture<CallToolResult> callToolAsync(
      String name, JsonNode arguments, Consumer<JsonNode> progress) {
    return call(
        name,
        Objects.requireNonNull(arguments, "arguments"),
        Objects.requireNonNull(progress, "progress"));
  }

  private CompletableFuture<CallToolResult> call(
      String name, JsonNode arguments, Consumer<JsonNode> progress) {
    ObjectNode params = NODES.objectNode();
    params.put("name", Objects.requireNonNull(name, "name"));
    params.set("arguments", arguments);
    CompletableFuture<JsonNode> raw = send("tools/call", params, null, progress);
    return cancelling(raw.thenApply(CallToolResult::of), raw);
  }

  /**
   * Blocking tool call without arguments.
   *
   * @param name the tool name
   * @return the result
   */
  public CallToolResult callTool(String name) {
    return await(callToolAsync(name));
  }

  /**
   * Blocking tool call.
   *
   * @param name the tool name
   * @param arguments the arguments object
   * @return the result
   */
  public CallToolResult callTool(String name, JsonNode arguments) {
    return await(callToolAsync(name, arguments));
  }

  /**
   * Blocking tool call with its arguments as plain Java, for callers without Jackson: see {@link
   * #callToolAsync(String, Map)}.
   *
   * @param name the tool name
   * @param arguments the arguments object of plain Java values
   * @return the result
   */
  public CallToolResult callTool(String name, Map<String, ?> arguments) {
    return await(callToolAsync(name, arguments));
  }

  /** All resources ({@code resources/list}, every page): the resource objects as sent. */
  public CompletableFuture<List<JsonNode>> listResourcesAsync() {
    return listAll("resources/list", "resources");
  }

  /** Blocking form of {@link #listResourcesAsync()}. */
  public List<JsonNode> listResources() {
    return await(listResourcesAsync());
  }

  /**
   * {@link #listResources()} as plain Java: one map per resource object (uri, name, mimeType, ...);
   * an entry that is not an object is left out.
   *
   * @since 0.2
   */
  public List<Map<String, Object>> listResourceMaps() {
    return objectMaps(listResources());
  }

  /** All resource templates ({@code resources/templates/list}, every page). */
  public CompletableFuture<List<JsonNode>> listResourceTemplatesAsync() {
    return listAll("resources/templates/list", "resourceTemplates");
  }

  /** Blocking form of {@link #listResourceTemplatesAsync()}. */
  public List<JsonNode> listResourceTemplates() {
    return await(listResourceTemplatesAsync());
  }

  /**
   * {@link #listResourceTemplates()} as plain Java, one map per template object.
   *
   * @since 0.2
   */
  public List<Map<String, Object>> listResourceTemplateMaps() {
    return objectMaps(listResourceTemplates());
  }

  /**
   * {@code resources/read}.
   *
   * @param uri the resource uri
   * @return the {@code contents} array
   */
  public CompletableFuture<JsonNode> readResourceAsync(String uri) {
    ObjectNode params = NODES.objectNode().put("uri", uri);
    return requestAsync("resources/read", params).thenApply(r -> r.path("contents"));
  }

  /**
   * Blocking {@code resources/read}.
   *
   * @param uri the resource uri
   * @return the {@code contents} array
   */
  public JsonNode readResource(String uri) {
    return await(readResourceAsync(uri));
  }

  /**
   * {@link #readResource(String)} as plain Java: the {@code contents} entries (uri, mimeType, text
   * or base64 blob), one map each.
   *
   * @param uri the resource uri
   * @return the contents, in the server's order
   * @since 0.2
   */
  public List<Map<String, Object>> readResourceMaps(String uri) {
    List<JsonNode> contents = new ArrayList<>();
    readResource(uri).forEach(contents::add);
    return objectMaps(contents);
  }

  /**
   * {@code resources/subscribe}; updates arrive at {@link
   * McpClientOptions.Builder#onResourceUpdated}.
   *
   * @param uri the resource uri
   */
  public void subscribe(String uri) {
    request("resources/subscribe", NODES.objectNode().put("uri", uri));
  }

  /**
   * {@code resources/unsubscribe}.
   *
   * @param uri the resource uri
   */
  public void unsubscribe(String uri) {
    request("resources/unsubscribe", NODES.objectNode().put("uri", uri));
  }

  /** All prompts ({@code prompts/list}, every page). */
  public CompletableFuture<List<JsonNode>> listPromptsAsync() {
    return listAll("prompts/list", "prompts");
  }

  /** Blocking form of {@link #listPromptsAsync()}. */
  public List<JsonNode> listPrompts() {
    return await(listPromptsAsync());
  }

  /**
   * {@link #listPrompts()} as plain Java, one map per prompt object (name, description, arguments).
   *
   * @since 0.2
   */
  public List<Map<String, Object>> listPromptMaps() {
    return objectMaps(listPrompts());
  }

  /**
   * {@code prompts/get}.
   *
   * @param name the prompt name
   * @param arguments string arguments
   * @return the result (description, messages)
   */
  public JsonNode getPrompt(String name, Map<String, String> arguments) {
    ObjectNode params = NODES.objectNode().put("name", name);
    ObjectNode args = params.putObject("arguments");
    arguments.forEach(args::put);
    return request("prompts/get", params);
  }

  /**
   * {@link #getPrompt(String, Map)} as plain Java: the result object (description, messages with
   * their content blocks).
   *
   * @param name the prompt name
   * @param arguments string arguments
   * @return the result object
   * @since 0.2
   */
  public Map<String, Object> getPromptMap(String name, Map<String, String> arguments) {
    return objectMap(getPrompt(name, arguments));
  }

  /**
   * {@code completion/complete}.
   *
   * @param ref the reference ({@code {"type":"ref/prompt","name":...}} or {@code ref/resource})
   * @param argumentName the argument being completed
   * @param value what the user typed so far
   * @return the {@code completion} object (values, total, hasMore)
   */
  public JsonNode complete(JsonNode ref, String argumentName, String value) {
    ObjectNode params = NODES.objectNode();
    params.set("ref", ref);
    params.putObject("argument").put("name", argumentName).put("value", value);
    return request("completion/complete", params).path("completion");
  }

  /**
   * {@link #complete(JsonNode, String, String)} with the reference and result as plain Java.
   *
   * @param ref the reference, for example {@code Map.of("type", "ref/prompt", "name", "greet")}
   * @param argumentName the argument being completed
   * @param value what the user typed so far
   * @return the {@code completion} object (values, total, hasMore); empty if the server sent none
   * @since 0.2
   */
  public Map<String, Object> completeMap(Map<String, ?> ref, String argumentName, String value) {
    return objectMap(complete(JsonValues.toObjectNode(ref), argumentName, value));
  }

  /**
   * {@code logging/setLevel}; messages arrive at {@link McpClientOptions.Builder#onLog}.
   *
   * @param level debug, info, notice, warning, error, critical, alert or emergency
   */
  public void setLoggingLevel(String level) {
    request("logging/setLevel", NODES.objectNode().put("level", level));
  }

  /** A JSON object as plain Java; anything else (missing, array, scalar) as an empty map. */
  private static Map<String, Object> objectMap(JsonNode node) {
    return node != null && node.isObject() ? JsonValues.toMap(node) : Map.of();
  }

  /** The objects of a list as plain Java, in order; entries that are not objects are left out. */
  private static List<Map<String, Object>> objectMaps(List<JsonNode> nodes) {
    List<Map<String, Object>> out = new ArrayList<>(nodes.size());
    for (JsonNode n : nodes) {
      if (n.isObject()) {
        out.add(JsonValues.toMap(n));
      }
    }
    return List.copyOf(out);
  }

  private CompletableFuture<List<JsonNode>> listAll(String method, String field) {
    List<JsonNode> all = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    return page(method, field, null, all, seen, 0);
  }

  private CompletableFuture<List<JsonNode>> page(
      String method, String field, String cursor, List<JsonNode> all, Set<String> seen, int count) {
    ObjectNode params = cursor == null ? null : NODES.objectNode().put("cursor", cursor);
    return send(method, params, null, null)
        .thenCompose(
            result -> {
              result.path(field).forEach(all::add);
              JsonNode next = result.get("nextCursor");
              if (next == null || !next.isString() || next.stringValue().isEmpty()) {
                return CompletableFuture.completedFuture(List.copyOf(all));
              }
              String token = next.stringValue();
              if (!seen.add(token) || count + 1 >= MAX_PAGES) {
                throw new McpException(method + ": the server repeated cursor '" + token + "'");
              }
              return page(method, field, token, all, seen, count + 1);
            });
  }

  private void onNotification(String method, JsonNode params) {
    McpClientOptions.Listeners listeners = options.listeners();
    switch (method) {
      case "notifications/tools/list_changed":
        toolCache.set(null);
        listeners.toolsChanged().forEach(Runnable::run);
        break;
      case "notifications/resources/list_changed":
        listeners.resourcesChanged().forEach(Runnable::run);
        break;
      case "notifications/prompts/list_changed":
        listeners.promptsChanged().forEach(Runnable::run);
        break;
      case "notifications/resources/updated":
        String uri = params.path("uri").asString("");
        listeners.resourceUpdated().forEach(l -> l.accept(uri));
        break;
      case "notifications/message":
        listeners.log().forEach(l -> l.accept(params));
        break;
      default:
        listeners.other().forEach(l -> l.accept(method, params));
    }
  }

  /** Requests still waiting for a response (for tests and metrics). */
  public int pendingRequests() {
    return connection.pendingCount();
  }

  /**
   * Closes the connection: fails pending requests, stops the server process or ends the HTTP
   * session, and ends the client's threads. Idempotent.
   */
  @Override
  public void close() {
    connection.close();
  }

  /**
   * Waits for a future of this client and rethrows its failure as the {@link McpException} it is.
   *
   * @param future a future returned by this client
   * @param <T> the result type
   * @return the result
   */
  public static <T> T await(CompletableFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      future.cancel(false);
      throw new McpException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = unwrap(e.getCause());
      if (cause instanceof McpException) {
        throw (McpException) cause;
      }
      throw new McpException(String.valueOf(cause.getMessage()), cause);
    }
  }

  static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
