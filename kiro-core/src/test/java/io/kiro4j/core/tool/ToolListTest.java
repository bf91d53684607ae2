package io.kiro4j.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The model-facing tool list: one test per rule of {@link ToolList}. */
class ToolListTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;
  Path root;
  Path home;
  final Map<String, List<String>> listed = new LinkedHashMap<>();
  final Map<String, String> failed = new LinkedHashMap<>();
  final List<String> asked = new ArrayList<>();

  @BeforeEach
  void setUp() throws IOException {
    root = tmp.toRealPath().resolve("app");
    home = tmp.toRealPath().resolve("home");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.createDirectories(home.resolve(".kiro/settings"));
    listed.put("git", List.of("git_status", "git_diff", "git_push"));
    listed.put("db", List.of("query", "read_rows", "drop"));
  }

  /** A source answering from {@link #listed} and {@link #failed}, recording what it was asked. */
  McpToolSource source() {
    return server -> {
      asked.add(server);
      if (failed.containsKey(server)) {
        return ServerTools.unavailable(server, failed.get(server));
      }
      List<McpToolSpec> tools = new ArrayList<>();
      for (String t : listed.getOrDefault(server, List.of())) {
        tools.add(
            new McpToolSpec(
                t,
                Optional.of("the " + t + " tool"),
                JSON.readTree(
                    "{\"type\":\"object\",\"properties\":{\"x\":{\"type\":\"string\"}}}")));
      }
      return ServerTools.listed(server, tools);
    };
  }

  void mcp(String servers) throws IOException {
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"), "{\"mcpServers\": {" + servers + "}}");
  }

  Workspace ws() {
    return Workspace.open(WorkspaceOptions.builder().root(root).userHome(home).build());
  }

  Agent agent(String json) throws IOException {
    Files.writeString(root.resolve(".kiro/agents/dev.json"), "{\"name\": \"dev\", " + json + "}");
    return AgentSet.of(ws()).find("dev").orElseThrow();
  }

  ToolList list(String json) throws IOException {
    Workspace ws = ws();
    Files.writeString(root.resolve(".kiro/agents/dev.json"), "{\"name\": \"dev\", " + json + "}");
    Agent a = AgentSet.of(ws).find("dev").orElseThrow();
    return ToolList.builder(ws, a).mcpTools(source()).build();
  }

  static List<String> names(ToolList l) {
    return l.tools().stream().map(ModelTool::name).toList();
  }

  static List<String> modelNames(ToolList l) {
    return l.tools().stream().map(ModelTool::modelName).toList();
  }

  @Test
  void aBuiltinToolIsOfferedWhenToolsNamesItByNameOrAlias() throws IOException {
    ToolList l = list("\"tools\": [\"fs_read\", \"@builtin/shell\", \"grep\"]");
    assertThat(names(l)).containsExactly("read", "shell", "grep");
    assertThat(l.tools().get(0).reason()).contains("tools entry 'fs_read'").contains("L6036");
    assertThat(l.tools().get(0).inputSchema())
        .isEqualTo(BuiltinToolSpec.of(BuiltinTool.READ).inputSchema());
    assertThat(l.tools().get(0).source()).isEqualTo("builtin");
  }

  @Test
  void atBuiltinAndStarOfferEveryBuiltinToolInTheOrderOfBuiltinTool() throws IOException {
    List<String> all = new ArrayList<>();
    for (BuiltinTool b : BuiltinTool.values()) {
      all.add(b.canonicalName());
    }
    assertThat(names(list("\"tools\": [\"@builtin\"]"))).containsExactlyElementsOf(all);
    assertThat(names(list("\"tools\": [\"*\"]"))).containsExactlyElementsOf(all);
  }

  @Test
  void aToolNotInToolsIsWithheldAndAllowedToolsDoesNotOfferIt() throws IOException {
    ToolList l = list("\"tools\": [\"read\"], \"allowedTools\": [\"shell\"]");
    assertThat(l.withheld("shell").orElseThrow().reason())
        .contains("not in the agent's tools")
        .contains("allowedTools 'shell' only spares the prompt");
    assertThat(l.withheld("execute_bash")).isEqualTo(l.withheld("shell"));
    assertThat(l.withheld("write").orElseThrow().reason()).doesNotContain("allowedTools");
  }

  @Test
  void atServerOffersEveryToolOfThatServerInItsOrderWithSanitisedModelNames() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\"}, \"db\": {\"command\": \"db-mcp\"}");
    ToolList l = list("\"tools\": [\"@git\"], \"includeMcpJson\": true");
    assertThat(names(l)).containsExactly("@git/git_status", "@git/git_diff", "@git/git_push");
    assertThat(modelNames(l))
        .containsExactly("git___git_status", "git___git_diff", "git___git_push");
    assertThat(l.tools().get(0).description()).isEqualTo("the git_status tool");
    assertThat(l.tools().get(0).source()).isEqualTo("@git");
    assertThat(l.withheld("@db").orElseThrow().reason()).contains("no tools entry names");
    assertThat(asked).containsExactly("git");
  }

  @Test
  void oneMcpToolOrAGlobOffersOnlyTheToolsItNames() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\"}, \"db\": {\"command\": \"db-mcp\"}");
    ToolList l = list("\"tools\": [\"@git/git_status\", \"@db/*_rows\"], \"includeMcpJson\": true");
    assertThat(names(l)).containsExactly("@db/read_rows", "@git/git_status");
    assertThat(l.withheld("@git/git_push").orElseThrow().reason())
        .contains("not in the agent's tools");
  }

  @Test
  void mcpToolsComeByServerNameAfterTheBuiltinTools() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\"}, \"db\": {\"command\": \"db-mcp\"}");
    ToolList l =
        list("\"tools\": [\"@git/git_diff\", \"read\", \"@db/drop\"], \"includeMcpJson\": true");
    assertThat(names(l)).containsExactly("read", "@db/drop", "@git/git_diff");
  }

  @Test
  void disabledToolsAreWithheldWithTheEntryThatDisablesThem() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\", \"disabledTools\": [\"git_push\"]}");
    ToolList l = list("\"tools\": [\"*\"], \"includeMcpJson\": true");
    assertThat(names(l)).contains("@git/git_status").doesNotContain("@git/git_push");
    assertThat(l.withheld("@git/git_push").orElseThrow().reason())
        .contains("disabledTools")
        .contains(".kiro/settings/mcp.json /mcpServers/git/disabledTools");
  }

  @Test
  void aDisabledServerIsWithheldWholeAndNeverAsked() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\", \"disabled\": true}");
    ToolList l = list("\"tools\": [\"@git\"], \"includeMcpJson\": true");
    assertThat(l.tools()).isEmpty();
    assertThat(l.withheld("@git/git_status").orElseThrow().reason()).contains("is disabled");
    assertThat(asked).isEmpty();
  }

  @Test
  void aServerThatIsNotRunningIsWithheldWithAWarningOnItsEntry() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\"}");
    failed.put("git", "failed (exit 127)");
    ToolList l = list("\"tools\": [\"@git\"], \"includeMcpJson\": true");
    assertThat(l.tools()).isEmpty();
    assertThat(l.withheld("@git").orElseThrow().reason())
        .contains("not running: failed (exit 127)");
    Diagnostic d = l.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("TOOL-001");
    assertThat(d.path()).isEqualTo(root.resolve(".kiro/settings/mcp.json"));
    assertThat(d.line()).isEqualTo(1);
  }

  @Test
  void withoutASourceNoMcpToolIsOffered() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\"}");
    Workspace ws = ws();
    Agent a = agent("\"tools\": [\"@git\", \"read\"], \"includeMcpJson\": true");
    ToolList l = ToolList.builder(ws, a).build();
    assertThat(names(l)).containsExactly("read");
    assertThat(l.withheld("@git").orElseThrow().reason()).contains("not started");
  }

  @Test
  void aToolsEntryNamingAnUnknownServerIsExplained() throws IOException {
    ToolList l = list("\"tools\": [\"@nope/x\"]");
    assertThat(l.withheld("@nope/x").orElseThrow().reason())
        .contains("not in the agent's effective MCP configuration")
        .contains("includeMcpJson");
  }

  @Test
  void toolAliasesGiveTheModelName() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\"}");
    ToolList l =
        list(
            "\"tools\": [\"@git/git_status\"], \"includeMcpJson\": true, \"toolAliases\":"
                + " {\"@git/git_status\": \"status\"}");
    ModelTool t = l.tools().get(0);
    assertThat(t.modelName()).isEqualTo("status");
    assertThat(t.reason()).contains("toolAliases");
    assertThat(l.resolve("status")).contains(t);
    assertThat(l.resolve("@git/git_status")).contains(t);
    assertThat(l.diagnostics()).isEmpty();
  }

  @Test
  void anAliasThatIsNoValidModelNameIsAWarningButStillUsed() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\"}");
    ToolList l =
        list(
            "\"tools\": [\"@git/git_status\"], \"includeMcpJson\": true, \"toolAliases\":"
                + " {\"@git/git_status\": \"git status\"}");
    assertThat(modelNames(l)).containsExactly("git status");
    assertThat(l.diagnostics()).extracting(Diagnostic::code).containsExactly("TOOL-002");
    assertThat(l.diagnostics().get(0).path()).isEqualTo(root.resolve(".kiro/agents/dev.json"));
  }

  @Test
  void anAliasEqualToABuiltinToolNameIsWithheld() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\"}");
    ToolList l =
        list(
            "\"tools\": [\"read\", \"@git/git_status\"], \"includeMcpJson\": true,"
                + " \"toolAliases\": {\"@git/git_status\": \"read\"}");
    assertThat(names(l)).containsExactly("read");
    assertThat(l.withheld("@git/git_status").orElseThrow().reason())
        .contains("already the name of read");
    assertThat(l.diagnostics()).extracting(Diagnostic::code).containsExactly("TOOL-003");
  }

  @Test
  void resolveAcceptsModelNamesCanonicalNamesAliasesAndBuiltinPrefix() throws IOException {
    ToolList l = list("\"tools\": [\"read\"]");
    ModelTool read = l.tools().get(0);
    assertThat(l.resolve("read")).contains(read);
    assertThat(l.resolve("fs_read")).contains(read);
    assertThat(l.resolve("@builtin/read")).contains(read);
    assertThat(l.resolve("shell")).isEmpty();
  }

  @Test
  void powersGateTheirServersOnActivationWhenAsked() throws IOException {
    Files.writeString(
        home.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\": {\"power-supabase-db\": {\"command\": \"db\"},"
            + " \"power-stripe-pay\": {\"command\": \"pay\"}}}");
    listed.put("power-supabase-db", List.of("query"));
    listed.put("power-stripe-pay", List.of("charge"));
    Workspace ws = ws();
    Agent a = agent("\"tools\": [\"*\"], \"includeMcpJson\": true");
    ToolList gated =
        ToolList.builder(ws, a).mcpTools(source()).activePowers(Set.of("supabase")).build();
    assertThat(names(gated))
        .contains("@power-supabase-db/query")
        .doesNotContain("@power-stripe-pay/charge");
    assertThat(gated.withheld("@power-stripe-pay").orElseThrow().reason())
        .contains("not active")
        .contains("L1715");
    ToolList cli = ToolList.builder(ws, a).mcpTools(source()).build();
    assertThat(names(cli)).contains("@power-supabase-db/query", "@power-stripe-pay/charge");
  }

  @Test
  void mcpServersAreTheOnesTheListWillAsk() throws IOException {
    mcp(
        "\"git\": {\"command\": \"git-mcp\"}, \"db\": {\"command\": \"db\"}, \"off\":"
            + " {\"command\": \"x\", \"disabled\": true}");
    Workspace ws = ws();
    Agent a = agent("\"tools\": [\"@git\", \"@off\"], \"includeMcpJson\": true");
    assertThat(ToolList.builder(ws, a).mcpServers())
        .extracting(McpServer::name)
        .containsExactly("git");
  }

  @Test
  void aMarkdownAgentWithIncludeMcpJsonGetsEveryMcpTool() throws IOException {
    mcp("\"git\": {\"command\": \"git-mcp\"}");
    Files.writeString(
        root.resolve(".kiro/agents/md.md"),
        "---\nname: md\ntools: [\"read\"]\nincludeMcpJson: true\n---\nYou review.\n");
    Workspace ws = ws();
    Agent a = AgentSet.of(ws).find("md").orElseThrow();
    ToolList l = ToolList.builder(ws, a).mcpTools(source()).build();
    assertThat(names(l)).contains("read", "@git/git_status", "@git/git_push");
    assertThat(l.tools().get(1).reason()).contains("includeMcpJson").contains("L19715");
  }
}
