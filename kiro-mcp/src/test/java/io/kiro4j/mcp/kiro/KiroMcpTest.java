package io.kiro4j.mcp.kiro;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.mcp.Peers;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.group.ServerState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The effective mcp.json servers started, their tools named and permissioned as Kiro does. */
class KiroMcpTest {

  @Test
  void enabledServersStartAndToolsGetQualifiedNamesWithAutoApproveAndDisabledTools(
      @TempDir Path root, @TempDir Path home) throws Exception {
    String script = Peers.everything().toString().replace("\\", "\\\\");
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\":{"
            + "\"everything\":{\"command\":\"node\",\"args\":[\""
            + script
            + "\",\"stdio\"],"
            + "\"autoApprove\":[\"echo\"],\"disabledTools\":[\"get-env\"]},"
            + "\"off\":{\"command\":\"node\",\"args\":[\"x\"],\"disabled\":true},"
            + "\"broken\":{\"command\":\"/no/such/server\",\"args\":[]}}}");
    Workspace ws =
        Kiro.open(WorkspaceOptions.builder().roots(List.of(root)).userHome(home).build());
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
      assertThat(echo.permission()).isEqualTo(ToolPermission.ALLOW);
      assertThat(echo.modelName()).isNotBlank();
      assertThat(
              tools.stream()
                  .filter(t -> t.tool().name().equals("get-env"))
                  .findFirst()
                  .orElseThrow()
                  .permission())
          .isEqualTo(ToolPermission.DISABLED);
      assertThat(
              tools.stream()
                  .filter(t -> t.tool().name().equals("get-sum"))
                  .findFirst()
                  .orElseThrow()
                  .permission())
          .isEqualTo(ToolPermission.ASK);
    }
  }
}
