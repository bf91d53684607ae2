package io.kiro4j.examples.cli;

import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.mcp.McpException;
import io.kiro4j.mcp.client.CallToolResult;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.group.ServerLaunch;
import io.kiro4j.mcp.kiro.KiroMcp;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j mcp call SERVER TOOL JSON}: call one tool of a configured server. */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    description = {
      "Start one configured MCP server, call a tool with the JSON arguments and print the"
          + " CallToolResult (exit 0 even when the tool reports an error; 1 if the call could not"
          + " be made)."
    })
final class McpCallCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--agent", paramLabel = "NAME", description = "Whose servers (agent layer).")
  String agent;

  @Parameters(index = "0", paramLabel = "SERVER")
  String server;

  @Parameters(index = "1", paramLabel = "TOOL")
  String tool;

  @Parameters(index = "2", paramLabel = "JSON", defaultValue = "{}")
  String arguments;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    McpConfig config = McpToolsCommand.config(ws, agent);
    McpServer s =
        config
            .server(server)
            .orElseThrow(() -> new UsageException("no MCP server named '" + server + "'"));
    if (s.disabled()) {
      throw new UsageException("MCP server '" + server + "' is disabled");
    }
    JsonNode args;
    try {
      args = JsonMapper.builder().build().readTree(arguments);
    } catch (JacksonException e) {
      throw new UsageException("JSON arguments are not valid JSON: " + e.getOriginalMessage());
    }
    if (!args.isObject()) {
      throw new UsageException("JSON arguments must be an object");
    }
    PrintWriter out = HumanOutput.out(spec);
    PrintWriter err = HumanOutput.err(spec);
    // A remote server that answers 401 is authorized as `mcp login` does (stored token first).
    ServerLaunch launch =
        KiroMcp.launch(config, s, McpLoginCommand.oauth(ws, err), ws.environment());
    try (McpClient client = McpClient.connect(launch.transport().get(), launch.options())) {
      CallToolResult result = client.callTool(tool, args);
      // A JSON document of the contract: "schema" first, the server's result fields beside it.
      ObjectNode doc = JsonOutput.document();
      if (result.raw().isObject()) {
        result
            .raw()
            .properties()
            .forEach(
                e -> {
                  if (!e.getKey().equals("schema")) {
                    doc.set(e.getKey(), e.getValue());
                  }
                });
      }
      JsonOutput.print(out, doc);
      out.flush();
      return Kiro4jCli.OK;
    } catch (McpException e) {
      err.println("kiro4j: mcp call failed: " + e.getMessage());
      return Kiro4jCli.ERRORS;
    }
  }
}
