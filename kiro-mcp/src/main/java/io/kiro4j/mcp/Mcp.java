package io.kiro4j.mcp;

import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.http.DetectingHttpTransport;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.net.URI;
import java.util.List;

/**
 * Entry point of the MCP client: connect to a server by command or by URL.
 *
 * <pre>{@code
 * try (McpClient client = Mcp.stdio(List.of("node", "server.js"))) {
 *   client.listTools().forEach(tool -> System.out.println(tool.name()));
 * }
 * try (McpClient client = Mcp.http(URI.create("http://127.0.0.1:3001/mcp"))) {
 *   client.ping();
 * }
 * }</pre>
 *
 * <p>For control over the process (environment, working directory, stop grace periods) or the HTTP
 * options, build the transport ({@link StdioTransport}, {@link DetectingHttpTransport}) and call
 * {@link McpClient#connect}.
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class Mcp {

  private Mcp() {}

  /**
   * Starts a stdio server and initializes a client with the default options. The server gets its
   * own process group in this JVM's session where that is safe ({@link
   * ProcessSpec.Isolation#PROCESS_GROUP}).
   *
   * @param argv the command and its arguments, run as is (no shell)
   * @return the connected client; close it
   * @throws McpException if the server cannot be started or initialized
   */
  public static McpClient stdio(List<String> argv) {
    return stdio(
        ProcessSpec.builder(argv).isolation(ProcessSpec.Isolation.PROCESS_GROUP).build(),
        McpClientOptions.defaults());
  }

  /**
   * Starts a stdio server and initializes a client.
   *
   * @param spec the server process
   * @param options the client options
   * @return the connected client; close it
   */
  public static McpClient stdio(ProcessSpec spec, McpClientOptions options) {
    return McpClient.connect(StdioTransport.of(spec), options);
  }

  /**
   * Connects to an HTTP server (Streamable HTTP, or legacy HTTP+SSE detected automatically).
   *
   * @param url the server URL
   * @return the connected client; close it
   */
  public static McpClient http(URI url) {
    return http(url, HttpOptions.defaults(), McpClientOptions.defaults());
  }

  /**
   * Connects to an HTTP server with options.
   *
   * @param url the server URL
   * @param httpOptions headers and limits
   * @param options the client options
   * @return the connected client; close it
   */
  public static McpClient http(URI url, HttpOptions httpOptions, McpClientOptions options) {
    return McpClient.connect(new DetectingHttpTransport(url, httpOptions), options);
  }
}
