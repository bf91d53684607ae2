package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * MCP tools' autoApprove / disabledTools come from the effective MCP configuration (agent
 * mcpServers > workspace mcp.json > user mcp.json, docs L5768–5808), with the file and JSON pointer
 * of the entry that decided.
 */
class McpEffectiveConfigPermissionTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void setUp() throws IOException {
    root = tmp.toRealPath().resolve("app");
    home = tmp.toRealPath().resolve("home");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.createDirectories(home.resolve(".kiro/settings"));
  }

  void agent(String extra) throws IOException {
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"tools\": [\"@git\"]" + extra + "}");
  }

  void userMcp(String server) throws IOException {
    Files.writeString(
        home.resolve(".kiro/settings/mcp.json"), "{\"mcpServers\": {\"git\": " + server + "}}");
  }

  void workspaceMcp(String server) throws IOException {
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"), "{\"mcpServers\": {\"git\": " + server + "}}");
  }

  PermissionEngine engine() {
    Workspace ws = Workspace.open(WorkspaceOptions.builder().root(root).userHome(home).build());
    return PermissionEngine.of(
        AgentSet.of(ws).find("dev").orElseThrow(),
        ws,
        ws.primaryRoot().path(),
        SessionTrust.none());
  }

  PermissionDecision decide(String tool) {
    return engine().evaluate(tool, JSON.readTree("{}"));
  }

  static String where(PermissionDecision d) {
    RuleOrigin o = d.reasons().get(0).origin().orElseThrow();
    return o.source() + " " + o.pointer();
  }

  @Test
  void theMcpConfigurationIsReadAtTheFirstMcpDecisionNotWhenTheEngineIsBuilt() throws IOException {
    // A shell or file decision never needs it: a fresh process deciding one shell call skips
    // reading and merging the mcp.json files.
    agent(", \"includeMcpJson\": true");
    PermissionEngine engine = engine();
    userMcp("{\"command\": \"git-mcp\", \"autoApprove\": [\"git_status\"]}");

    assertThat(engine.evaluate("@git/git_status", JSON.readTree("{}")).label()).isEqualTo("allow");
    assertThat(engine.diagnostics()).isEmpty();
  }

  @Test
  void autoApproveOfTheUserMcpJsonApplies() throws IOException {
    agent(", \"includeMcpJson\": true");
    userMcp("{\"command\": \"git-mcp\", \"autoApprove\": [\"git_log\", \"git_status\"]}");
    PermissionDecision d = decide("@git/git_status");
    assertThat(d.label()).isEqualTo("allow");
    assertThat(d.reasons().get(0).code()).isEqualTo("AUTO_APPROVE");
    assertThat(where(d)).isEqualTo("~/.kiro/settings/mcp.json /mcpServers/git/autoApprove/1");
    assertThat(decide("@git/git_commit").label()).isEqualTo("ask");
  }

  @Test
  void workspaceMcpJsonReplacesTheUserEntryAsAWhole() throws IOException {
    agent(", \"includeMcpJson\": true");
    userMcp("{\"command\": \"git-mcp\", \"autoApprove\": [\"*\"]}");
    workspaceMcp("{\"command\": \"git-mcp\", \"disabledTools\": [\"git_push\"]}");
    PermissionDecision push = decide("@git/git_push");
    assertThat(push.label()).isEqualTo("deny");
    assertThat(where(push)).isEqualTo(".kiro/settings/mcp.json /mcpServers/git/disabledTools/0");
    // The user's "*" is gone with the replaced entry.
    assertThat(decide("@git/git_status").label()).isEqualTo("ask");
  }

  @Test
  void agentMcpServersReplaceTheMcpJsonEntries() throws IOException {
    agent(
        ", \"includeMcpJson\": true, \"mcpServers\": {\"git\": {\"command\": \"git-mcp\","
            + " \"autoApprove\": [\"git_diff\"]}}");
    workspaceMcp("{\"command\": \"git-mcp\", \"autoApprove\": [\"git_status\"]}");
    PermissionDecision diff = decide("@git/git_diff");
    assertThat(diff.label()).isEqualTo("allow");
    assertThat(where(diff)).isEqualTo(".kiro/agents/dev.json /mcpServers/git/autoApprove/0");
    assertThat(decide("@git/git_status").label()).isEqualTo("ask");
  }

  @Test
  void mcpJsonServersExistOnlyWhenTheAgentIncludesMcpJson() throws IOException {
    agent("");
    workspaceMcp("{\"command\": \"git-mcp\", \"autoApprove\": [\"*\"]}");
    PermissionDecision d = decide("@git/git_status");
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons().get(0).code()).isEqualTo("UNAVAILABLE_TOOL");
  }

  @Test
  void useLegacyMcpJsonIncludesTheFilesToo() throws IOException {
    agent(", \"useLegacyMcpJson\": true");
    workspaceMcp("{\"command\": \"git-mcp\", \"autoApprove\": [\"*\"]}");
    PermissionDecision d = decide("@git/git_status");
    assertThat(d.label()).isEqualTo("allow");
    assertThat(where(d)).isEqualTo(".kiro/settings/mcp.json /mcpServers/git/autoApprove/0");
  }

  @Test
  void aDisabledServerHasNoAvailableTools() throws IOException {
    agent(", \"includeMcpJson\": true");
    userMcp("{\"command\": \"git-mcp\", \"autoApprove\": [\"*\"]}");
    workspaceMcp("{\"disabled\": true}");
    PermissionDecision d = decide("@git/git_status");
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons().get(0).code()).isEqualTo("UNAVAILABLE_TOOL");
    assertThat(where(d)).isEqualTo(".kiro/settings/mcp.json /mcpServers/git/disabled");
  }

  @Test
  void disabledToolsWinOverAutoApproveStar() throws IOException {
    agent(", \"includeMcpJson\": true");
    userMcp(
        "{\"command\": \"git-mcp\", \"autoApprove\": [\"*\"], \"disabledTools\": [\"git_push\"]}");
    assertThat(decide("@git/git_push").label()).isEqualTo("deny");
    PermissionDecision status = decide("@git/git_status");
    assertThat(status.label()).isEqualTo("allow");
    assertThat(where(status)).isEqualTo("~/.kiro/settings/mcp.json /mcpServers/git/autoApprove/0");
  }

  @Test
  void autoApproveFormsAreTranslatedWithANoteAndUnknownFormsWarned() throws IOException {
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"tools\": [\"@aws-docs\"], \"includeMcpJson\": true}");
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"),
        """
        {"mcpServers": {"aws-docs": {"command": "uvx", "autoApprove": [
          "mcp_aws_docs_search_documentation",
          "@aws-docs/read_documentation",
          "awsdocs___recommend",
          "get_*",
          "@other/x",
          "list_regions"
        ]}}}
        """);
    PermissionEngine e = engine();
    for (String tool : List.of("search_documentation", "read_documentation", "recommend")) {
      assertThat(e.evaluate("@aws-docs/" + tool, JSON.readTree("{}")).label())
          .as(tool)
          .isEqualTo("allow");
    }
    assertThat(e.evaluate("@aws-docs/list_regions", JSON.readTree("{}")).label())
        .isEqualTo("allow");
    assertThat(e.evaluate("@aws-docs/get_page", JSON.readTree("{}")).label()).isEqualTo("ask");
    assertThat(e.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("PERM-009", "PERM-009", "PERM-009", "PERM-010", "PERM-010");
    Diagnostic first = e.diagnostics().get(0);
    assertThat(first.path()).isEqualTo(root.resolve(".kiro/settings/mcp.json"));
    assertThat(first.line()).isEqualTo(1);
    assertThat(first.message()).startsWith("/mcpServers/aws-docs/autoApprove/0: ");
  }
}
