package io.kiro4j.mcp;

/**
 * Base of every failure the MCP client reports: a transport that broke, a server that answered with
 * a JSON-RPC error, a request that timed out, a protocol the client does not speak.
 *
 * <p>Unchecked, because the asynchronous API delivers it inside a {@code CompletionException} and
 * the blocking API rethrows it as is.
 *
 * <p>Thread-safe: its own fields are final.
 */
public class McpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message one line saying what failed
   */
  public McpException(String message) {
    super(message);
  }

  /**
   * @param message one line saying what failed
   * @param cause the underlying failure
   */
  public McpException(String message, Throwable cause) {
    super(message, cause);
  }
}
