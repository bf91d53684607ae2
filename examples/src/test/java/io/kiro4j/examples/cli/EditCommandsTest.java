package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The editing commands: {@code mcp add/remove/enable/disable/import}, {@code agent
 * create/edit/set-default}, {@code settings}, {@code hooks enable/disable}. Each test is one rule
 * of the docs or of docs/editing.md, and checks the file bytes, not only the exit code.
 */
class EditCommandsTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path tmp;
  private Path ws;
  private Path home;

  @BeforeEach
  void dirs() throws IOException {
    ws = Files.createDirectories(tmp.resolve("ws"));
    home = Files.createDirectories(tmp.resolve("home"));
  }

  private Kiro4jCliTest.Run run(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("-w", ws.toString(), "--user-home", home.toString()));
    return Kiro4jCliTest.run(all.toArray(String[]::new));
  }

  private Path workspaceMcp() {
    return ws.resolve(".kiro/settings/mcp.json");
  }

  private Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    return file;
  }

  private static JsonNode read(Path file) throws IOException {
    return JSON.readTree(Files.readString(file));
  }

  // ---- mcp ------------------------------------------------------------------------------------

  @Test
  void mcpAddSplitsTheCommandAsAShellSplitsWordsWithoutExpansionAndKeepsTheRestOfTheFile()
      throws IOException {
    String before =
        "{\r\n    // my servers\r\n    \"mcpServers\": {\r\n        \"a\": {\"command\": \"x\"}\r\n    }\r\n}\r\n";
    write(workspaceMcp(), before);

    Kiro4jCliTest.Run r =
        run(
            "mcp",
            "add",
            "--scope",
            "workspace",
            "--name",
            "git",
            "--command",
            "uvx 'mcp server' --repo \"$HOME/x\" ${TOKEN}",
            "--env",
            "A=1,B=2",
            "--timeout",
            "5000");

    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    String after = Files.readString(workspaceMcp());
    assertThat(after)
        .startsWith(
            "{\r\n    // my servers\r\n    \"mcpServers\": {\r\n        \"a\": {\"command\": \"x\"},\r\n        \"git\": {\r\n            \"command\": \"uvx\",")
        .endsWith("\r\n    }\r\n}\r\n")
        .doesNotContain("\r\r")
        .doesNotContainPattern("[^\r]\n");
    JsonNode git = JSON.readTree(after.replace("// my servers", "")).at("/mcpServers/git");
    assertThat(git.get("args").toString())
        .isEqualTo("[\"mcp server\",\"--repo\",\"$HOME/x\",\"${TOKEN}\"]");
    assertThat(git.get("env").toString()).isEqualTo("{\"A\":\"1\",\"B\":\"2\"}");
    assertThat(git.get("timeout").asLong()).isEqualTo(5000);
  }

  @Test
  void mcpAddWritesTheGlobalFileByDefaultAsKiroCliDoes() throws IOException {
    Kiro4jCliTest.Run r =
        run(
            "mcp",
            "add",
            "--name",
            "remote",
            "--url",
            "https://example.com/mcp",
            "--header",
            "X-Team=core");

    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(r.out()).contains("created");
    Path global = home.resolve(".kiro/settings/mcp.json");
    assertThat(read(global).at("/mcpServers/remote/headers/X-Team").asString()).isEqualTo("core");
    assertThat(Files.exists(workspaceMcp())).isFalse();
  }

  @Test
  void aSecondServerOfTheSameNameIsRefusedWithoutForceAndTheFileIsUntouched() throws IOException {
    String before = "{\"mcpServers\": {\"git\": {\"command\": \"old\"}}}";
    write(workspaceMcp(), before);

    Kiro4jCliTest.Run refused =
        run("mcp", "add", "--scope", "workspace", "--name", "git", "--command", "new", "--json");
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.json().path("outcome").asString()).isEqualTo("refused");
    assertThat(refused.json().path("diagnostics").get(0).path("code").asString())
        .isEqualTo("CONF-001");
    assertThat(Files.readString(workspaceMcp())).isEqualTo(before);

    Kiro4jCliTest.Run forced =
        run("mcp", "add", "--scope", "workspace", "--name", "git", "--command", "new", "--force");
    assertThat(forced.exit()).isZero();
    assertThat(Files.readString(workspaceMcp()))
        .isEqualTo("{\"mcpServers\": {\"git\": {\"command\": \"new\", \"args\": []}}}");
  }

  @Test
  void aCommandThatIsNotOneProgramIsRefused() throws IOException {
    Kiro4jCliTest.Run r =
        run("mcp", "add", "--scope", "workspace", "--name", "p", "--command", "cat x | sh");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("CONF-003").contains("pipeline");
    assertThat(Files.exists(workspaceMcp())).isFalse();
  }

  @Test
  void anEntryLintWouldRejectIsRefusedWithLintsCode() throws IOException {
    Kiro4jCliTest.Run r =
        run(
            "mcp",
            "add",
            "--scope",
            "workspace",
            "--name",
            "plain",
            "--url",
            "http://example.com/mcp");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("MCP-004");
    assertThat(Files.exists(workspaceMcp())).isFalse();
  }

  @Test
  void removeTakesTheServerAndItsSeparatorAndRefusesAnUnknownName() throws IOException {
    write(
        workspaceMcp(),
        "{\n  \"mcpServers\": {\n    \"a\": {},\n    \"b\": {\"url\": \"https://x\"}\n  }\n}\n");

    assertThat(run("mcp", "remove", "--scope", "workspace", "--name", "a").exit()).isZero();
    assertThat(Files.readString(workspaceMcp()))
        .isEqualTo("{\n  \"mcpServers\": {\n    \"b\": {\"url\": \"https://x\"}\n  }\n}\n");

    Kiro4jCliTest.Run missing = run("mcp", "remove", "--scope", "workspace", "--name", "zzz");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.out()).contains("CONF-002");
  }

  @Test
  void disableSetsDisabledAndEnableClearsItAgain() throws IOException {
    write(workspaceMcp(), "{\"mcpServers\": {\"a\": {\"command\": \"x\"}}}\n");

    assertThat(run("mcp", "disable", "--scope", "workspace", "--name", "a").exit()).isZero();
    assertThat(Files.readString(workspaceMcp()))
        .isEqualTo("{\"mcpServers\": {\"a\": {\"command\": \"x\", \"disabled\": true}}}\n");
    Kiro4jCliTest.Run again = run("mcp", "disable", "--scope", "workspace", "--name", "a");
    assertThat(again.out()).contains("unchanged");

    assertThat(run("mcp", "enable", "--scope", "workspace", "--name", "a").exit()).isZero();
    assertThat(read(workspaceMcp()).at("/mcpServers/a/disabled").asBoolean()).isFalse();
  }

  @Test
  void importCopiesAnotherToolsMcpServersAllOrNothing() throws IOException {
    Path claude =
        write(
            tmp.resolve("claude_desktop_config.json"),
            "{\"mcpServers\": {\"fs\": {\"command\": \"npx\", \"args\": [\"-y\", \"server-fs\"]},"
                + " \"git\": {\"command\": \"uvx\", \"args\": [\"mcp-server-git\"]}}}");
    write(workspaceMcp(), "{\"mcpServers\": {\"git\": {\"command\": \"mine\"}}}");

    Kiro4jCliTest.Run clash = run("mcp", "import", claude.toString(), "--scope", "workspace");
    assertThat(clash.exit()).isEqualTo(1);
    assertThat(read(workspaceMcp()).at("/mcpServers/fs").isMissingNode()).isTrue();

    Kiro4jCliTest.Run forced =
        run("mcp", "import", claude.toString(), "--scope", "workspace", "--force");
    assertThat(forced.exit()).as(forced.out()).isZero();
    assertThat(read(workspaceMcp()).at("/mcpServers/fs/args/1").asString()).isEqualTo("server-fs");
    assertThat(read(workspaceMcp()).at("/mcpServers/git/command").asString()).isEqualTo("uvx");
  }

  @Test
  void aFileThatDoesNotParseIsNeverRewritten() throws IOException {
    String broken = "{\"mcpServers\": {\"a\": }";
    write(workspaceMcp(), broken);

    Kiro4jCliTest.Run r =
        run("mcp", "add", "--scope", "workspace", "--name", "b", "--command", "x");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("EDIT-001").contains("JSON-001");
    assertThat(Files.readString(workspaceMcp())).isEqualTo(broken);
  }

  // ---- agents ---------------------------------------------------------------------------------

  @Test
  void agentCreateWritesAValidSkeletonWithTheSchemaReference() throws IOException {
    Kiro4jCliTest.Run r = run("agent", "create", "reviewer", "--scope", "workspace");

    assertThat(r.exit()).as(r.out()).isZero();
    JsonNode agent = read(ws.resolve(".kiro/agents/reviewer.json"));
    assertThat(agent.path("$schema").asString()).contains("agent-v1.json");
    assertThat(agent.path("name").asString()).isEqualTo("reviewer");
    Kiro4jCliTest.Run shown = run("agent", "reviewer", "--json");
    assertThat(shown.exit()).as(shown.out()).isZero();
  }

  @Test
  void agentCreateRefusesAnExistingAgentAndCopiesWithFrom() throws IOException {
    Path source =
        write(
            ws.resolve(".kiro/agents/base.json"),
            "{\n  \"name\": \"base\", // the base\n  \"tools\": [\"read\"]\n}\n");
    String original = Files.readString(source);

    assertThat(run("agent", "create", "base", "--scope", "workspace").exit()).isEqualTo(1);
    assertThat(Files.readString(source)).isEqualTo(original);

    assertThat(run("agent", "create", "copy", "--from", "base").exit()).isZero();
    assertThat(Files.readString(home.resolve(".kiro/agents/copy.json")))
        .isEqualTo("{\n  \"name\": \"copy\", // the base\n  \"tools\": [\"read\"]\n}\n");
  }

  @Test
  void agentEditAddsAndRemovesToolsAllowedToolsAndResources() throws IOException {
    Path file =
        write(
            ws.resolve(".kiro/agents/dev.json"),
            "{\n  \"name\": \"dev\",\n  \"tools\": [\"read\", \"shell\"],\n  \"description\": \"d\"\n}\n");

    Kiro4jCliTest.Run r =
        run(
            "agent",
            "edit",
            "dev",
            "--scope",
            "workspace",
            "--add-tool",
            "write",
            "--remove-tool",
            "shell",
            "--allow",
            "read",
            "--add-resource",
            "file://README.md");

    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(Files.readString(file))
        .isEqualTo(
            "{\n  \"name\": \"dev\",\n  \"tools\": [\"read\", \"write\"],\n  \"description\": \"d\",\n"
                + "  \"allowedTools\": [\"read\"],\n  \"resources\": [\"file://README.md\"]\n}\n");
  }

  @Test
  void agentEditRefusesAResultThatIsNotAValidAgent() throws IOException {
    Path file =
        write(ws.resolve(".kiro/agents/dev.json"), "{\"name\": \"dev\", \"tools\": \"read\"}");
    String before = Files.readString(file);

    Kiro4jCliTest.Run r = run("agent", "edit", "dev", "--scope", "workspace", "--allow", "@@");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(Files.readString(file)).isEqualTo(before);
  }

  @Test
  void setDefaultWritesChatDefaultAgentAndInspectShowsItAsAgentsDefault() throws IOException {
    write(ws.resolve(".kiro/agents/dev.json"), "{\"name\": \"dev\"}");

    Kiro4jCliTest.Run r = run("agent", "set-default", "dev");

    assertThat(r.exit()).as(r.out()).isZero();
    assertThat(read(home.resolve(".kiro/settings/cli.json")).path("chat.defaultAgent").asString())
        .isEqualTo("dev");
    assertThat(run("inspect", "--json").json().at("/agents/default").asString()).isEqualTo("dev");
    assertThat(run("agent", "set-default", "nobody").exit()).isEqualTo(1);
  }

  // ---- settings -------------------------------------------------------------------------------

  @Test
  void settingsSetGetAndDeleteADocumentedKeyTyped() throws IOException {
    assertThat(run("settings", "chat.enableThinking", "true").exit()).isZero();
    assertThat(run("settings", "api.timeout", "60").exit()).isZero();
    assertThat(run("settings", "knowledge.defaultIncludePatterns", "[\"*.py\", \"*.js\"]").exit())
        .isZero();
    JsonNode file = read(home.resolve(".kiro/settings/cli.json"));
    assertThat(file.path("chat.enableThinking").isBoolean()).isTrue();
    assertThat(file.path("api.timeout").isNumber()).isTrue();
    assertThat(file.path("knowledge.defaultIncludePatterns").isArray()).isTrue();

    assertThat(run("settings", "api.timeout").out().strip()).isEqualTo("60");
    assertThat(run("settings", "--delete", "api.timeout").exit()).isZero();
    assertThat(read(home.resolve(".kiro/settings/cli.json")).has("api.timeout")).isFalse();
  }

  @Test
  void aValueOfTheWrongTypeIsRefusedAndAnUnknownKeyIsWarnedNotRefused() throws IOException {
    Kiro4jCliTest.Run wrong = run("settings", "telemetry.enabled", "True");
    assertThat(wrong.exit()).isEqualTo(1);
    assertThat(wrong.out()).contains("CONF-009");
    assertThat(Files.exists(home.resolve(".kiro/settings/cli.json"))).isFalse();

    Kiro4jCliTest.Run unknown = run("settings", "my.own", "x");
    assertThat(unknown.exit()).isZero();
    assertThat(unknown.out()).contains("CONF-008");
    assertThat(read(home.resolve(".kiro/settings/cli.json")).path("my.own").asString())
        .isEqualTo("x");
  }

  @Test
  void settingsListShowsTheFileAndAllAddsEveryDocumentedKey() throws IOException {
    write(home.resolve(".kiro/settings/cli.json"), "{\"chat.defaultModel\": \"m\"}");

    assertThat(run("settings", "list").out()).contains("chat.defaultModel = m");
    JsonNode all = run("settings", "list", "--all", "--format", "json").json();
    assertThat(all.path("schema").asInt()).isEqualTo(1);
    assertThat(all.at("/settings/chat.defaultModel").asString()).isEqualTo("m");
    assertThat(all.path("documented").size()).isGreaterThan(30);
  }

  // ---- hooks ----------------------------------------------------------------------------------

  @Test
  void hooksDisableSetsEnabledFalseAndAnUnknownHookIsRefused() throws IOException {
    Path hook =
        write(
            ws.resolve(".kiro/hooks/lint.kiro.hook"),
            "{\n  \"enabled\": true,\n  \"name\": \"Lint\",\n  \"when\": {\"type\": \"userTriggered\"},\n"
                + "  \"then\": {\"type\": \"runCommand\", \"command\": \"make lint\"}\n}\n");

    assertThat(run("hooks", "disable", "--name", "lint").exit()).isZero();
    assertThat(Files.readString(hook))
        .startsWith("{\n  \"enabled\": false,\n  \"name\": \"Lint\",");
    assertThat(run("hooks", "enable", "--name", "Lint").exit()).isZero();
    assertThat(read(hook).path("enabled").asBoolean()).isTrue();

    Kiro4jCliTest.Run missing = run("hooks", "disable", "--name", "nope");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.out()).contains("CONF-007");
  }

  @Test
  void aSymbolicLinkIsNeverWrittenThrough() throws IOException {
    Path target = write(tmp.resolve("elsewhere.json"), "{\"mcpServers\": {}}");
    Files.createDirectories(workspaceMcp().getParent());
    Files.createSymbolicLink(workspaceMcp(), target);

    Kiro4jCliTest.Run r =
        run("mcp", "add", "--scope", "workspace", "--name", "a", "--command", "x");

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("CONF-011");
    assertThat(Files.isSymbolicLink(workspaceMcp())).isTrue();
    assertThat(Files.readString(target)).isEqualTo("{\"mcpServers\": {}}");
  }
}
