package io.kiro4j.mcp.client;

import io.kiro4j.mcp.jsonrpc.RequestHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * How an {@link McpClient} presents itself and what it answers.
 *
 * <pre>{@code
 * McpClientOptions options = McpClientOptions.builder()
 *     .clientInfo("my-app", "1.0")
 *     .requestTimeout(Duration.ofSeconds(30))
 *     .roots(() -> List.of(workspaceRoot.toUri()))
 *     .onToolsChanged(() -> refreshTools())
 *     .build();
 * }</pre>
 *
 * <p>The capabilities offered in {@code initialize} follow what is registered: {@code roots} when a
 * roots supplier is set, {@code sampling} and {@code elicitation} when their handlers are. A server
 * request for something not registered is answered with {@code -32601}.
 *
 * <p>Immutable; thread-safe as far as the roots supplier, handlers and listeners it holds are (they
 * are called on the client's threads, never on the one that reads the server's messages).
 *
 * @param clientName the {@code clientInfo.name}
 * @param clientVersion the {@code clientInfo.version}
 * @param requestTimeout per-request timeout (Kiro's default: 120 s)
 * @param initializeTimeout timeout of {@code initialize}
 * @param roots the roots offered to the server, if any
 * @param sampling answers {@code sampling/createMessage}, if set
 * @param elicitation answers {@code elicitation/create}, if set
 * @param listeners the notification listeners
 */
public record McpClientOptions(
    String clientName,
    String clientVersion,
    Duration requestTimeout,
    Duration initializeTimeout,
    Optional<Supplier<List<java.net.URI>>> roots,
    Optional<RequestHandler> sampling,
    Optional<RequestHandler> elicitation,
    Listeners listeners) {

  /**
   * Listeners for server notifications; called one at a time, in the order the server sent them, on
   * a client thread that never reads the server's messages: a listener may block or call the server
   * back (later notifications wait for it, responses do not).
   *
   * @param toolsChanged {@code notifications/tools/list_changed}
   * @param resourcesChanged {@code notifications/resources/list_changed}
   * @param promptsChanged {@code notifications/prompts/list_changed}
   * @param resourceUpdated {@code notifications/resources/updated} (the uri)
   * @param log {@code notifications/message} (params: level, logger, data)
   * @param other any other notification (method, params)
   */
  public record Listeners(
      List<Runnable> toolsChanged,
      List<Runnable> resourcesChanged,
      List<Runnable> promptsChanged,
      List<Consumer<String>> resourceUpdated,
      List<Consumer<JsonNode>> log,
      List<BiConsumer<String, JsonNode>> other) {

    /** Canonical constructor: copies the lists. */
    public Listeners {
      toolsChanged = List.copyOf(toolsChanged);
      resourcesChanged = List.copyOf(resourcesChanged);
      promptsChanged = List.copyOf(promptsChanged);
      resourceUpdated = List.copyOf(resourceUpdated);
      log = List.copyOf(log);
      other = List.copyOf(other);
    }
  }

  /** Canonical constructor: checks the values. */
  public McpClientOptions {
    Objects.requireNonNull(clientName, "clientName");
    Objects.requireNonNull(clientVersion, "clientVersion");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(initializeTimeout, "initializeTimeout");
    Objects.requireNonNull(roots, "roots");
    Objects.requireNonNull(sampling, "sampling");
    Objects.requireNonNull(elicitation, "elicitation");
    Objects.requireNonNull(listeners, "listeners");
  }

  /**
   * Client {@code kiro4j}, 120 s request timeout, 60 s initialize timeout, no roots or handlers.
   */
  public static McpClientOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link McpClientOptions}. Not thread-safe. */
  public static final class Builder {
    private String clientName = "kiro4j";
    private String clientVersion = McpClient.VERSION;
    private Duration requestTimeout = Duration.ofSeconds(120);
    private Duration initializeTimeout = Duration.ofSeconds(60);
    private Supplier<List<java.net.URI>> roots;
    private RequestHandler sampling;
    private RequestHandler elicitation;
    private final List<Runnable> toolsChanged = new ArrayList<>();
    private final List<Runnable> resourcesChanged = new ArrayList<>();
    private final List<Runnable> promptsChanged = new ArrayList<>();
    private final List<Consumer<String>> resourceUpdated = new ArrayList<>();
    private final List<Consumer<JsonNode>> log = new ArrayList<>();
    private final List<BiConsumer<String, JsonNode>> other = new ArrayList<>();

    private Builder() {}

    /**
     * @param name {@code clientInfo.name}
     * @param version {@code clientInfo.version}
     * @return this builder
     */
    public Builder clientInfo(String name, String version) {
      this.clientName = name;
      this.clientVersion = version;
      return this;
    }

    /**
     * @param timeout the per-request timeout
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = timeout;
      return this;
    }

    /**
     * @param timeout the timeout of {@code initialize}
     * @return this builder
     */
    public Builder initializeTimeout(Duration timeout) {
      this.initializeTimeout = timeout;
      return this;
    }

    /**
     * Offers the {@code roots} capability and answers {@code roots/list} with these.
     *
     * @param supplier the current roots, as {@code file:} URIs
     * @return this builder
     */
    public Builder roots(Supplier<List<java.net.URI>> supplier) {
      this.roots = Objects.requireNonNull(supplier, "supplier");
      return this;
    }

    /**
     * @param handler answers {@code sampling/createMessage}
     * @return this builder
     */
    public Builder sampling(RequestHandler handler) {
      this.sampling = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * @param handler answers {@code elicitation/create}
     * @return this builder
     */
    public Builder elicitation(RequestHandler handler) {
      this.elicitation = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * @param listener called when the tool list changed (the cached list is dropped first)
     * @return this builder
     */
    public Builder onToolsChanged(Runnable listener) {
      toolsChanged.add(listener);
      return this;
    }

    /**
     * @param listener called when the resource list changed
     * @return this builder
     */
    public Builder onResourcesChanged(Runnable listener) {
      resourcesChanged.add(listener);
      return this;
    }

    /**
     * @param listener called when the prompt list changed
     * @return this builder
     */
    public Builder onPromptsChanged(Runnable listener) {
      promptsChanged.add(listener);
      return this;
    }

    /**
     * @param listener called with the uri of a subscribed resource that changed
     * @return this builder
     */
    public Builder onResourceUpdated(Consumer<String> listener) {
      resourceUpdated.add(listener);
      return this;
    }

    /**
     * @param listener called with the params of each log message
     * @return this builder
     */
    public Builder onLog(Consumer<JsonNode> listener) {
      log.add(listener);
      return this;
    }

    /**
     * @param listener called with any other notification
     * @return this builder
     */
    public Builder onNotification(BiConsumer<String, JsonNode> listener) {
      other.add(listener);
      return this;
    }

    /** The options. */
    public McpClientOptions build() {
      return new McpClientOptions(
          clientName,
          clientVersion,
          requestTimeout,
          initializeTimeout,
          Optional.ofNullable(roots),
          Optional.ofNullable(sampling),
          Optional.ofNullable(elicitation),
          new Listeners(
              toolsChanged, resourcesChanged, promptsChanged, resourceUpdated, log, other));
    }
  }
}
