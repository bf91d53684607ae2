package io.kiro4j.mcp.transport;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Options of the HTTP transports (Streamable HTTP and legacy HTTP+SSE).
 *
 * <pre>{@code
 * HttpOptions options = HttpOptions.builder().header("Authorization", "Bearer " + token).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param headers sent with every request (from {@code mcp.json} {@code headers}); never logged
 * @param version HTTP/1.1 by default: the JDK's h2c upgrade has hung Express and uvicorn servers
 * @param connectTimeout TCP connect timeout
 * @param maxMessageBytes the largest JSON body or SSE event accepted
 * @param openGetStream whether the Streamable HTTP transport opens the optional GET stream for
 *     server-initiated messages after initialization
 * @param authorization the {@code Authorization} header and the answer to 401/403 (for example an
 *     {@link io.kiro4j.mcp.auth.Authorizer}); empty: none (configured headers only)
 */
public record HttpOptions(
    Map<String, String> headers,
    HttpClient.Version version,
    Duration connectTimeout,
    int maxMessageBytes,
    boolean openGetStream,
    Optional<HttpAuthorization> authorization) {

  /** Canonical constructor: copies the headers. */
  public HttpOptions {
    headers = Map.copyOf(headers);
    Objects.requireNonNull(authorization, "authorization");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    if (maxMessageBytes < 1024) {
      throw new IllegalArgumentException("maxMessageBytes must be at least 1024");
    }
  }

  /**
   * The options without authorization (the constructor of 0.1).
   *
   * @param headers sent with every request
   * @param version the HTTP version
   * @param connectTimeout TCP connect timeout
   * @param maxMessageBytes the largest JSON body or SSE event accepted
   * @param openGetStream whether to open the GET stream
   */
  public HttpOptions(
      Map<String, String> headers,
      HttpClient.Version version,
      Duration connectTimeout,
      int maxMessageBytes,
      boolean openGetStream) {
    this(headers, version, connectTimeout, maxMessageBytes, openGetStream, Optional.empty());
  }

  /** No headers, HTTP/1.1, 10 s connect timeout, 16 MiB messages, GET stream opened. */
  public static HttpOptions defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link HttpOptions}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private HttpClient.Version version = HttpClient.Version.HTTP_1_1;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private int maxMessageBytes = 16 * 1024 * 1024;
    private boolean openGetStream = true;
    private HttpAuthorization authorization;

    private Builder() {}

    /**
     * Adds a header sent with every request.
     *
     * @param name header name
     * @param value header value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Adds headers sent with every request.
     *
     * @param values name to value
     * @return this builder
     */
    public Builder headers(Map<String, String> values) {
      values.forEach(this::header);
      return this;
    }

    /**
     * @param value the HTTP version to use
     * @return this builder
     */
    public Builder version(HttpClient.Version value) {
      this.version = value;
      return this;
    }

    /**
     * @param value the TCP connect timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    /**
     * @param value the largest JSON body or SSE event accepted, in bytes
     * @return this builder
     */
    public Builder maxMessageBytes(int value) {
      this.maxMessageBytes = value;
      return this;
    }

    /**
     * @param value whether to open the GET stream for server-initiated messages
     * @return this builder
     */
    public Builder openGetStream(boolean value) {
      this.openGetStream = value;
      return this;
    }

    /**
     * @param value the authorization mechanism (an {@link io.kiro4j.mcp.auth.Authorizer}); its
     *     {@code Authorization} header replaces a configured one
     * @return this builder
     * @since 0.2
     */
    public Builder authorization(HttpAuthorization value) {
      this.authorization = Objects.requireNonNull(value, "authorization");
      return this;
    }

    /** The options. */
    public HttpOptions build() {
      return new HttpOptions(
          headers,
          version,
          connectTimeout,
          maxMessageBytes,
          openGetStream,
          Optional.ofNullable(authorization));
    }
  }

  /**
   * A cached pool of named daemon threads for one transport's HTTP client, so no thread outlives
   * the transport's {@code close()} (which shuts the pool down).
   */
  public static ExecutorService newExecutor(String threadPrefix) {
    AtomicInteger count = new AtomicInteger();
    return Executors.newCachedThreadPool(
        r -> {
          Thread t = new Thread(r, threadPrefix + "-" + count.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
  }

  /** An HTTP client with these options that never follows redirects (none across origins). */
  public HttpClient newClient(ExecutorService executor) {
    return HttpClient.newBuilder()
        .version(version())
        .connectTimeout(connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .executor(executor)
        .build();
  }
}
