package io.kiro4j.examples.cli;

import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.mcp.McpException;
import io.kiro4j.mcp.auth.Authorizer;
import io.kiro4j.mcp.client.CallToolResult;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.Transport;
import io.kiro4j.mcp.transport.http.DetectingHttpTransport;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.io.PrintWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j mcp}: talk to MCP servers. */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description =
        "MCP servers: their effective configuration, their tools, talking to them, and editing"
            + " mcp.json (add, remove, enable, disable, import).",
    subcommands = {
      McpConfigCommand.class,
      McpToolsCommand.class,
      McpCallCommand.class,
      McpLinkCommand.class,
      McpLoginCommand.class,
      McpLogoutCommand.class,
      McpCommand.Ping.class,
      McpCommand.ConformanceClient.class,
      McpEditCommands.Add.class,
      McpEditCommands.Remove.class,
      McpEditCommands.Enable.class,
      McpEditCommands.Disable.class,
      McpEditCommands.Import.class
    })
final class McpCommand implements Runnable {

  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  static McpClientOptions cliOptions() {
    return McpClientOptions.builder().clientInfo("kiro4j", io.kiro4j.core.Kiro.version()).build();
  }

  /** {@code kiro4j mcp ping URL | -- COMMAND ARGS...}. */
  @Command(
      name = "ping",
      mixinStandardHelpOptions = true,
      description = {
        "Connect to one MCP server, initialize, ping it and close: a URL (Streamable HTTP, or legacy"
            + " HTTP+SSE detected automatically) or, after --, a command run over stdio (no shell)."
      })
  static final class Ping implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "URL | COMMAND ARGS", description = "The server.")
    List<String> target = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON document.")
    boolean json;

    @Option(
        names = "--header",
        paramLabel = "NAME=VALUE",
        description = "An HTTP header to send (repeatable).")
    Map<String, String> headers = new java.util.LinkedHashMap<>();

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = HumanOutput.out(spec);
      PrintWriter err = HumanOutput.err(spec);
      boolean http =
          target.size() == 1
              && (target.get(0).startsWith("http://") || target.get(0).startsWith("https://"));
      Transport transport;
      try {
        if (http) {
          transport =
              new DetectingHttpTransport(
                  url(target.get(0)), HttpOptions.builder().headers(headers).build());
        } else {
          transport =
              StdioTransport.of(
                  ProcessSpec.builder(target)
                      .isolation(ProcessSpec.Isolation.PROCESS_GROUP)
                      .build());
        }
      } catch (McpException e) {
        // MCP-004: a plain-http remote URL is refused before anything is sent.
        err.println("kiro4j: mcp ping failed: " + e.getMessage());
        return Kiro4jCli.ERRORS;
      }
      long start = System.nanoTime();
      try (McpClient client = McpClient.connect(transport, cliOptions())) {
        long initialized = System.nanoTime();
        client.ping();
        long pinged = System.nanoTime();
        String flavor =
            transport instanceof DetectingHttpTransport
                ? ((DetectingHttpTransport) transport)
                    .flavor()
                    .map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
                    .orElse(null)
                : null;
        if (json) {
          ObjectNode doc = JsonOutput.document();
          doc.put("transport", http ? "http" : "stdio");
          doc.put("httpFlavor", flavor);
          doc.put("protocolVersion", client.protocolVersion());
          doc.set("serverInfo", client.serverInfo());
          doc.put("initializeMs", (initialized - start) / 1_000_000.0);
          doc.put("pingMs", (pinged - initialized) / 1_000_000.0);
          JsonOutput.print(out, doc);
        } else {
          out.printf(
              "ok: %s %s (protocol %s, %s) initialize %.1f ms, ping %.2f ms%n",
              client.serverInfo().path("name").asString("?"),
              client.serverInfo().path("version").asString("?"),
              client.protocolVersion(),
              http ? "http/" + flavor : "stdio",
              (initialized - start) / 1e6,
              (pinged - initialized) / 1e6);
        }
        return Kiro4jCli.OK;
      } catch (McpException e) {
        err.println("kiro4j: mcp ping failed: " + e.getMessage());
        return Kiro4jCli.ERRORS;
      }
    }
  }

  /** {@code kiro4j mcp conformance-client URL}: the client side of the MCP conformance harness. */
  @Command(
      name = "conformance-client",
      mixinStandardHelpOptions = true,
      description = {
        "The client the MCP conformance harness drives: runs the scenario named by"
            + " MCP_CONFORMANCE_SCENARIO against URL (the harness appends it last)."
      })
  static final class ConformanceClient implements Callable<Integer> {

    static final List<String> SCENARIOS =
        List.of("initialize", "tools_call", "sse-retry", "elicitation-sep1034-client-defaults");

    @Parameters(index = "0", paramLabel = "URL", description = "The scenario server.")
    String url;

    @Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = HumanOutput.err(spec);
      String scenario = System.getenv().getOrDefault("MCP_CONFORMANCE_SCENARIO", "");
      if (!SCENARIOS.contains(scenario) && !scenario.startsWith("auth/")) {
        err.println(
            "kiro4j: unknown conformance scenario '" + scenario + "' (known: " + SCENARIOS + ")");
        return Kiro4jCli.USAGE;
      }
      McpClientOptions.Builder options =
          McpClientOptions.builder()
              .clientInfo("kiro4j-conformance", io.kiro4j.core.Kiro.version());
      if (scenario.startsWith("elicitation")) {
        options.elicitation(
            params -> CompletableFuture.completedFuture(acceptWithDefaults(params)));
      }
      Transport transport;
      try {
        HttpOptions.Builder http = HttpOptions.builder();
        if (scenario.startsWith("auth/")) {
          http.authorization(new Authorizer(url(url), ConformanceAuth.options(scenario)));
        }
        transport = new DetectingHttpTransport(url(url), http.build());
      } catch (McpException | IllegalArgumentException e) {
        err.println("kiro4j: conformance scenario " + scenario + " failed: " + e.getMessage());
        return Kiro4jCli.ERRORS;
      }
      try (McpClient client = McpClient.connect(transport, options.build())) {
        switch (scenario) {
          case "tools_call":
            client.listTools();
            report(
                err,
                client.callTool(
                    "add_numbers", JsonNodeFactory.instance.objectNode().put("a", 5).put("b", 3)));
            break;
          case "sse-retry":
            client.listTools();
            report(err, client.callTool("test_reconnection"));
            break;
          case "elicitation-sep1034-client-defaults":
            client.listTools();
            report(err, client.callTool("test_client_elicitation_defaults"));
            break;
          default:
            if (scenario.startsWith("auth/")) {
              // The scenario server's one tool, behind the authorization the scenario tests.
              client.listTools();
              report(err, client.callTool("test-tool"));
            }
            // initialize: the handshake is the scenario.
        }
        return Kiro4jCli.OK;
      } catch (McpException e) {
        err.println("kiro4j: conformance scenario " + scenario + " failed: " + e.getMessage());
        return Kiro4jCli.ERRORS;
      }
    }

    private static void report(PrintWriter err, CallToolResult result) {
      err.println((result.isError() ? "tool error: " : "tool result: ") + result.text());
    }

    /** Accepts an elicitation with every default the requested schema declares (SEP-1034). */
    static JsonNode acceptWithDefaults(JsonNode params) {
      ObjectNode result = JsonNodeFactory.instance.objectNode();
      result.put("action", "accept");
      ObjectNode content = result.putObject("content");
      JsonNode properties = params.path("requestedSchema").path("properties");
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        JsonNode value = property.getValue().get("default");
        if (value != null) {
          content.set(property.getKey(), value);
        }
      }
      return result;
    }
  }

  /** {@code text} as a URL; a usage error when it is none. */
  static URI url(String text) {
    try {
      return URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new UsageException("not a URL: " + text);
    }
  }
}
