package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The subagent tool's input as upstream {@code use_subagent.rs} defines it: {@code {"command":
 * "InvokeSubagents", "content": {"subagents": [{"query", "agent_name"}]}}} or {@code {"command":
 * "ListAgents"}}; availableAgents / trustedAgents (docs L13427–13484) apply to every agent spawned.
 */
class SubagentToolInputTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;
  PermissionEngine engine;

  @BeforeEach
  void setUp() throws IOException {
    Path root = tmp.toRealPath().resolve("app");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/orchestrator.json"),
        """
        {"name": "orchestrator", "tools": ["fs_read", "subagent"],
         "toolsSettings": {"subagent": {
           "availableAgents": ["reviewer", "tester", "docs-*"],
           "trustedAgents": ["reviewer", "tester"]}}}
        """);
    Workspace ws =
        Workspace.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
    engine =
        PermissionEngine.of(
            AgentSet.of(ws).find("orchestrator").orElseThrow(),
            ws,
            ws.primaryRoot().path(),
            SessionTrust.none());
  }

  String invoke(String subagents) {
    return engine
        .evaluate(
            "use_subagent",
            JSON.readTree(
                "{\"command\": \"InvokeSubagents\", \"content\": {\"subagents\": ["
                    + subagents
                    + "]}}"))
        .label();
  }

  @Test
  void agentNameOfEachInvokedSubagentIsDecided() {
    assertThat(invoke("{\"query\": \"review\", \"agent_name\": \"reviewer\"}")).isEqualTo("allow");
    assertThat(invoke("{\"query\": \"write docs\", \"agent_name\": \"docs-writer\"}"))
        .isEqualTo("ask");
    PermissionDecision d =
        engine.evaluate(
            "subagent",
            JSON.readTree(
                "{\"command\": \"InvokeSubagents\", \"content\": {\"subagents\": [{\"query\":"
                    + " \"x\", \"agent_name\": \"deployer\"}]}}"));
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons().get(0).code()).isEqualTo("UNAVAILABLE_AGENT");
  }

  @Test
  void severalSubagentsAreAllowedOnlyIfEveryOneIs() {
    assertThat(
            invoke(
                "{\"query\": \"a\", \"agent_name\": \"reviewer\"}, {\"query\": \"b\", \"agent_name\": \"tester\"}"))
        .isEqualTo("allow");
    assertThat(
            invoke(
                "{\"query\": \"a\", \"agent_name\": \"reviewer\"}, {\"query\": \"b\", \"agent_name\": \"docs-x\"}"))
        .isEqualTo("ask");
    assertThat(
            invoke(
                "{\"query\": \"a\", \"agent_name\": \"reviewer\"}, {\"query\": \"b\", \"agent_name\": \"deployer\"}"))
        .isEqualTo("deny");
  }

  @Test
  void aSubagentWithoutAgentNameIsTheDefaultAgent() {
    // kiro_default is not in availableAgents: upstream denies it the same way.
    PermissionDecision d =
        engine.evaluate(
            "subagent",
            JSON.readTree(
                "{\"command\": \"InvokeSubagents\", \"content\": {\"subagents\": [{\"query\":"
                    + " \"x\"}]}}"));
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons().get(0).message()).contains("kiro_default");
  }

  @Test
  void listingAgentsIsAllowedWhenSubagentSettingsExist() {
    assertThat(engine.evaluate("subagent", JSON.readTree("{\"command\": \"ListAgents\"}")).label())
        .isEqualTo("allow");
  }

  @Test
  void flattenedInputsAndOtherSpellingsAreReadToo() {
    assertThat(
            engine
                .evaluate(
                    "subagent",
                    JSON.readTree(
                        "{\"subagents\": [{\"query\": \"a\", \"agent_name\": \"reviewer\"}]}"))
                .label())
        .isEqualTo("allow");
    assertThat(engine.evaluate("subagent", JSON.readTree("{\"agent_name\": \"tester\"}")).label())
        .isEqualTo("allow");
    assertThat(engine.evaluate("subagent", JSON.readTree("{\"agentName\": \"tester\"}")).label())
        .isEqualTo("allow");
    assertThat(engine.evaluate("subagent", JSON.readTree("{\"agent\": \"deployer\"}")).label())
        .isEqualTo("deny");
  }

  @Test
  void aNonStringAgentNameAsks() {
    assertThat(invoke("{\"query\": \"a\", \"agent_name\": 7}")).isEqualTo("ask");
  }

  // ---- every spelling and field the runner could act on is judged (issue 13, item 2) --------

  String decide(String input) {
    return engine.evaluate("subagent", JSON.readTree(input)).label();
  }

  @Test
  void twoSpellingsOfTheAgentNameInOneSubagentAreBothJudged() {
    // Judged by agent_name, run by agentName (or the other way round): both count.
    assertThat(
            invoke("{\"query\": \"a\", \"agent_name\": \"reviewer\", \"agentName\": \"deployer\"}"))
        .isEqualTo("deny");
    assertThat(invoke("{\"query\": \"a\", \"agentName\": \"reviewer\", \"agent\": \"docs-x\"}"))
        .isEqualTo("ask");
    assertThat(decide("{\"agent_name\": \"tester\", \"agent\": \"deployer\"}")).isEqualTo("deny");
    assertThat(invoke("{\"query\": \"a\", \"agent_name\": \"reviewer\", \"agent\": \"reviewer\"}"))
        .isEqualTo("allow");
  }

  @Test
  void aSecondSpellingOfTheWrongTypeAsks() {
    assertThat(
            invoke("{\"query\": \"a\", \"agent_name\": \"reviewer\", \"agent\": [\"deployer\"]}"))
        .isEqualTo("ask");
  }

  @Test
  void subagentsInContentAndAtTheTopLevelAreAllJudged() {
    assertThat(
            decide(
                "{\"command\": \"InvokeSubagents\", \"content\": {\"subagents\": [{\"agent_name\":"
                    + " \"reviewer\"}]}, \"subagents\": [{\"agent_name\": \"deployer\"}]}"))
        .isEqualTo("deny");
  }

  @Test
  void aNameBesideTheSubagentListIsJudgedToo() {
    assertThat(
            decide(
                "{\"content\": {\"subagents\": [{\"agent_name\": \"reviewer\"}]},"
                    + " \"agent_name\": \"deployer\"}"))
        .isEqualTo("deny");
    assertThat(
            decide(
                "{\"content\": {\"agent\": \"deployer\", \"subagents\": [{\"agent_name\":"
                    + " \"reviewer\"}]}}"))
        .isEqualTo("deny");
  }

  @Test
  void listAgentsThatAlsoNamesAgentsJudgesThemToo() {
    assertThat(decide("{\"command\": \"ListAgents\"}")).isEqualTo("allow");
    assertThat(
            decide(
                "{\"command\": \"ListAgents\", \"content\": {\"subagents\": [{\"agent_name\":"
                    + " \"deployer\"}]}}"))
        .isEqualTo("deny");
    assertThat(decide("{\"command\": \"ListAgents\", \"agent_name\": \"docs-x\"}"))
        .isEqualTo("ask");
  }

  @Test
  void aSubagentListOrContentOfTheWrongShapeAsks() {
    assertThat(decide("{\"content\": {\"subagents\": {\"agent_name\": \"reviewer\"}}}"))
        .isEqualTo("ask");
    assertThat(decide("{\"content\": \"reviewer\"}")).isEqualTo("ask");
    assertThat(invoke("\"reviewer\"")).isEqualTo("ask");
    assertThat(invoke("")).isEqualTo("ask");
  }

  @Test
  void anUnreadableSubagentEntryNeverHidesADeniedOne() {
    assertThat(
            decide(
                "{\"content\": {\"subagents\": [7, {\"agent_name\": \"deployer\"}]},"
                    + " \"subagents\": \"x\"}"))
        .isEqualTo("deny");
    assertThat(invoke("{\"agent_name\": [\"x\"], \"agent\": \"deployer\"}")).isEqualTo("deny");
    assertThat(invoke("{\"agent_name\": [\"x\"], \"agent\": \"reviewer\"}")).isEqualTo("ask");
    assertThat(decide("{\"command\": 5, \"agent_name\": \"deployer\"}")).isEqualTo("deny");
    assertThat(decide("{\"content\": 5, \"agent_name\": \"reviewer\"}")).isEqualTo("ask");
  }
}
