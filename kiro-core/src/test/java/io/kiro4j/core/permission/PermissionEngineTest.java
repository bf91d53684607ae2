package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engine wired to an agent config (issue 4, items 1–10). */
class PermissionEngineTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;
  Workspace ws;
  Agent dev;

  @BeforeEach
  void setUp() throws IOException {
    Path root = tmp.toRealPath().resolve("app");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(root.resolve(".kiroignore"), ".env\n");
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        """
        {"name": "dev", "description": "d",
         "tools": ["read", "write", "shell", "aws", "grep", "todo", "web_fetch", "@git"],
         "allowedTools": ["grep", "@git/git_status"],
         "toolsSettings": {
           "shell": {"allowedCommands": ["cd .*", "npm test"], "deniedCommands": ["git push .*--force.*"]},
           "write": {"allowedPaths": ["src"]},
           "read": {"deniedPaths": ["secrets"]},
           "aws": {"deniedServices": ["iam"]}
         },
         "mcpServers": {"git": {"command": "git-mcp", "disabledTools": ["git_push"]}}}
        """);
    ws =
        Workspace.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
    dev = AgentSet.of(ws).find("dev").orElseThrow();
  }

  PermissionEngine engine(SessionTrust trust) {
    return PermissionEngine.of(dev, ws, ws.primaryRoot().path(), trust);
  }

  String decide(String tool, String input) {
    return engine(SessionTrust.none()).evaluate(tool, JSON.readTree(input)).label();
  }

  @Test
  void toolNotInToolsDoesNotExist() {
    PermissionDecision d = engine(SessionTrust.none()).evaluate("knowledge", JSON.readTree("{}"));
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons().get(0).code()).isEqualTo("UNAVAILABLE_TOOL");
  }

  @Test
  void compoundShellCommandIsDeniedByAPartRule() {
    assertThat(decide("shell", "{\"command\": \"cd x && git push --force\"}")).isEqualTo("deny");
    assertThat(decide("execute_bash", "{\"command\": \"cd x && npm test\"}")).isEqualTo("allow");
    assertThat(decide("shell", "{\"command\": \"make\"}")).isEqualTo("ask");
  }

  @Test
  void readDefaultsToTheWorkingDirectoryAndHonoursKiroignore() {
    assertThat(
            decide("fs_read", "{\"operations\": [{\"mode\": \"Line\", \"path\": \"README.md\"}]}"))
        .isEqualTo("allow");
    assertThat(decide("read", "{\"operations\": [{\"mode\": \"Line\", \"path\": \".env\"}]}"))
        .isEqualTo("deny");
    assertThat(decide("read", "{\"operations\": [{\"mode\": \"Line\", \"path\": \"secrets/k\"}]}"))
        .isEqualTo("deny");
    assertThat(decide("read", "{\"operations\": [{\"mode\": \"Line\", \"path\": \"/etc/hosts\"}]}"))
        .isEqualTo("ask");
  }

  @Test
  void writeIsAllowedOnlyInAllowedPaths() {
    assertThat(decide("write", "{\"command\": \"create\", \"path\": \"src/a.ts\"}"))
        .isEqualTo("allow");
    assertThat(decide("write", "{\"command\": \"create\", \"path\": \"b.ts\"}")).isEqualTo("ask");
  }

  @Test
  void defaultsOfOtherBuiltins() {
    assertThat(decide("todo", "{}")).isEqualTo("allow");
    assertThat(decide("grep", "{\"path\": \"/etc\"}")).isEqualTo("allow");
    assertThat(decide("web_fetch", "{\"url\": \"https://example.com\"}")).isEqualTo("ask");
    assertThat(decide("aws", "{\"service_name\": \"iam\", \"operation_name\": \"list-users\"}"))
        .isEqualTo("deny");
  }

  @Test
  void mcpToolsFollowAllowedToolsAndDisabledTools() {
    assertThat(decide("@git/git_status", "{}")).isEqualTo("allow");
    assertThat(decide("@git/git_log", "{}")).isEqualTo("ask");
    assertThat(decide("@git/git_push", "{}")).isEqualTo("deny");
    assertThat(decide("@other/x", "{}")).isEqualTo("deny");
  }

  @Test
  void sessionTrustAllowsButNeverOverridesDeny() {
    PermissionEngine e = engine(SessionTrust.none().trustAllTools());
    JsonNode force = JSON.readTree("{\"command\": \"git push --force\"}");
    assertThat(e.evaluate("shell", force).label()).isEqualTo("deny");
    assertThat(e.evaluate("shell", JSON.readTree("{\"command\": \"make\"}")).label())
        .isEqualTo("allow");
    assertThat(
            e.withSessionTrust(SessionTrust.none())
                .evaluate("shell", JSON.readTree("{\"command\": \"make\"}"))
                .label())
        .isEqualTo("ask");
  }

  @Test
  void untrustTurnsAllowedToolsIntoAskForBuiltinAndMcpToolsAlike() {
    JsonNode grep = JSON.readTree("{\"pattern\": \"x\", \"path\": \"/elsewhere\"}");
    assertThat(engine(SessionTrust.none()).evaluate("grep", grep).label()).isEqualTo("allow");
    assertThat(engine(SessionTrust.none().untrust("grep")).evaluate("grep", grep).label())
        .isEqualTo("ask");
    JsonNode none = JSON.readTree("{}");
    assertThat(
            engine(SessionTrust.none().untrust("@git/git_status"))
                .evaluate("@git/git_status", none)
                .label())
        .isEqualTo("ask");
    assertThat(
            engine(SessionTrust.none().untrust("@git")).evaluate("@git/git_status", none).label())
        .isEqualTo("ask");
    // Untrust never loosens: a disabled tool stays unavailable.
    assertThat(
            engine(SessionTrust.none().untrust("@git/git_push"))
                .evaluate("@git/git_push", none)
                .label())
        .isEqualTo("deny");
  }

  @Test
  void reasonsPointIntoTheAgentFile() {
    PermissionDecision d =
        engine(SessionTrust.none())
            .evaluate("shell", JSON.readTree("{\"command\": \"git push --force\"}"));
    assertThat(d.reasons().get(0).origin().orElseThrow().source()).endsWith("dev.json");
    assertThat(d.reasons().get(0).origin().orElseThrow().pointer())
        .isEqualTo("/toolsSettings/shell/deniedCommands/0");
  }
}
