package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code kiro4j check --terminal} per the CLI contract. */
class CheckCommandTest {

  static Kiro4jCliTest.Run run(String... args) {
    return Kiro4jCliTest.run(args);
  }

  @Test
  void terminalDenylistMeansAsk(@TempDir Path dir) {
    Kiro4jCliTest.Run r =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.toString(),
            "--terminal",
            "git push --force",
            "--trusted",
            "git *",
            "--denied",
            "--force",
            "--json");
    assertThat(r.exit()).isZero();
    JsonNode j = r.json();
    assertThat(j.get("schema").asInt()).isEqualTo(1);
    assertThat(j.get("decision").asString()).isEqualTo("ask");
    assertThat(j.get("reasons").get(0).get("code").asString()).isEqualTo("COMMAND_DENYLIST");
    assertThat(j.get("reasons").get(0).get("source").asString()).isEqualTo("--denied");
  }

  @Test
  void terminalStrictModeChecksEveryPart(@TempDir Path dir) {
    Kiro4jCliTest.Run kiro =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.toString(),
            "--terminal",
            "npm install && docker build .",
            "--trusted",
            "npm *",
            "--json");
    assertThat(kiro.json().get("decision").asString()).isEqualTo("allow");
    Kiro4jCliTest.Run strict =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.toString(),
            "--terminal",
            "npm install && docker build .",
            "--trusted",
            "npm *",
            "--mode",
            "strict",
            "--json");
    assertThat(strict.json().get("decision").asString()).isEqualTo("ask");
    assertThat(strict.json().get("reasons").get(0).get("source").isNull()).isTrue();
  }

  @Test
  void terminalReadsWorkspaceSettings(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".vscode"));
    Files.writeString(
        dir.resolve(".vscode/settings.json"), "{\"kiroAgent.trustedCommands\": [\"make *\"]}");
    Kiro4jCliTest.Run r =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.toString(),
            "--terminal",
            "make test");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("allow").contains("kiroAgent.trustedCommands[0]");
  }

  @Test
  void badModeIsAUsageError(@TempDir Path dir) {
    assertThat(run("check", "-w", dir.toString(), "--terminal", "ls", "--mode", "lax").exit())
        .isEqualTo(2);
    assertThat(run("check", "-w", dir.toString()).exit()).isEqualTo(2);
  }

  static Path agentWorkspace(Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".kiro/agents"));
    Files.writeString(
        dir.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"description\": \"d\", \"tools\": [\"shell\", \"read\"],"
            + " \"toolsSettings\": {\"shell\": {\"deniedCommands\": [\"git push .*--force.*\"],"
            + " \"allowedCommands\": [\"cd .*\", \"npm test\"]}}}");
    return dir;
  }

  @Test
  void singleCallIsDecidedWithReasons(@TempDir Path dir) throws IOException {
    agentWorkspace(dir);
    Kiro4jCliTest.Run r =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.toString(),
            "--agent",
            "dev",
            "--tool",
            "shell",
            "--input",
            "{\"command\": \"cd x && git push --force\"}",
            "--json");
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("decision").asString()).isEqualTo("deny");
    assertThat(r.json().get("reasons").get(0).get("pointer").asString())
        .isEqualTo("/toolsSettings/shell/deniedCommands/0");
    Kiro4jCliTest.Run trusted =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.toString(),
            "--agent",
            "dev",
            "--tool",
            "shell",
            "--input",
            "{\"command\": \"make\"}",
            "--trust",
            "shell",
            "--json");
    assertThat(trusted.json().get("decision").asString()).isEqualTo("allow");
  }

  @Test
  void batchWritesOneLinePerCallAndExitsTwoOnABadLine(@TempDir Path dir) throws IOException {
    agentWorkspace(dir);
    Path calls = dir.resolve("calls.jsonl");
    Files.writeString(
        calls,
        "{\"agent\": \"dev\", \"tool\": \"shell\", \"input\": {\"command\": \"npm test\"}}\n"
            + "\n"
            + "not json\n"
            + "{\"agent\": \"dev\", \"tool\": \"read\", \"input\": {\"operations\": [{\"mode\": \"Line\","
            + " \"path\": \"/etc/hosts\"}]}}\n");
    Kiro4jCliTest.Run r =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.toString(),
            "--batch",
            calls.toString());
    assertThat(r.exit()).isEqualTo(2);
    String[] lines = r.out().strip().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("\"decision\":\"allow\"");
    assertThat(lines[1]).contains("\"decision\":null").contains("\"line\":3");
    assertThat(lines[2]).contains("\"decision\":\"ask\"").contains("\"code\":\"DEFAULT\"");
  }

  @Test
  void inspectPrintsTheDecisionTableOfTheSampleGuardAgent() {
    Kiro4jCliTest.Run r = run(Kiro4jCliTest.withSample("inspect", "--json"));
    assertThat(r.exit()).isZero();
    JsonNode rows = r.json().get("permissions").get("decisions");
    assertThat(rows.get(0).get("decision").asString()).isEqualTo("allow");
    assertThat(rows.get(1).get("decision").asString()).isEqualTo("deny");
    assertThat(rows.get(12).get("decision").asString()).isEqualTo("deny");
    Kiro4jCliTest.Run text = run(Kiro4jCliTest.withSample("inspect"));
    assertThat(text.out()).contains("Permissions (agent 'guard'");
  }

  // ---- hostile or malformed tool input is decided, never a stack trace (issue 13, item 1) -----

  static Kiro4jCliTest.Run checkTool(Path dir, String tool, String input, String... more) {
    java.util.List<String> args =
        new java.util.ArrayList<>(
            java.util.List.of(
                "check",
                "-w",
                dir.toString(),
                "--user-home",
                dir.resolve("home").toString(),
                "--agent",
                "dev",
                "--tool",
                tool,
                "--input",
                input));
    args.addAll(java.util.List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void aNulInAToolInputPathIsADenyNotAStackTrace(@TempDir Path dir) throws IOException {
    agentWorkspace(dir);
    Kiro4jCliTest.Run text = checkTool(dir, "read", "{\"path\": \"README.md\\u0000.txt\"}");
    assertThat(text.exit()).isZero();
    assertThat(text.err()).isEmpty();
    assertThat(text.out()).startsWith("deny").contains("INVALID_INPUT", "NUL");
    Kiro4jCliTest.Run json =
        checkTool(dir, "read", "{\"operations\": [{\"path\": \"a\\u0000\"}]}", "--json");
    assertThat(json.exit()).isZero();
    assertThat(json.json().get("decision").asString()).isEqualTo("deny");
    assertThat(json.json().get("reasons").get(0).get("code").asString()).isEqualTo("INVALID_INPUT");
  }

  @Test
  void malformedToolInputIsDecidedWithAReason(@TempDir Path dir) throws IOException {
    agentWorkspace(dir);
    String[][] calls = {
      {"read", "{\"path\": 5}", "ask", "UNREADABLE_INPUT"},
      {"read", "{\"operations\": [{\"image_paths\": [{}]}]}", "ask", "UNREADABLE_INPUT"},
      {"read", "[]", "ask", "UNREADABLE_INPUT"},
      {"shell", "{\"command\": [\"git\", \"push\"]}", "ask", "UNREADABLE_INPUT"},
      {"shell", "{}", "ask", "UNREADABLE_INPUT"},
      {"shell", "{\"command\": \"" + "x".repeat(140_000) + "\"}", "deny", "INVALID_INPUT"},
    };
    for (String[] c : calls) {
      Kiro4jCliTest.Run r = checkTool(dir, c[0], c[1], "--json");
      assertThat(r.exit()).as(c[1]).isZero();
      assertThat(r.json().get("decision").asString()).as(c[1]).isEqualTo(c[2]);
      assertThat(r.json().get("reasons").get(0).get("code").asString()).as(c[1]).isEqualTo(c[3]);
    }
  }

  @Test
  void batchDecidesHostileLinesLikeAnyOther(@TempDir Path dir) throws IOException {
    agentWorkspace(dir);
    Path batch = dir.resolve("calls.jsonl");
    Files.writeString(
        batch,
        "{\"agent\": \"dev\", \"tool\": \"read\", \"input\": {\"path\": \"\\u0000\"}}\n"
            + "{\"agent\": \"dev\", \"tool\": \"shell\", \"input\": {\"command\": 1}}\n"
            + "{\"agent\": \"dev\", \"tool\": \"read\", \"input\": \"x\"}\n");
    Kiro4jCliTest.Run r =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.resolve("home").toString(),
            "--batch",
            batch.toString());
    assertThat(r.exit()).isZero();
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).contains("\"decision\":\"deny\"", "INVALID_INPUT");
    assertThat(lines[1]).contains("\"decision\":\"ask\"", "UNREADABLE_INPUT");
    assertThat(lines[2]).contains("\"decision\":\"ask\"", "UNREADABLE_INPUT");
  }

  @Test
  void subagentOptionDecidesWithTheSubagentToolSet(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".kiro/agents"));
    Files.writeString(
        dir.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"tools\": [\"*\"], \"allowedTools\": [\"@builtin\"]}");
    assertThat(
            checkTool(dir, "grep", "{\"pattern\": \"x\"}", "--json")
                .json()
                .get("decision")
                .asString())
        .isEqualTo("allow");
    Kiro4jCliTest.Run sub = checkTool(dir, "grep", "{\"pattern\": \"x\"}", "--subagent", "--json");
    assertThat(sub.json().get("decision").asString()).isEqualTo("deny");
    assertThat(sub.json().get("reasons").get(0).get("code").asString())
        .isEqualTo("UNAVAILABLE_TOOL");
    assertThat(checkTool(dir, "shell", "{\"command\": \"ls\"}", "--subagent").out())
        .startsWith("allow");
  }
}
