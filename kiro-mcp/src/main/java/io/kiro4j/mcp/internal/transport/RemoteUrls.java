package io.kiro4j.mcp.internal.transport;

import io.kiro4j.core.mcp.McpServerConfig;
import io.kiro4j.mcp.transport.InsecureUrlException;
import java.net.URI;
import java.util.Objects;

/**
 * The URL check every HTTP transport makes before it opens anything: a remote MCP server is reached
 * over {@code https}, or plain {@code http} only on {@code localhost}, {@code 127.0.0.1} or {@code
 * [::1]} — the rule kiro-core reports as {@code MCP-004} ({@link
 * McpServerConfig#isAllowedRemoteUrl}), applied here at connect time so a configuration that was
 * only linted is never connected to.
 *
 * <pre>{@code
 * RemoteUrls.requireSecure(URI.create("http://10.0.0.5/mcp"));   // InsecureUrlException, MCP-004
 * }</pre>
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class RemoteUrls {

  private RemoteUrls() {}

  /** True when {@code url} may be connected to (see the class comment). */
  public static boolean isSecure(URI url) {
    return McpServerConfig.isAllowedRemoteUrl(Objects.requireNonNull(url, "url").toString());
  }

  /**
   * Refuses {@code url} unless {@link #isSecure}; called by {@code StreamableHttpTransport}, {@code
   * SseTransport} and {@code DetectingHttpTransport} first thing in their constructors.
   *
   * @throws InsecureUrlException naming {@code MCP-004}
   */
  public static URI requireSecure(URI url) {
    if (!isSecure(url)) {
      throw new InsecureUrlException(url);
    }
    return url;
  }

  /** {@code scheme://host[:port]} of {@code url}: no user info, path or query in messages. */
  public static String origin(URI url) {
    String host = url.getHost() != null ? url.getHost() : String.valueOf(url.getRawAuthority());
    return url.getScheme() + "://" + host + (url.getPort() >= 0 ? ":" + url.getPort() : "");
  }
}
