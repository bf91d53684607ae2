package io.kiro4j.mcp.kiro;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.mcp.Peers;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.group.ServerState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/** The effective mcp.json servers started, their tools named and permissioned as Kiro does. */
class KiroMcpTest {

  private static Workspace workspace(Path root, Path home, String everythingRules, String agent)
      throws IOException {
    String script = Peers.everything().toString().replace("\\", "\\\\");
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\":{"
            + "\"everything\":{\"command\":\"node\",\"args\":[\""
            + script
            + "\",\"stdio\"]"
            + everythingRules
            + "},"
            + "\"off\":{\"command\":\"node\",\"args\":[\"x\"],\"disabled\":true},"
            + "\"broken\":{\"command\":\"/no/such/server\",\"args\":[]}}}");
    if (agent != null) {
      Files.createDirectories(root.resolve(".kiro/agents"));
      Files.writeString(root.resolve(".kiro/agents/dev.json"), agent);
    }
    return Kiro.open(WorkspaceOptions.builder().roots(List.of(root)).userHome(home).build());
  }

  private static KiroTool tool(List<KiroTool> tools, String name) {
    return tools.stream().filter(t -> t.tool().name().equals(name)).findFirst().orElseThrow();
  }

  private static PermissionDecision permission(List<KiroTool> tools, String name) {
    return tool(tools, name).permission();
  }

  @Test
  void stdioServerRunsTildeExpandedArgvInTheFirstRootWithParentEnvironmentPlusEnv(
      @TempDir Path root, @TempDir Path second, @TempDir Path home, @TempDir Path tmp)
      throws Exception {
    String everything = Peers.everything().toString();
    // A real server script under the user home: records what it was given, then becomes
    // server-everything (exec, same process).
    Path bin = Files.createDirectories(home.resolve("bin"));
    Path script = bin.resolve("srv");
    Files.writeString(
        script,
        "#!/bin/sh\n"
            + "{ pwd -P; printf '%s\\n' \"$CONFIGURED\" \"$PATH\" \"$1\" \"$2\";"
            // Process group and session ("srv" has no space: fields 5 and 6 of its stat line).
            + " cut -d' ' -f5,6 /proc/$$/stat 2>/dev/null; } > \"$OUT\"\n"
            + "shift 2\n"
            + "exec node \"$@\"\n");
    assertThat(script.toFile().setExecutable(true)).isTrue();
    Path out = tmp.resolve("seen.txt");
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\":{\"t\":{\"command\":\"~/bin/srv\",\"args\":[\"~/data\",\"~user/x\",\""
            + everything.replace("\\", "\\\\")
            + "\",\"stdio\"],\"env\":{\"CONFIGURED\":\"yes\",\"OUT\":\""
            + out.toString().replace("\\", "\\\\")
            + "\"}}}}");
    Workspace ws =
        Kiro.open(WorkspaceOptions.builder().roots(List.of(root, second)).userHome(home).build());
    McpConfig config = McpConfig.of(ws);
    try (McpServerGroup group = KiroMcp.start(config, Duration.ofSeconds(30))) {
      ServerState t = group.server("t").orElseThrow();
      assertThat(t.status()).as(t.error().orElse("")).isEqualTo(ServerState.Status.CONNECTED);
      assertThat(t.tools()).isNotEmpty();
    }
    List<String> seen = Files.readAllLines(out);
    assertThat(seen.get(0)).isEqualTo(root.toRealPath().toString());
    assertThat(seen.get(1)).isEqualTo("yes");
    assertThat(seen.get(2)).isEqualTo(System.getenv("PATH"));
    assertThat(seen.get(3)).isEqualTo(home.toRealPath().resolve("data").toString());
    assertThat(seen.get(4)).isEqualTo("~user/x");
    if (processGroupsExpected()) {
      // Its own process group, in this JVM's session (ProcessSpec.Isolation.PROCESS_GROUP).
      String[] own = Files.readString(Path.of("/proc/self/stat")).split("\\) ", 2)[1].split(" ");
      String[] server = seen.get(5).split(" ");
      assertThat(server[1]).as("session").isEqualTo(own[3]);
      assertThat(server[0]).as("process group").isNotEqualTo(own[2]).isNotEqualTo(server[1]);
    }
  }

  /**
   * Linux, GNU timeout, and no controlling terminal: where a server gets a group, not a session.
   */
  private static boolean processGroupsExpected() throws IOException {
    Path stat = Path.of("/proc/self/stat");
    if (!Files.isReadable(stat) || !Files.isExecutable(Path.of("/usr/bin/timeout"))) {
      return false;
    }
    String[] fields = Files.readString(stat).split("\\) ", 2)[1].split(" ");
    return fields[4].equals("0");
  }

  @Test
  void enabledServersStartAndToolsGetQualifiedNamesWithAutoApproveAndDisabledTools(
      @TempDir Path root, @TempDir Path home) throws Exception {
    Workspace ws =
        workspace(root, home, ",\"autoApprove\":[\"echo\"],\"disabledTools\":[\"get-env\"]", null);
    McpConfig config = McpConfig.of(ws);
    try (McpServerGroup group = KiroMcp.start(config, Duration.ofSeconds(30))) {
      assertThat(group.servers())
          .extracting(ServerState::name)
          .containsExactly("broken", "everything");
      assertThat(group.server("broken").orElseThrow().status())
          .isEqualTo(ServerState.Status.FAILED);
      List<KiroTool> tools = KiroMcp.tools(config, group);
      KiroTool echo =
          tools.stream().filter(t -> t.tool().name().equals("echo")).findFirst().orElseThrow();
      assertThat(echo.qualifiedName()).isEqualTo("@everything/echo");
      assertThat(echo.permission().label()).isEqualTo("allow");
      assertThat(echo.permission().reasons().get(0).code()).isEqualTo("AUTO_APPROVE");
      assertThat(echo.modelName()).isNotBlank();
      PermissionDecision getEnv = permission(tools, "get-env");
      assertThat(getEnv.label()).isEqualTo("deny");
      assertThat(getEnv.reasons().get(0).code()).isEqualTo("DISABLED_TOOL");
      assertThat(tool(tools, "get-env").permissionLabel()).isEqualTo("disabled");
      assertThat(permission(tools, "get-sum").label()).isEqualTo("ask");
      assertThat(tool(tools, "get-sum").permissionLabel()).isEqualTo("ask");
      assertThat(echo.permissionLabel()).isEqualTo("allow");
    }
  }

  @Test
  void autoApproveAndDisabledToolsEntriesInTranslatedFormsApplyAsThePermissionEngineReadsThem(
      @TempDir Path root, @TempDir Path home) throws Exception {
    // @server/tool and the IDE's mcp_<server>_<tool> name tools too (McpToolPolicy, PERM-009).
    Workspace ws =
        workspace(
            root,
            home,
            ",\"autoApprove\":[\"@everything/echo\"],\"disabledTools\":[\"mcp_everything_get_env\"]",
            null);
    McpConfig config = McpConfig.of(ws);
    try (McpServerGroup group = KiroMcp.start(config, Duration.ofSeconds(30))) {
      List<KiroTool> tools = KiroMcp.tools(config, group);
      assertThat(permission(tools, "echo").label()).isEqualTo("allow");
      assertThat(permission(tools, "get-env").label()).isEqualTo("deny");
      assertThat(permission(tools, "get-sum").label()).isEqualTo("ask");
    }
  }

  @Test
  void withAnAgentEachToolGetsExactlyThePermissionEnginesDecision(
      @TempDir Path root, @TempDir Path home) throws Exception {
    Workspace ws =
        workspace(
            root,
            home,
            ",\"disabledTools\":[\"get-env\"]",
            "{\"name\":\"dev\",\"tools\":[\"@everything/echo\",\"@everything/get-env\","
                + "\"@everything/get-sum\"],\"allowedTools\":[\"@everything/get-sum\"],"
                + "\"includeMcpJson\":true}");
    Agent dev = AgentSet.of(ws).find("dev").orElseThrow();
    McpConfig config = McpConfig.of(ws, dev);
    PermissionEngine engine =
        PermissionEngine.of(dev, ws, ws.primaryRoot().path(), SessionTrust.none());
    try (McpServerGroup group = KiroMcp.start(config, Duration.ofSeconds(30))) {
      List<KiroTool> tools = KiroMcp.tools(config, group, engine);
      assertThat(permission(tools, "get-sum").label()).isEqualTo("allow");
      assertThat(permission(tools, "get-env").label()).isEqualTo("deny");
      assertThat(permission(tools, "echo").label()).isEqualTo("ask");
      // Not in the agent's tools: unavailable.
      assertThat(permission(tools, "get-tiny-image").label()).isEqualTo("deny");
      assertThat(permission(tools, "get-tiny-image").reasons().get(0).code())
          .isEqualTo("UNAVAILABLE_TOOL");
      for (KiroTool t : tools) {
        assertThat(t.permission())
            .as(t.qualifiedName())
            .isEqualTo(engine.evaluate(t.qualifiedName(), JsonNodeFactory.instance.objectNode()));
      }
    }
  }
}
