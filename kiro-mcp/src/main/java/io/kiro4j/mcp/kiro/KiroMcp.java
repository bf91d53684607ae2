package io.kiro4j.mcp.kiro;

import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.mcp.McpServerConfig;
import io.kiro4j.core.mcp.McpTransport;
import io.kiro4j.core.mcp.ModelToolNames;
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

/**
 * Kiro's MCP servers, live: starts the effective servers of an {@link McpConfig} (agent > workspace
 * > global, disabled ones skipped) and names their tools as Kiro does.
 *
 * <pre>{@code
 * McpConfig config = McpConfig.of(workspace, agent);
 * try (McpServerGroup group = KiroMcp.start(config, Duration.ofSeconds(30))) {
 *   for (KiroTool tool : KiroMcp.tools(config, group)) {
 *     System.out.println(tool.qualifiedName() + " " + tool.permission().label());
 *   }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>stdio: {@code command} + {@code args} exactly as configured (after the configuration's
 *       {@code ${VAR}} expansion), never through a shell; environment = parent environment plus
 *       {@code env}; working directory = the first workspace root (docs L20455).
 *   <li>HTTP: {@code url} with {@code headers}; Streamable HTTP or legacy SSE detected.
 *   <li>Request timeout: the server's {@code timeout} in ms, default 120,000 (docs L6034).
 * </ul>
 */
public final class KiroMcp {

  private KiroMcp() {}

  /**
   * How to start one configured server.
   *
   * @param server the server from the configuration
   * @param workingDirectory where stdio servers run
   * @return the launch
   */
  public static ServerLaunch launch(McpServer server, Path workingDirectory) {
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
          argv.add(command);
          argv.addAll(config.args());
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
      launches.add(launch(server, config.workingDirectory()));
    }
    return McpServerGroup.start(launches, startupTimeout);
  }

  /**
   * The tools of the connected servers, named and with the permission their configuration gives.
   *
   * @param config the configuration the group was started from
   * @param group the running servers
   * @return the tools, by server name then in server order
   */
  public static List<KiroTool> tools(McpConfig config, McpServerGroup group) {
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
              server.name(),
              tool,
              name,
              modelNames.get(name),
              permission(server.config(), tool.name())));
    }
    return tools;
  }

  /**
   * The permission {@code autoApprove} and {@code disabledTools} give a tool.
   *
   * @param config the server's configuration
   * @param tool the tool name as the server lists it
   * @return disabled, allow or ask
   */
  public static ToolPermission permission(McpServerConfig config, String tool) {
    if (config.isToolDisabled(tool)) {
      return ToolPermission.DISABLED;
    }
    return config.isAutoApproved(tool) ? ToolPermission.ALLOW : ToolPermission.ASK;
  }
}
