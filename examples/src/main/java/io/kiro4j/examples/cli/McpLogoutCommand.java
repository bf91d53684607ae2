package io.kiro4j.examples.cli;

import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j mcp logout SERVER}: forget the stored token of a remote MCP server. */
@Command(
    name = "logout",
    mixinStandardHelpOptions = true,
    description = {
      "Forget the token kiro4j stored for a remote MCP server (under ~/.kiro/kiro4j/mcp-oauth)."
          + " The authorization server is not contacted."
    })
final class McpLogoutCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--agent", paramLabel = "NAME", description = "Whose servers (agent layer).")
  String agent;

  @Parameters(index = "0", paramLabel = "SERVER")
  String server;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    McpConfig config = McpToolsCommand.config(ws, agent);
    McpServer s = McpLoginCommand.remote(config, server);
    boolean removed = McpLoginCommand.store(ws).delete(URI.create(s.config().url().orElseThrow()));
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("server", server);
      doc.put("removed", removed);
      JsonOutput.print(out, doc);
    } else {
      out.println(server + (removed ? ": token forgotten" : ": no stored token"));
    }
    out.flush();
    return Kiro4jCli.OK;
  }
}
