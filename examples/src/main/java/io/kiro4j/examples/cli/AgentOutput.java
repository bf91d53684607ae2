package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON shapes of the agent and MCP commands (docs/cli.md), shared with inspect. */
final class AgentOutput {

  private AgentOutput() {}

  /** {@code {"name", "path", "root", "scope"}}; path and root null for the built-in agent. */
  static ObjectNode agentHeader(Workspace ws, Agent a) {
    ObjectNode n = JsonOutput.object();
    n.put("name", a.name());
    putOptionalPath(n, ws, a.path().orElse(null));
    n.put("scope", a.scope().label());
    return n;
  }

  static void putOptionalPath(ObjectNode n, Workspace ws, Path path) {
    if (path == null) {
      n.putNull("path");
      n.putNull("root");
    } else {
      JsonOutput.putPath(n, ws, path);
    }
  }

  /** One server of {@code mcp config}. */
  static ObjectNode server(Workspace ws, McpServer s) {
    ObjectNode n = JsonOutput.object();
    n.put("name", s.name());
    n.put("origin", ws.displayPath(s.origin()).path());
    if (s.root().isPresent()) {
      n.put("root", s.root().getAsInt());
    } else {
      n.putNull("root");
    }
    n.put("layer", s.layer().label());
    n.put("transport", s.transport().label());
    n.put("disabled", s.disabled());
    ArrayNode approve = n.putArray("autoApprove");
    s.config().autoApprove().forEach(approve::add);
    ArrayNode disabledTools = n.putArray("disabledTools");
    s.config().disabledTools().forEach(disabledTools::add);
    return n;
  }

  static ArrayNode servers(Workspace ws, McpConfig config) {
    ArrayNode arr = JsonOutput.array();
    config.servers().forEach(s -> arr.add(server(ws, s)));
    return arr;
  }

  /** The resolved view of {@code kiro4j agent NAME}, without {@code schema}. */
  static void resolved(ObjectNode doc, Workspace ws, ResolvedAgent r) {
    ObjectNode header = agentHeader(ws, r.agent());
    header.properties().forEach(e -> doc.set(e.getKey(), e.getValue()));
    doc.put("prompt", r.prompt().orElse(null));
    ArrayNode tools = doc.putArray("tools");
    r.tools().forEach(tools::add);
    ArrayNode allowed = doc.putArray("allowedTools");
    r.allowedTools().forEach(allowed::add);
    ArrayNode resources = doc.putArray("resources");
    for (ResourceResolution res : r.resources()) {
      ObjectNode o = resources.addObject();
      o.put("uri", res.uri());
      ArrayNode files = o.putArray("files");
      res.files().forEach(f -> files.add(ws.displayPath(f).path()));
      o.put("resolvedBy", res.resolvedBy());
    }
    doc.set("mcpServers", servers(ws, r.mcp()));
    doc.set("diagnostics", JsonOutput.diagnostics(ws, distinct(r.diagnostics())));
  }

  /** The diagnostics of every resolved agent of the set, without repeats. */
  static <T> List<T> distinct(List<T> items) {
    return new ArrayList<>(new LinkedHashSet<>(items));
  }
}
