package io.kiro4j.core.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.json.JsonSyntax;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class McpConfigTest {

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void setUp() throws IOException {
    root = Files.createDirectories(tmp.resolve("project"));
    home = Files.createDirectories(tmp.resolve("home"));
  }

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private void workspaceMcp(String json) throws IOException {
    write(root.resolve(".kiro/settings/mcp.json"), json);
  }

  private void globalMcp(String json) throws IOException {
    write(home.resolve(".kiro/settings/mcp.json"), json);
  }

  private void agent(String json) throws IOException {
    write(root.resolve(".kiro/agents/a.json"), json);
  }

  private Workspace open(Map<String, String> env, Path... roots) {
    return Kiro.open(
        WorkspaceOptions.builder()
            .roots(roots.length == 0 ? List.of(root) : List.of(roots))
            .userHome(home)
            .environment(Environment.of(env))
            .build());
  }

  private McpConfig forAgent(Workspace ws) {
    Agent a = AgentSet.of(ws).find("a").orElseThrow();
    return McpConfig.of(ws, a);
  }

  private static List<String> codes(List<Diagnostic> ds) {
    return ds.stream().map(Diagnostic::code).toList();
  }

  @Test
  void sameNamedEntryOfAHigherLayerReplacesTheWholeLowerEntry() throws IOException {
    agent("{\"includeMcpJson\": true, \"mcpServers\": {\"fetch\": {\"command\": \"fetch-v2\"}}}");
    workspaceMcp("{\"mcpServers\": {\"fetch\": {\"command\": \"fetch-v1\", \"args\": [\"-x\"]}}}");
    globalMcp("{\"mcpServers\": {\"fetch\": {\"command\": \"fetch-old\"}}}");
    McpConfig c = forAgent(open(Map.of()));
    assertThat(c.servers()).hasSize(1);
    McpServer fetch = c.servers().get(0);
    assertThat(fetch.config().command()).contains("fetch-v2");
    assertThat(fetch.config().args()).isEmpty(); // no field-level merge
    assertThat(fetch.layer()).isEqualTo(McpLayer.AGENT);
    assertThat(codes(c.diagnostics())).containsExactly("MCP-006", "MCP-006");
    assertThat(c.overridden())
        .extracting(McpServer::layer)
        .containsExactly(McpLayer.GLOBAL, McpLayer.WORKSPACE);
  }

  @Test
  void differentlyNamedServersOfAllLayersAreAllUsed() throws IOException {
    agent("{\"includeMcpJson\": true, \"mcpServers\": {\"fetch\": {\"command\": \"f\"}}}");
    workspaceMcp("{\"mcpServers\": {\"git\": {\"command\": \"g\"}}}");
    globalMcp("{\"mcpServers\": {\"aws\": {\"command\": \"a\"}}}");
    McpConfig c = forAgent(open(Map.of()));
    assertThat(c.servers()).extracting(McpServer::name).containsExactly("aws", "fetch", "git");
    assertThat(c.servers())
        .extracting(McpServer::layer)
        .containsExactly(McpLayer.GLOBAL, McpLayer.AGENT, McpLayer.WORKSPACE);
  }

  @Test
  void disabledInAHigherLayerTurnsTheServerOff() throws IOException {
    agent(
        "{\"includeMcpJson\": true, \"mcpServers\": {\"fetch\": {\"command\": \"f\", \"disabled\": true}}}");
    workspaceMcp("{\"mcpServers\": {\"fetch\": {\"command\": \"f\"}}}");
    McpConfig c = forAgent(open(Map.of()));
    assertThat(c.server("fetch").orElseThrow().disabled()).isTrue();
    assertThat(c.enabledServers()).isEmpty();
  }

  @Test
  void disabledOnlyFragmentInAHigherFileIsLegal() throws IOException {
    workspaceMcp("{\"mcpServers\": {\"fetch\": {\"disabled\": true}}}");
    globalMcp(
        "{\"mcpServers\": {\"fetch\": {\"command\": \"uvx\", \"args\": [\"mcp-server-fetch\"]}}}");
    McpConfig c = McpConfig.of(open(Map.of()));
    assertThat(c.server("fetch").orElseThrow().disabled()).isTrue();
    assertThat(codes(c.diagnostics())).containsExactly("MCP-006");
  }

  @Test
  void agentWithoutIncludeMcpJsonHasOnlyItsOwnServers() throws IOException {
    agent("{\"mcpServers\": {\"fetch\": {\"command\": \"f\"}}}");
    workspaceMcp("{\"mcpServers\": {\"git\": {\"command\": \"g\"}}}");
    assertThat(forAgent(open(Map.of())).servers())
        .extracting(McpServer::name)
        .containsExactly("fetch");
  }

  @Test
  void legacySwitchAlsoIncludesTheFiles() throws IOException {
    agent("{\"useLegacyMcpJson\": true}");
    workspaceMcp("{\"mcpServers\": {\"git\": {\"command\": \"g\"}}}");
    assertThat(forAgent(open(Map.of())).servers())
        .extracting(McpServer::name)
        .containsExactly("git");
  }

  @Test
  void inMultiRootWorkspacesTheLastDefiningRootWins() throws IOException {
    Path second = Files.createDirectories(tmp.resolve("second"));
    workspaceMcp("{\"mcpServers\": {\"git\": {\"command\": \"first\"}}}");
    write(
        second.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\": {\"git\": {\"command\": \"second\"}}}");
    McpConfig config = McpConfig.of(open(Map.of(), root, second));
    McpServer git = config.server("git").orElseThrow();
    assertThat(config.workingDirectory()).isEqualTo(root.toRealPath());
    assertThat(git.config().command()).contains("second");
    assertThat(git.root()).hasValue(1);
  }

  @Test
  void entryWithNeitherCommandNorUrlIsAnErrorOnceEffective() throws IOException {
    workspaceMcp("{\"mcpServers\": {\"x\": {\"env\": {\"A\": \"1\"}}}}");
    McpConfig c = McpConfig.of(open(Map.of()));
    Diagnostic d = c.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("MCP-002");
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.column()).isEqualTo(17);
  }

  @Test
  void entryWithBothCommandAndUrlIsAnError() throws IOException {
    workspaceMcp("{\"mcpServers\": {\"x\": {\"command\": \"c\", \"url\": \"https://x\"}}}");
    assertThat(codes(McpConfig.of(open(Map.of())).diagnostics())).containsExactly("MCP-001");
  }

  @Test
  void unknownKeysAreWarnedNotFatal() throws IOException {
    workspaceMcp(
        "{\"$schema\": \"s\", \"extra\": 1, \"mcpServers\": {\"m\": {\"command\": \"c\", \"enabled\": true}}}");
    McpConfig c = McpConfig.of(open(Map.of()));
    assertThat(codes(c.diagnostics())).containsExactly("MCP-003", "MCP-003");
    assertThat(c.server("m").orElseThrow().config().other()).containsKey("enabled");
  }

  @Test // real files: a template's notes next to mcpServers (issue 14)
  void notesForReadersAreInfoAtTheTopAndInAnEntry() throws IOException {
    workspaceMcp(
        "{\"_comment\": \"how to use\", \"//\": \"note\", \"mcpServers\": {\"m\": {\"command\":"
            + " \"c\", \"_usage\": \"run it\"}}}");
    McpConfig c = McpConfig.of(open(Map.of()));
    assertThat(codes(c.diagnostics())).containsExactly("MCP-008", "MCP-008", "MCP-008");
    assertThat(c.diagnostics())
        .extracting(Diagnostic::message)
        .contains("'_comment' is a note for readers; Kiro ignores it");
  }

  @Test // keys other MCP clients write (issue 14)
  void descriptiveKeysOfOtherClientsAreInfoAndMisnamedKeysAreToldKirosName() throws IOException {
    workspaceMcp(
        "{\"mcpServers\": {\"m\": {\"command\": \"c\", \"description\": \"d\", \"transport\":"
            + " \"stdio\", \"alwaysAllow\": [\"x\"]},"
            + " \"r\": {\"url\": \"https://r.test\", \"header\": {\"A\": \"b\"}}}}");
    McpConfig c = McpConfig.of(open(Map.of()));
    assertThat(codes(c.diagnostics())).containsExactly("MCP-008", "MCP-008", "MCP-003", "MCP-003");
    assertThat(c.diagnostics())
        .extracting(Diagnostic::message)
        .contains(
            "unknown key 'alwaysAllow' in MCP server entry; ignored (Kiro's key is 'autoApprove')",
            "unknown key 'header' in MCP server entry; ignored (Kiro's key is 'headers')");
  }

  @Test
  void remoteUrlsMustBeHttpsExceptForLocalhost() {
    assertThat(McpServerConfig.isAllowedRemoteUrl("https://api.example.com/mcp")).isTrue();
    assertThat(McpServerConfig.isAllowedRemoteUrl("http://localhost:8080/mcp")).isTrue();
    assertThat(McpServerConfig.isAllowedRemoteUrl("http://127.0.0.1:3000")).isTrue();
    assertThat(McpServerConfig.isAllowedRemoteUrl("http://[::1]:3000/mcp")).isTrue();
    assertThat(McpServerConfig.isAllowedRemoteUrl("http://example.com/mcp")).isFalse();
    assertThat(McpServerConfig.isAllowedRemoteUrl("ftp://example.com")).isFalse();
    assertThat(McpServerConfig.isAllowedRemoteUrl("not a url")).isFalse();
  }

  @Test
  void malformedFileIsReportedAndOtherLayersStillLoad() throws IOException {
    workspaceMcp("{\"mcpServers\": {");
    globalMcp("{\"mcpServers\": {\"aws\": {\"command\": \"a\", \"args\": \"-y\"}}}");
    McpConfig c = McpConfig.of(open(Map.of()));
    assertThat(codes(c.diagnostics())).containsExactlyInAnyOrder("SCHEMA-001", "JSON-001");
    assertThat(c.servers()).extracting(McpServer::name).containsExactly("aws");
  }

  @Test
  void unreadableFileIsReportedAndOtherLayersStillLoad() throws IOException {
    write(root.resolve(".kiro/settings/mcp.json"), "x");
    Files.write(root.resolve(".kiro/settings/mcp.json"), new byte[] {(byte) 0xc3, 0x28});
    globalMcp("{\"mcpServers\": {\"aws\": {\"command\": \"a\"}}}");
    McpConfig c = McpConfig.of(open(Map.of()));
    assertThat(codes(c.diagnostics())).containsExactly("CORE-002");
    assertThat(c.servers()).extracting(McpServer::name).containsExactly("aws");
  }

  @Test
  void fileWithoutMcpServersIsWarned() throws IOException {
    workspaceMcp("{}");
    assertThat(codes(McpConfig.of(open(Map.of())).diagnostics())).containsExactly("MCP-005");
  }

  @Test
  void agentServersExpandEverySetVariable() throws IOException {
    agent(
        "{\"mcpServers\": {\"api\": {\"url\": \"https://${HOST}/mcp\","
            + " \"headers\": {\"Authorization\": \"Bearer ${API_TOKEN}\"}}}}");
    McpServer api =
        forAgent(open(Map.of("HOST", "api.example.com", "API_TOKEN", "t0k"))).servers().get(0);
    assertThat(api.config().url()).contains("https://api.example.com/mcp");
    assertThat(api.config().headers()).containsEntry("Authorization", "Bearer t0k");
    assertThat(api.config().toString()).doesNotContain("t0k");
  }

  @Test
  void variablesExpandInCommandAndArgs() throws IOException {
    agent(
        "{\"mcpServers\": {\"tool\": {\"command\": \"${TOOLS}/srv\","
            + " \"args\": [\"--data\", \"${DATA}/db\", \"${UNSET_X}\"]}}}");
    McpServer tool = forAgent(open(Map.of("TOOLS", "/opt/t", "DATA", "/var/d"))).servers().get(0);
    assertThat(tool.config().command()).contains("/opt/t/srv");
    assertThat(tool.config().args()).containsExactly("--data", "/var/d/db", "${UNSET_X}");
  }

  @Test
  void mcpJsonExpandsOnlyApprovedVariablesUnderTheIdePolicy() throws IOException {
    workspaceMcp(
        "{\"mcpServers\": {\"web\": {\"command\": \"npx\", \"env\": {\"KEY\": \"${BRAVE_API_KEY}\", \"O\": \"${OTHER}\"}}}}");
    Workspace ws = open(Map.of("BRAVE_API_KEY", "k", "OTHER", "o"));
    McpConfig c =
        McpConfig.load(
            ws,
            Optional.empty(),
            new McpOptions(JsonSyntax.STRICT, Set.of("BRAVE_API_KEY"), false));
    assertThat(c.servers().get(0).config().env())
        .containsEntry("KEY", "k")
        .containsEntry("O", "${OTHER}");
    assertThat(codes(c.diagnostics())).containsExactly("VAR-002");
    McpConfig cli =
        McpConfig.load(ws, Optional.empty(), new McpOptions(JsonSyntax.STRICT, Set.of(), true));
    assertThat(cli.servers().get(0).config().env()).containsEntry("O", "o");
  }

  @Test
  void installedPowersServersBelongToTheUserLayerWithThePowerFolderAsOrigin() throws IOException {
    Files.createDirectories(home.resolve(".kiro/powers/installed/supabase"));
    globalMcp("{\"mcpServers\": {\"power-supabase-supabase-local\": {\"command\": \"npx\"}}}");
    McpServer s = McpConfig.of(open(Map.of())).servers().get(0);
    assertThat(s.layer()).isEqualTo(McpLayer.GLOBAL);
    assertThat(s.origin().getFileName()).hasToString("supabase");
  }

  @Test
  void autoApproveStarApprovesEveryToolButDisabledToolsWin() {
    McpServerConfig c =
        new McpServerConfig(
            Optional.of("c"),
            List.of(),
            Map.of(),
            Optional.empty(),
            Map.of(),
            Optional.empty(),
            false,
            List.of("*"),
            List.of("delete_repository"),
            java.util.OptionalLong.empty(),
            Map.of());
    assertThat(c.isAutoApproved("get_issue")).isTrue();
    assertThat(c.isAutoApproved("delete_repository")).isFalse();
  }

  @Test
  void modelToolNamesAreSanitisedAndCollisionsSuffixed() {
    Map<String, String> names =
        ModelToolNames.assign(
            List.of(
                "@git/status",
                "@my-db/run.query",
                "@mydb/runquery",
                "@x/1a",
                "@github-mcp/get_issues"),
            Map.of("@github-mcp/get_issues", "github_issues"));
    assertThat(names)
        .containsEntry("@git/status", "git___status")
        .containsEntry("@my-db/run.query", "mydb___runquery")
        .containsEntry("@mydb/runquery", "mydb___runquery1")
        .containsEntry("@github-mcp/get_issues", "github_issues");
    names.values().forEach(n -> assertThat(ModelToolNames.isValid(n)).as(n).isTrue());
    String longName = "@" + "s".repeat(40) + "/" + "t".repeat(40);
    assertThat(ModelToolNames.assign(List.of(longName), Map.of()).get(longName)).hasSize(64);
  }

  @Test // docs L1899: use ${VAR} references instead of hardcoding (issue 14)
  void literalSecretsInEnvHeadersArgsAndUrlAreWarnedWithoutTheValue() throws IOException {
    String token = io.kiro4j.core.internal.secret.FakeSecrets.githubToken();
    String random = io.kiro4j.core.internal.secret.FakeSecrets.randomValue();
    workspaceMcp(
        "{\"mcpServers\": {\n"
            + "  \"github\": {\"command\": \"gh-mcp\",\n"
            + "    \"env\": {\"GITHUB_PERSONAL_ACCESS_TOKEN\": \""
            + token
            + "\", \"OK\": \"${GITHUB_TOKEN}\"}},\n"
            + "  \"search\": {\"command\": \"npx\", \"args\": [\"search-mcp\", \"--api-key\", \""
            + random
            + "\"]},\n"
            + "  \"docs\": {\"url\": \"https://docs.test/mcp?apiKey="
            + random
            + "\", \"headers\": {\"Authorization\": \"Bearer "
            + random
            + "\"}}}}");
    List<Diagnostic> ds =
        McpConfig.of(open(Map.of())).diagnostics().stream()
            .filter(d -> d.code().equals("SECRET-001"))
            .toList();
    assertThat(ds)
        .extracting(Diagnostic::message)
        .allSatisfy(m -> assertThat(m).doesNotContain(token).doesNotContain(random))
        .anySatisfy(
            m ->
                assertThat(m)
                    .startsWith("env.GITHUB_PERSONAL_ACCESS_TOKEN holds what looks like a GitHub")
                    .contains("${GITHUB_PERSONAL_ACCESS_TOKEN}"))
        .anySatisfy(m -> assertThat(m).startsWith("args[2] holds what looks like a literal key"))
        .anySatisfy(m -> assertThat(m).startsWith("the url holds"))
        .anySatisfy(m -> assertThat(m).startsWith("headers.Authorization holds"));
    assertThat(ds).hasSize(4).allMatch(d -> d.severity().label().equals("warning"));
    assertThat(ds.get(0).line()).isEqualTo(3);
  }

  @Test
  void aLiteralSecretInTheUsersOwnMcpJsonIsOnlyAnInfo() throws IOException {
    globalMcp(
        "{\"mcpServers\": {\"gh\": {\"command\": \"x\", \"env\": {\"GITHUB_TOKEN\": \""
            + io.kiro4j.core.internal.secret.FakeSecrets.githubToken()
            + "\"}}}}");
    assertThat(McpConfig.of(open(Map.of())).diagnostics())
        .filteredOn(d -> d.code().equals("SECRET-001"))
        .singleElement()
        .matches(d -> d.severity().label().equals("info"));
  }
}
