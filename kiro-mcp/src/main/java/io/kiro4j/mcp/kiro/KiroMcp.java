package io.kiro4j.mcp.kiro;

import io.kiro4j.core.internal.permission.McpToolPolicy;
import io.kiro4j.core.internal.permission.ToolPatternIndex;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.mcp.McpServerConfig;
import io.kiro4j.core.mcp.McpTransport;
import io.kiro4j.core.mcp.ModelToolNames;
import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.client.Tool;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.group.ServerLaunch;
import io.kiro4j.mcp.group.ServerState;
import io.kiro4j.mcp.transport.HttpOptions;
import io.kiro4j.mcp.transport.TransportException;
import io.kiro4j.mcp.transport.http.DetectingHttpTransport;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Kiro's MCP servers, live: starts the effective servers of an {@link McpConfig} (agent > workspace
 * > global, disabled ones skipped) and names their tools as Kiro does.
 *
 * <pre>{@code
 * McpConfig config = McpConfig.of(workspace, agent);
 * try (McpServerGroup group = KiroMcp.start(config, Duration.ofSeconds(30))) {
 *   for (KiroTool tool : KiroMcp.tools(config, group)) {
 *     System.out.println(tool.qualifiedName() + " " + tool.permission().label());  // allow, ask, deny
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>stdio: {@code command} + {@code args} exactly as configured after the configuration's
 *       {@code ${VAR}} expansion and a leading {@code ~} / {@code ~/} in each of them standing for
 *       the workspace's user home, never through a shell; environment = parent environment plus
 *       {@code env}; working directory = the first workspace root (docs L20455).
 *   <li>HTTP: {@code url} with {@code headers}; Streamable HTTP or legacy SSE detected. A plain
 *       {@code http} url to a host other than localhost, 127.0.0.1 or [::1] is refused before any
 *       request ({@code MCP-004}, {@link io.kiro4j.mcp.transport.InsecureUrlException}): the server
 *       is reported as failed.
 *   <li>Request timeout: the server's {@code timeout} in ms, default 120,000 (docs L6034).
 * </ul>
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class KiroMcp {

  private KiroMcp() {}

  /**
   * How to start one server of {@code config}: in its working directory, with its user home for
   * {@code ~}.
   *
   * @param config the configuration the server comes from
   * @param server the server from the configuration
   * @return the launch
   */
  public static ServerLaunch launch(McpConfig config, McpServer server) {
    return launch(server, config.workingDirectory(), config.pathExpansion());
  }

  /**
   * How to start one configured server.
   *
   * @param server the server from the configuration
   * @param workingDirectory where stdio servers run
   * @param expansion whose user home a leading {@code ~} or {@code ~/} of the stdio {@code command}
   *     and of each arg stands for (only the tilde: variables were expanded with the configuration)
   * @return the launch
   */
  public static ServerLaunch launch(
      McpServer server, Path workingDirectory, PathExpansion expansion) {
    McpServerConfig config = server.config();
    McpClientOptions options =
        McpClientOptions.builder()
            .clientInfo("kiro4j", io.kiro4j.core.Kiro.version())
            .requestTimeout(Duration.ofMillis(config.effectiveTimeoutMs()))
            .build();
    if (server.transport() == McpTransport.HTTP) {
      String url = config.url().orElse("");
      return new ServerLaunch(
          server.name(),
          () ->
              new DetectingHttpTransport(
                  URI.create(url), HttpOptions.builder().headers(config.headers()).build()),
          options);
    }
    return new ServerLaunch(
        server.name(),
        () -> {
          String command =
              config
                  .command()
                  .orElseThrow(
                      () -> new TransportException("no command configured for " + server.name()));
          List<String> argv = new ArrayList<>();
          argv.add(expansion.expandHome(command));
          for (String arg : config.args()) {
            argv.add(expansion.expandHome(arg));
          }
          return StdioTransport.of(
              ProcessSpec.builder(argv)
                  .name(server.name())
                  .workingDirectory(workingDirectory)
                  .environment(config.env())
                  .build());
        },
        options);
  }

  /**
   * Starts every enabled server of {@code config} concurrently.
   *
   * @param config the effective configuration
   * @param startupTimeout the longest wait for all of them
   * @return the running servers; close the group
   */
  public static McpServerGroup start(McpConfig config, Duration startupTimeout) {
    List<ServerLaunch> launches = new ArrayList<>();
    for (McpServer server : config.enabledServers()) {
      launches.add(launch(config, server));
    }
    return McpServerGroup.start(launches, startupTimeout);
  }

  /**
   * The tools of the connected servers, named, with the decision their server's {@code autoApprove}
   * and {@code disabledTools} give ({@link McpToolPolicy}: no agent rules, no session trust):
   * allow, ask, or deny for a disabled tool.
   *
   * @param config the configuration the group was started from
   * @param group the running servers
   * @return the tools, by server name then in server order
   */
  public static List<KiroTool> tools(McpConfig config, McpServerGroup group) {
    Map<String, McpToolPolicy> policies = new LinkedHashMap<>();
    ToolPatternIndex none = ToolPatternIndex.compile(List.of(), new RuleOrigin("", ""));
    return tools(
        config,
        group,
        (server, tool) ->
            policies
                .computeIfAbsent(
                    server.name(), n -> McpToolPolicy.of(server, server.file().toString()))
                .evaluate(tool, none, false));
  }

  /**
   * The tools of the connected servers, named, with the decision {@code engine} gives a call of
   * each ({@code @server/tool}; MCP decisions do not depend on the input): exactly what {@link
   * PermissionEngine#evaluate} answers, {@code allowedTools}, the agent's {@code tools}, its
   * effective MCP configuration and the session trust included.
   *
   * @param config the configuration the group was started from
   * @param group the running servers
   * @param engine the agent's compiled permissions
   * @return the tools, by server name then in server order
   */
  public static List<KiroTool> tools(
      McpConfig config, McpServerGroup group, PermissionEngine engine) {
    ObjectNode noInput = JsonNodeFactory.instance.objectNode();
    return tools(
        config,
        group,
        (server, tool) -> engine.evaluate("@" + server.name() + "/" + tool, noInput));
  }

  private static List<KiroTool> tools(
      McpConfig config,
      McpServerGroup group,
      BiFunction<McpServer, String, PermissionDecision> decide) {
    List<String> qualified = new ArrayList<>();
    Map<String, Object[]> byQualified = new LinkedHashMap<>();
    for (ServerState state : group.servers()) {
      McpServer server = config.server(state.name()).orElse(null);
      if (server == null) {
        continue;
      }
      for (Tool tool : state.tools()) {
        String name = "@" + state.name() + "/" + tool.name();
        qualified.add(name);
        byQualified.put(name, new Object[] {server, tool});
      }
    }
    Map<String, String> modelNames = ModelToolNames.assign(qualified, Map.of());
    List<KiroTool> tools = new ArrayList<>();
    for (String name : qualified) {
      McpServer server = (McpServer) byQualified.get(name)[0];
      Tool tool = (Tool) byQualified.get(name)[1];
      tools.add(
          new KiroTool(
              server.name(), tool, name, modelNames.get(name), decide.apply(server, tool.name())));
    }
    return tools;
  }
}
