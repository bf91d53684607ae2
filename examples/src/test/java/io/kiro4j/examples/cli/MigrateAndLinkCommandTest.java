package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code kiro4j migrate} and {@code kiro4j mcp link}. */
class MigrateAndLinkCommandTest {

  @TempDir Path dir;

  private Path write(String path, String text) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  @Test
  void migrateIsADryRunUntilWrite() throws IOException {
    write("ws/.amazonq/rules/style.md", "# Style\n");
    Files.createDirectories(dir.resolve("home"));
    String[] base = {
      "migrate", "-w", dir.resolve("ws").toString(), "--user-home", dir.resolve("home").toString()
    };
    Kiro4jCliTest.Run dry = Kiro4jCliTest.run(append(base, "--json"));
    assertThat(dry.exit()).isZero();
    JsonNode step = dry.json().get("steps").get(0);
    assertThat(step.get("action").asString()).isEqualTo("copy");
    assertThat(step.get("from").asString()).isEqualTo(".amazonq/rules/style.md");
    assertThat(step.get("to").asString()).isEqualTo(".kiro/steering/style.md");
    assertThat(dir.resolve("ws/.kiro")).doesNotExist();

    Kiro4jCliTest.Run real = Kiro4jCliTest.run(append(base, "--write"));
    assertThat(real.exit()).isZero();
    assertThat(real.out()).contains("copy").contains("copied");
    assertThat(dir.resolve("ws/.kiro/steering/style.md")).hasContent("# Style");
  }

  @Test
  void linkMadeFromNameAndConfigReadsBack() throws IOException {
    Files.createDirectories(dir.resolve("ws"));
    Kiro4jCliTest.Run made =
        Kiro4jCliTest.run(
            "mcp",
            "link",
            "--name",
            "git",
            "--config",
            "{\"command\":\"uvx\",\"args\":[\"mcp-server-git\"]}");
    assertThat(made.exit()).isZero();
    String link = made.out().strip();
    assertThat(link).startsWith("https://kiro.dev/launch/mcp/add?name=git&config=%7B");
    Kiro4jCliTest.Run read =
        Kiro4jCliTest.run("mcp", "link", "-w", dir.resolve("ws").toString(), link, "--json");
    assertThat(read.exit()).isZero();
    assertThat(read.json().get("name").asString()).isEqualTo("git");
    assertThat(read.json().get("config").get("command").asString()).isEqualTo("uvx");
  }

  @Test
  void aRefusedLinkExitsOne() throws IOException {
    Files.createDirectories(dir.resolve("ws"));
    Kiro4jCliTest.Run r =
        Kiro4jCliTest.run(
            "mcp",
            "link",
            "-w",
            dir.resolve("ws").toString(),
            "https://evil.example/launch/mcp/add?name=a&config=%7B%7D");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("MCP-020");
  }

  @Test
  void linkWithoutInputIsAUsageError() {
    assertThat(Kiro4jCliTest.run("mcp", "link").exit()).isEqualTo(2);
  }

  private static String[] append(String[] a, String x) {
    String[] b = java.util.Arrays.copyOf(a, a.length + 1);
    b[a.length] = x;
    return b;
  }
}
