package io.kiro4j.mcp.transport;

import io.kiro4j.core.mcp.McpCode;
import io.kiro4j.mcp.internal.transport.RemoteUrls;
import java.net.URI;

/**
 * A connection refused before it was made: a remote MCP server's URL is plain {@code http} to a
 * host other than {@code localhost}, {@code 127.0.0.1} or {@code [::1]} (kiro-core's diagnostic
 * {@code MCP-004}, docs L1796). Its headers — an {@code Authorization} token — would travel in
 * clear, so no request is sent. See {@link RemoteUrls#requireSecure}.
 *
 * <p>Thread-safe: its own fields are final.
 */
public final class InsecureUrlException extends TransportException {

  private static final long serialVersionUID = 1L;

  private final String code;

  /**
   * An exception refusing {@code url}; its message names the URL's origin only (never its path,
   * query or user info, which may carry secrets).
   *
   * @since 0.2
   */
  public InsecureUrlException(URI url) {
    super(
        McpCode.INSECURE_URL.id()
            + ": refusing to connect to "
            + RemoteUrls.origin(url)
            + ": a remote MCP server must use https (http only for localhost, 127.0.0.1 and [::1]);"
            + " its headers would travel in clear");
    this.code = McpCode.INSECURE_URL.id();
  }

  /** The diagnostic code of the rule that refused the URL: {@code MCP-004}. */
  public String code() {
    return code;
  }
}
