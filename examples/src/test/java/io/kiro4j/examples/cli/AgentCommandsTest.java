package io.kiro4j.examples.cli;

import static io.kiro4j.examples.cli.Kiro4jCliTest.run;
import static io.kiro4j.examples.cli.Kiro4jCliTest.withSample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code kiro4j agents}, {@code kiro4j agent NAME}, {@code kiro4j mcp config} on the sample. */
class AgentCommandsTest {

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get(field).asString()));
    return out;
  }

  @Test
  void agentsListsWorkspaceGlobalAndBuiltinAgentsByName() {
    Kiro4jCliTest.Run r = run(withSample("agents", "--json"));
    assertThat(r.exit()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("schema").asInt()).isEqualTo(1);
    JsonNode agents = doc.get("agents");
    assertThat(texts(agents, "name"))
        .containsExactly(
            "berth-planner", "docs-writer", "guard", "kiro_default", "reviewer", "tide-ops");
    assertThat(texts(agents, "scope"))
        .containsExactly("workspace", "global", "workspace", "builtin", "workspace", "workspace");
    assertThat(agents.get(3).get("path").isNull()).isTrue();
    assertThat(agents.get(1).get("path").asString()).isEqualTo("~/.kiro/agents/docs-writer.md");
    JsonNode reviewerDiag = agents.get(4).get("diagnostics").get(0);
    assertThat(reviewerDiag.get("code").asString()).isEqualTo("AGENT-003");
    assertThat(reviewerDiag.get("line").asInt()).isEqualTo(2);
  }

  @Test
  void agentShowsTheResolvedView() {
    Kiro4jCliTest.Run r = run(withSample("agent", "berth-planner", "--json"));
    assertThat(r.exit()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("scope").asString()).isEqualTo("workspace");
    assertThat(doc.get("prompt").asString()).startsWith("You plan berth allocations");
    List<String> tools = new ArrayList<>();
    doc.get("tools").forEach(t -> tools.add(t.asString()));
    assertThat(tools).startsWith("read", "write", "shell", "grep").contains("@git/git_status");
    JsonNode resources = doc.get("resources");
    assertThat(resources.get(0).get("files").get(0).asString()).isEqualTo("AGENTS.md");
    assertThat(resources.get(2).get("resolvedBy").asString()).isIn("unresolved", "skill");
    JsonNode fetch = named(doc.get("mcpServers"), "fetch");
    assertThat(fetch.get("layer").asString()).isEqualTo("agent");
  }

  @Test
  void unknownAgentIsAUsageError() {
    Kiro4jCliTest.Run r = run(withSample("agent", "nope"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no agent named 'nope'");
  }

  @Test
  void anAgentNamedLikeASubcommandIsShownAfterTheEndOfOptions(@TempDir Path tmp)
      throws IOException {
    Path agents = Files.createDirectories(tmp.resolve(".kiro/agents"));
    Files.writeString(agents.resolve("edit.json"), "{\"name\": \"edit\", \"description\": \"x\"}");
    Kiro4jCliTest.Run r =
        run("agent", "-w", tmp.toString(), "--user-home", tmp.toString(), "--json", "--", "edit");
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("name").asString()).isEqualTo("edit");
  }

  @Test
  void mcpConfigShowsEveryPrecedenceRule() {
    Kiro4jCliTest.Run r = run(withSample("mcp", "config", "--json"));
    assertThat(r.exit()).isZero();
    JsonNode servers = r.json().get("servers");
    assertThat(texts(servers, "name"))
        .containsExactly(
            "aws-docs",
            "everything",
            "fetch",
            "git",
            "github",
            "local-search",
            "power-harbor-db-postgres",
            "tide-api");
    assertThat(texts(servers, "layer"))
        .containsExactly(
            "workspace",
            "workspace",
            "workspace",
            "workspace",
            "global",
            "global",
            "global",
            "workspace");
    assertThat(servers.get(0).get("disabled").asBoolean()).isTrue(); // disabled by a higher layer
    assertThat(texts(servers, "transport"))
        .containsExactly("stdio", "stdio", "stdio", "stdio", "stdio", "http", "stdio", "http");
    // An installed power's registered server has the power folder as its origin (L1509-1529,
    // L1648).
    assertThat(named(servers, "power-harbor-db-postgres").get("origin").asString())
        .isEqualTo("~/.kiro/powers/harbor-db");
    JsonNode withAgent =
        run(withSample("mcp", "config", "--agent", "berth-planner", "--json")).json();
    JsonNode fetch = named(withAgent.get("servers"), "fetch");
    assertThat(fetch.get("layer").asString()).isEqualTo("agent");
    assertThat(fetch.get("origin").asString()).isEqualTo(".kiro/agents/berth-planner.json");
    assertThat(fetch.get("root").asInt()).isZero();
  }

  @Test
  void mcpConfigForAJsonAgentWithoutIncludeMcpJsonHasOnlyItsOwnServers() {
    JsonNode doc = run(withSample("mcp", "config", "--agent", "reviewer", "--json")).json();
    assertThat(doc.get("servers").size()).isZero();
  }

  @Test // an IDE subagent's tools name the workspace's servers (docs L19688, L19715)
  void mcpConfigForAMarkdownSubagentIsTheMcpJsonFilesEvenWithoutIncludeMcpJson() {
    JsonNode doc = run(withSample("mcp", "config", "--agent", "docs-writer", "--json")).json();
    assertThat(doc.get("servers").size()).isPositive();
    doc.get("servers").forEach(s -> assertThat(s.get("layer").asString()).isNotEqualTo("agent"));
    // includeMcpJson: false, and its tools name no server: it has no MCP tool.
    JsonNode agent = run(withSample("agent", "docs-writer", "--json")).json();
    agent.get("tools").forEach(t -> assertThat(t.asString()).doesNotStartWith("@"));
  }

  @Test
  void invalidAgentAndMcpFilesExitOneWithPositions(@TempDir Path tmp) throws IOException {
    Path ws = Files.createDirectories(tmp.resolve("ws"));
    Path home = Files.createDirectories(tmp.resolve("home"));
    Files.createDirectories(ws.resolve(".kiro/agents"));
    Files.createDirectories(ws.resolve(".kiro/settings"));
    Files.writeString(ws.resolve(".kiro/agents/bad.json"), "{\n  \"nmae\": \"bad\"\n}");
    Files.writeString(
        ws.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\": {\"x\": {\"command\": \"c\", \"url\": \"http://example.com\"}}}");
    String[] common = {"-w", ws.toString(), "--user-home", home.toString(), "--json"};
    Kiro4jCliTest.Run agents = run(concat(new String[] {"agents"}, common));
    assertThat(agents.exit()).isEqualTo(1);
    JsonNode d = agents.json().get("diagnostics").get(0);
    assertThat(d.get("code").asString()).isEqualTo("SCHEMA-002");
    assertThat(d.get("line").asInt()).isEqualTo(2);
    assertThat(d.get("column").asInt()).isEqualTo(3);
    Kiro4jCliTest.Run mcp = run(concat(new String[] {"mcp", "config"}, common));
    assertThat(mcp.exit()).isEqualTo(1);
    assertThat(texts(mcp.json().get("diagnostics"), "code")).containsExactly("MCP-001", "MCP-004");
    Kiro4jCliTest.Run lint = run("lint", "-w", ws.toString(), "--user-home", home.toString());
    assertThat(lint.exit()).isEqualTo(1);
    assertThat(lint.out()).contains(".kiro/agents/bad.json:2:3: error SCHEMA-002");
  }

  @Test
  void inspectCoversAgentsAndMcp() {
    Kiro4jCliTest.Run r = run("inspect");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Agents: 6 (default: berth-planner").contains("MCP servers");
    JsonNode doc = run("inspect", "--json").json();
    assertThat(doc.get("agents").get("default").asString()).isEqualTo("berth-planner");
    assertThat(doc.get("agents").get("overridden").get(0).get("path").asString())
        .isEqualTo("~/.kiro/agents/reviewer.json");
    assertThat(doc.get("mcp").get("servers").size()).isEqualTo(8);
  }

  private static JsonNode named(JsonNode servers, String name) {
    for (JsonNode s : servers) {
      if (s.get("name").asString().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("no server named " + name);
  }

  private static String[] concat(String[] a, String[] b) {
    List<String> all = new ArrayList<>(List.of(a));
    all.addAll(List.of(b));
    return all.toArray(String[]::new);
  }
}
