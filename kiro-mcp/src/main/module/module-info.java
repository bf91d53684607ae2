/** kiro4j MCP: a Model Context Protocol client for the servers a Kiro workspace configures. */
module io.kiro4j.mcp {
  requires transitive io.kiro4j.core;
  requires transitive tools.jackson.databind;
  requires java.net.http;
  requires jdk.httpserver;
  requires org.slf4j;

  exports io.kiro4j.mcp;
  exports io.kiro4j.mcp.auth;
  exports io.kiro4j.mcp.client;
  exports io.kiro4j.mcp.group;
  exports io.kiro4j.mcp.jsonrpc;
  exports io.kiro4j.mcp.kiro;
  exports io.kiro4j.mcp.transport;
  exports io.kiro4j.mcp.transport.http;
  exports io.kiro4j.mcp.transport.sse;
  exports io.kiro4j.mcp.transport.stdio;
  // io.kiro4j.mcp.internal.* (JSON-RPC connection, HTTP plumbing, SSE reading) and
  // io.kiro4j.mcp.auth.internal are not exported.
}
