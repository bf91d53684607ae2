package io.kiro4j.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpOptions;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.variable.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kiro CLI still reads a project's .amazonq folder while the project has no .kiro (docs L10920).
 */
class AmazonQFoldersTest {

  @TempDir Path tmp;

  private Path write(String path, String text) throws IOException {
    Path p = tmp.resolve("ws").resolve(path);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private Workspace open() throws IOException {
    return Kiro.open(
        WorkspaceOptions.builder()
            .root(Files.createDirectories(tmp.resolve("ws")))
            .userHome(Files.createDirectories(tmp.resolve("home")))
            .environment(Environment.empty())
            .build());
  }

  @Test // docs L10920, L10937: .amazonq/mcp.json is the workspace MCP file of a Q project
  void aProjectWithOnlyAmazonQHasItsMcpServersRead() throws IOException {
    write(".amazonq/mcp.json", "{\"mcpServers\": {\"git\": {\"command\": \"uvx\"}}}");
    McpConfig config = McpConfig.load(open(), java.util.Optional.empty(), McpOptions.defaults());
    assertThat(config.servers()).extracting(McpServer::name).containsExactly("git");
    assertThat(config.diagnostics())
        .filteredOn(d -> d.code().equals("LAYOUT-006"))
        .singleElement()
        .satisfies(d -> assertThat(d.isError()).isFalse());
  }

  @Test // docs L10941: .amazonq/cli-agents holds a Q project's agents
  void aProjectWithOnlyAmazonQHasItsCliAgentsRead() throws IOException {
    write(".amazonq/cli-agents/reviewer.json", "{\"name\": \"reviewer\", \"tools\": [\"read\"]}");
    Agent agent = AgentSet.load(open()).find("reviewer").orElseThrow();
    assertThat(agent.scope()).isEqualTo(Scope.WORKSPACE);
    assertThat(agent.diagnostics()).extracting(Diagnostic::code).contains("LAYOUT-006");
  }

  @Test // docs L10922, L10959: with both folders only .kiro is read
  void aProjectWithBothFoldersReadsOnlyDotKiroAndSaysSo() throws IOException {
    write(".amazonq/mcp.json", "{\"mcpServers\": {\"git\": {\"command\": \"uvx\"}}}");
    write(".amazonq/cli-agents/reviewer.json", "{\"name\": \"reviewer\"}");
    write(".kiro/steering/tech.md", "# Tech\n");
    Workspace ws = open();
    assertThat(McpConfig.load(ws, java.util.Optional.empty(), McpOptions.defaults()).servers())
        .isEmpty();
    assertThat(AgentSet.load(ws).find("reviewer")).isEmpty();
    assertThat(KiroLayout.load(ws).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("LAYOUT-005");
  }

  @Test
  void anAmazonQFileInPlaceOfTheFolderIsNotAFolder() throws IOException {
    write(".amazonq", "not a folder");
    Workspace ws = open();
    assertThat(AmazonQFolders.projectFolder(ws.primaryRoot())).isEmpty();
    assertThat(AmazonQFolders.shadowed(ws.primaryRoot())).isFalse();
  }

  @Test // docs L10914-10919: ~/.aws/amazonq is copied at install, never read afterwards
  void theUsersAwsAmazonQFolderIsNeverRead() throws IOException {
    Path q = Files.createDirectories(tmp.resolve("home/.aws/amazonq/cli-agents"));
    Files.writeString(q.resolve("old.json"), "{\"name\": \"old\"}");
    Workspace ws = open();
    assertThat(AgentSet.load(ws).find("old")).isEmpty();
    assertThat(AmazonQFolders.userFolder(ws)).isEqualTo(tmp.resolve("home/.aws/amazonq"));
  }
}
