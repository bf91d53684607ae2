package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A FIFO in place of a configuration file never hangs {@code kiro4j lint} or {@code kiro4j skills
 * validate} (before, a FIFO named {@code mcp.json} or {@code SKILL.md} blocked them for good).
 */
class FifoCliTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @TempDir Path tmp;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cl = Kiro4jCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  /** A real FIFO, made with the mkfifo command; the test is skipped where there is none. */
  static Path mkfifo(Path path) throws IOException, InterruptedException {
    Files.createDirectories(path.getParent());
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: " + e.getMessage());
      throw e;
    }
    p.getOutputStream().close();
    p.getInputStream().readAllBytes();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
    return path;
  }

  @Test
  void lintReportsAFifoInPlaceOfMcpJsonInsteadOfHanging() throws Exception {
    Path ws = Files.createDirectories(tmp.resolve("ws"));
    mkfifo(ws.resolve(".kiro/settings/mcp.json"));
    mkfifo(ws.resolve(".kiro/steering/team.md"));
    Run r =
        assertTimeoutPreemptively(
            PROMPTLY,
            () -> run("lint", ws.toString(), "--user-home", tmp.resolve("home").toString()));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains(".kiro/settings/mcp.json:1:1: error CORE-004")
        .contains(".kiro/steering/team.md:1:1: error CORE-004");
  }

  @Test
  void skillsValidateReportsAFifoInPlaceOfSkillMdInsteadOfHanging() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("pdf"));
    mkfifo(dir.resolve("SKILL.md"));
    Run r = assertTimeoutPreemptively(PROMPTLY, () -> run("skills", "validate", dir.toString()));
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("Validation failed for " + dir).contains("FIFO");
  }
}
