/**
 * The transport seam of the MCP client: {@link io.kiro4j.mcp.transport.Transport} and its failures.
 * Implementations live in the sub-packages {@code stdio}, {@code http} (Streamable HTTP and the
 * detection of the HTTP flavour) and {@code sse} (legacy HTTP+SSE and the SSE event reader).
 */
package io.kiro4j.mcp.transport;
