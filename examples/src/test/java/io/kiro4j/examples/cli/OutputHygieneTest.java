package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.text.DisplayText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Output hygiene (issue 13, item 4): every reason, name and path the CLI prints, on stdout and
 * stderr, in text and JSON, goes through {@link DisplayText#escape}: one line per printed line, no
 * ESC, CR, LF or other C0/C1 control, no U+2028/U+2029, no bidirectional override.
 */
class OutputHygieneTest {

  /** Colours the terminal, forges a line, reverses what follows. */
  static final String HOSTILE = "x\u001b[31m\r\n\u2028\u202ey";

  static Kiro4jCliTest.Run run(String... args) {
    return Kiro4jCliTest.run(args);
  }

  /** Nothing but the line ends is a character {@link DisplayText#escape} would replace. */
  static void assertInert(String printed) {
    String body = printed.replace("\n", "");
    for (int i = 0; i < body.length(); i++) {
      assertThat(DisplayText.needsEscape(body.charAt(i)))
          .as("U+%04X at %d in %s", (int) body.charAt(i), i, printed)
          .isFalse();
    }
  }

  static void assertInert(Kiro4jCliTest.Run r) {
    assertInert(r.out());
    assertInert(r.err());
  }

  static Path hostileAgentWorkspace(Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".kiro/agents"));
    // The name differs from the file name (AGENT-002 quotes it) and holds every hostile character.
    Files.writeString(
        dir.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev"
            + jsonEscaped(HOSTILE)
            + "\", \"tools\": [\"read\", \"@evil"
            + jsonEscaped(HOSTILE)
            + "\"], \"toolsSettings\": {\"read\": {\"deniedPaths\": [\"secret"
            + jsonEscaped(HOSTILE)
            + "\"]}}}");
    return dir;
  }

  static String jsonEscaped(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append(String.format("\\u%04x", c)));
    return b.toString();
  }

  @Test
  void checkTextEscapesAHostileToolNameInItsReason(@TempDir Path dir) {
    Kiro4jCliTest.Run r =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.resolve("home").toString(),
            "--tool",
            HOSTILE);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("deny").contains("UNKNOWN_TOOL", "x\\u001B[31m\\r\\n");
    assertThat(r.out().split("\n")).hasSize(2);
    assertInert(r);
  }

  @Test
  void checkTextAndJsonEscapeAHostilePathButJsonKeepsItsValue(@TempDir Path dir) {
    String input = "{\"path\": \"a" + jsonEscaped(HOSTILE) + "\"}";
    Kiro4jCliTest.Run text =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.resolve("home").toString(),
            "--tool",
            "write",
            "--input",
            input);
    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("ask").contains("\\u2028\\u202Ey");
    assertInert(text);
    Kiro4jCliTest.Run json =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.resolve("home").toString(),
            "--tool",
            "write",
            "--input",
            input,
            "--json");
    assertInert(json);
    JsonNode reason = json.json().get("reasons").get(0);
    assertThat(reason.get("message").asString()).contains("\\u2028\\u202Ey").doesNotContain("\n");
  }

  @Test
  void agentsLintAndInspectEscapeHostileNamesAndRules(@TempDir Path dir) throws IOException {
    hostileAgentWorkspace(dir);
    for (String command : new String[] {"agents", "lint", "inspect"}) {
      Kiro4jCliTest.Run r =
          run(command, "-w", dir.toString(), "--user-home", dir.resolve("home").toString());
      assertThat(r.out()).as(command).contains("\\u001B[31m");
      assertInert(r);
      Kiro4jCliTest.Run json =
          run(
              command,
              "-w",
              dir.toString(),
              "--user-home",
              dir.resolve("home").toString(),
              "--json");
      assertInert(json);
      assertThat(json.out()).as(command).contains("\\u202E");
    }
    Kiro4jCliTest.Run agent =
        run(
            "agent",
            "dev" + HOSTILE,
            "-w",
            dir.toString(),
            "--user-home",
            dir.resolve("home").toString());
    assertThat(agent.out()).contains("Agent dev" + DisplayText.escape(HOSTILE));
    assertInert(agent);
    Kiro4jCliTest.Run json =
        run(
            "agent",
            "dev" + HOSTILE,
            "-w",
            dir.toString(),
            "--user-home",
            dir.resolve("home").toString(),
            "--json");
    assertInert(json);
    // JSON escapes decode to the very text of the file.
    assertThat(json.json().get("name").asString()).isEqualTo("dev" + HOSTILE);
  }

  @Test
  void reasonsOfADeniedHostilePathAreOneLine(@TempDir Path dir) throws IOException {
    hostileAgentWorkspace(dir);
    Kiro4jCliTest.Run r =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.resolve("home").toString(),
            "--agent",
            "dev" + HOSTILE,
            "--tool",
            "read",
            "--input",
            "{\"path\": \"secret" + jsonEscaped(HOSTILE) + "/k\"}");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("deny").contains("DENIED_PATH");
    assertThat(r.out().split("\n")).hasSize(2);
    assertInert(r);
  }

  @Test
  void usageErrorsOnStderrEscapeTheHostileArgument(@TempDir Path dir) {
    Kiro4jCliTest.Run r =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.resolve("home").toString(),
            "--agent",
            HOSTILE,
            "--tool",
            "read");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("no agent named x\\u001B[31m");
    assertInert(r);
    Kiro4jCliTest.Run unknownOption = run("check", "--" + HOSTILE);
    assertThat(unknownOption.exit()).isEqualTo(2);
    assertInert(unknownOption.err().substring(0, unknownOption.err().indexOf("Usage:")));
  }

  @Test
  void batchLinesStayOneJsonLineEach(@TempDir Path dir) throws IOException {
    Path batch = dir.resolve("calls.jsonl");
    Files.writeString(
        batch,
        "{\"tool\": \"write\", \"input\": {\"path\": \""
            + jsonEscaped(HOSTILE)
            + "\"}}\n{\"tool\": \""
            + jsonEscaped(HOSTILE)
            + "\"}\n");
    Kiro4jCliTest.Run r =
        run(
            "check",
            "-w",
            dir.toString(),
            "--user-home",
            dir.resolve("home").toString(),
            "--batch",
            batch.toString());
    assertInert(r);
    String[] lines = r.out().split("\n");
    assertThat(lines).hasSize(2);
    JsonMapper json = JsonMapper.builder().build();
    assertThat(json.readTree(lines[0]).get("decision").asString()).isEqualTo("ask");
    assertThat(json.readTree(lines[1]).get("decision").asString()).isEqualTo("deny");
    assertThat(json.readTree(lines[1]).get("reasons").get(0).get("message").asString())
        .contains("\\u001B[31m");
  }
}
