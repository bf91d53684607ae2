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
}
