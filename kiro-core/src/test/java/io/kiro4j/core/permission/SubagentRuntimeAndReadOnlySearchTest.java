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
import tools.jackson.databind.json.JsonMapper;

/**
 * The subagent runtime's restricted tool set (docs L13403–13425), glob and grep's {@code
 * allowReadOnly} (docs L3228–3332), and every folder a glob pattern walks (issue 13, item 2).
 */
class SubagentRuntimeAndReadOnlySearchTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;
  Workspace ws;
  Agent agent;

  @BeforeEach
  void setUp() throws IOException {
    Path root = tmp.toRealPath().resolve("app");
    Files.createDirectories(root.resolve(".kiro/agents"));
    String settings =
        """
        "mcpServers": {"git": {"command": "git-mcp"}},
        "toolsSettings": {
          "glob": {"allowReadOnly": true, "deniedPaths": ["/etc"]},
          "grep": {"allowReadOnly": true, "deniedPaths": ["src/secret"]},
          "read": {"allowReadOnly": true}}}
        """;
    Files.writeString(
        root.resolve(".kiro/agents/worker.json"),
        "{\"name\": \"worker\", \"tools\": [\"*\"], \"allowedTools\": [\"@builtin\"]," + settings);
    Files.writeString(
        root.resolve(".kiro/agents/plain.json"),
        "{\"name\": \"plain\", \"tools\": [\"*\"]," + settings);
    ws =
        Workspace.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
    agent = AgentSet.of(ws).find("worker").orElseThrow();
  }

  PermissionEngine engine(boolean subagent) {
    return PermissionEngine.of(
        agent,
        ws,
        ws.primaryRoot().path(),
        SessionTrust.none(),
        PermissionOptions.builder().subagent(subagent).build());
  }

  PermissionDecision decide(PermissionEngine e, String tool, String input) {
    return e.evaluate(tool, JSON.readTree(input));
  }

  @Test
  void aSubagentHasOnlyReadWriteShellAndMcpTools() {
    PermissionEngine sub = engine(true);
    for (String tool :
        new String[] {
          "web_search",
          "web_fetch",
          "introspect",
          "thinking",
          "todo_list",
          "use_aws",
          "grep",
          "glob",
          "subagent",
          "delegate",
          "knowledge",
          "code",
          "report"
        }) {
      PermissionDecision d = decide(sub, tool, "{\"path\": \".\", \"url\": \"https://x\"}");
      assertThat(d.label()).as(tool).isEqualTo("deny");
      assertThat(d.reasons().get(0).code()).isEqualTo("UNAVAILABLE_TOOL");
      assertThat(d.reasons().get(0).message()).contains("subagent", "L13403");
    }
    assertThat(decide(sub, "fs_read", "{\"path\": \"README.md\"}").label()).isEqualTo("allow");
    assertThat(decide(sub, "write", "{\"path\": \"a.txt\"}").label()).isEqualTo("allow");
    assertThat(decide(sub, "execute_bash", "{\"command\": \"ls\"}").label()).isEqualTo("allow");
    assertThat(decide(sub, "@git/git_status", "{}").label()).isEqualTo("ask");
    // The same agent as the main agent keeps all its tools.
    assertThat(decide(engine(false), "todo_list", "{}").label()).isEqualTo("allow");
    assertThat(decide(engine(false), "grep", "{\"pattern\": \"x\"}").label()).isEqualTo("allow");
  }

  /** The same rules without the allowedTools trust. */
  PermissionEngine untrusted() {
    return PermissionEngine.of(
        AgentSet.of(ws).find("plain").orElseThrow(),
        ws,
        ws.primaryRoot().path(),
        SessionTrust.none());
  }

  @Test
  void allowReadOnlyLetsGlobAndGrepSearchAnywhereButNeverPastADeny() {
    PermissionDecision anywhere =
        decide(untrusted(), "grep", "{\"pattern\": \"x\", \"path\": \"/usr\"}");
    assertThat(anywhere.label()).isEqualTo("allow");
    assertThat(anywhere.reasons().get(0).code()).isEqualTo("READONLY_SEARCH");
    assertThat(anywhere.reasons().get(0).origin().orElseThrow().pointer())
        .isEqualTo("/toolsSettings/grep/allowReadOnly");
    assertThat(decide(untrusted(), "glob", "{\"pattern\": \"*\", \"path\": \"/usr\"}").label())
        .isEqualTo("allow");
    assertThat(decide(untrusted(), "glob", "{\"pattern\": \"*\", \"path\": \"/etc\"}").label())
        .isEqualTo("deny");
    assertThat(
            decide(untrusted(), "grep", "{\"pattern\": \"x\", \"path\": \"src/secret/k\"}").label())
        .isEqualTo("deny");
    // read has no allowReadOnly (docs L3219–3226): outside the working directory it asks.
    assertThat(decide(untrusted(), "read", "{\"path\": \"/usr/x\"}").label()).isEqualTo("ask");
  }

  @Test
  void aGlobPatternIsJudgedWhereItsLiteralFoldersLead() {
    PermissionEngine e = untrusted();
    // path "." is the working directory, but the pattern walks /etc: denied there.
    assertThat(decide(e, "glob", "{\"pattern\": \"/etc/**/*.conf\"}").label()).isEqualTo("deny");
    assertThat(decide(e, "glob", "{\"pattern\": \"../../etc/*\", \"path\": \"/usr\"}").label())
        .isEqualTo("deny");
    assertThat(decide(e, "glob", "{\"pattern\": \"**/*.ts\"}").label()).isEqualTo("allow");
    assertThat(ToolInput.literalPrefix("src/a/**/*.ts")).isEqualTo("src/a");
    assertThat(ToolInput.literalPrefix("/etc/*")).isEqualTo("/etc");
    assertThat(ToolInput.literalPrefix("*.md")).isEmpty();
    assertThat(ToolInput.literalPrefix("README.md")).isEqualTo("README.md");
  }
}
