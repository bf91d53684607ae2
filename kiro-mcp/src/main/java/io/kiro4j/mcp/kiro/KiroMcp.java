package io.kiro4j.mcp.kiro;

import io.kiro4j.core.internal.permission.McpToolPolicy;
import io.kiro4j.core.internal.permission.ToolPatternIndex;
import io.kiro4j.core.internal.variable.VariablePolicy;
import io.kiro4j.core.internal.variable.VariableSubstitution;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpOAuth;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.mcp.McpServerConfig;
import io.kiro4j.core.mcp.McpTransport;
import io.kiro4j.core.mcp.ModelToolNames;
import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.mcp.auth.Authorizer;
import io.kiro4j.mcp.auth.OAuthOptions;
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
import java.util.Optional;
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
    return launch(server, workingDirectory, expansion, Optional.empty(), Environment.empty());
  }

  /**
   * How to start one server of {@code config}, a remote one with MCP authorization: a 401 runs the
   * flow of {@link Authorizer} with {@code oauth} and the server's own {@code oauth} settings
   * ({@link #oauthOptions}). A server whose {@code headers} carry an {@code Authorization} and that
   * has no {@code oauth} settings keeps its static header.
   *
   * @param config the configuration the server comes from
   * @param server the server from the configuration
   * @param oauth the host's side of authorization: handler, token store, timeouts
   * @param environment where {@code ${VAR}} in {@code oauth.clientSecret} is looked up
   * @return the launch
   * @since 0.2
   */
  public static ServerLaunch launch(
      McpConfig config, McpServer server, OAuthOptions oauth, Environment environment) {
    return launch(
        server, config.workingDirectory(), config.pathExpansion(), Optional.of(oauth), environment);
  }

  /**
   * {@code base} with the {@code oauth} settings of {@code server} (Kiro's {@code oauth} object,
   * the Q CLI's {@code oauthScopes}): its {@code clientId}, {@code clientSecret} (a {@code ${VAR}}
   * in it expanded from {@code environment}), scopes, and the port and path of its {@code
   * redirectUri}.
   *
   * @param server the server
   * @param base the host's options
   * @param environment where {@code ${VAR}} is looked up
   * @return the options for this server
   * @since 0.2
   */
  public static OAuthOptions oauthOptions(
      McpServer server, OAuthOptions base, Environment environment) {
    Optional<McpOAuth> settings = McpOAuth.of(server.config());
    if (settings.isEmpty()) {
      return base;
    }
    OAuthOptions.Builder options = base.toBuilder();
    McpOAuth oauth = settings.get();
    oauth.clientId().ifPresent(options::clientId);
    oauth
        .clientSecret()
        .map(v -> new VariableSubstitution(VariablePolicy.cli(environment)).apply(v).value())
        .ifPresent(options::clientSecret);
    if (!oauth.scopes().isEmpty()) {
      options.scopes(oauth.scopes());
    }
    oauth
        .redirectUri()
        .flatMap(McpOAuth::loopback)
        .ifPresent(
            uri -> {
              options.redirectPort(uri.getPort());
              if (uri.getRawPath() != null && !uri.getRawPath().isEmpty()) {
                options.redirectPath(uri.getRawPath());
              }
            });
    return options.build();
  }

  private static ServerLaunch launch(
      McpServer server,
      Path workingDirectory,
      PathExpansion expansion,
      Optional<OAuthOptions> oauth,
      Environment environment) {
    McpServerConfig config = server.config();
    McpClientOptions.Builder clientOptions =
        McpClientOptions.builder()
            .clientInfo("kiro4j", io.kiro4j.core.Kiro.version())
            .requestTimeout(Duration.ofMillis(config.effectiveTimeoutMs()));
    if (server.transport() == McpTransport.HTTP) {
      String url = config.url().orElse("");
      boolean staticAuthorization =
          config.headers().keySet().stream().anyMatch("Authorization"::equalsIgnoreCase)
              && McpOAuth.of(config).isEmpty();
      Optional<OAuthOptions> authorization =
          oauth.filter(o -> !staticAuthorization).map(o -> oauthOptions(server, o, environment));
      // initialize may wait for the user to authorize in a browser.
      authorization.ifPresent(
          o -> clientOptions.initializeTimeout(o.authorizationTimeout().plusSeconds(60)));
      return new ServerLaunch(
          server.name(),
          () -> {
            HttpOptions.Builder http = HttpOptions.builder().headers(config.headers());
            authorization.ifPresent(o -> http.authorization(new Authorizer(URI.create(url), o)));
            return new DetectingHttpTransport(URI.create(url), http.build());
          },
          clientOptions.build());
    }
    McpClientOptions options = clientOptions.build();
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
                  // A long-lived server exchanging many small messages: same session as this JVM
                  // where that is safe (see ProcessSpec.Isolation).
                  .isolation(ProcessSpec.Isolation.PROCESS_GROUP)
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
