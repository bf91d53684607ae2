package io.kiro4j.examples.cli;

import static io.kiro4j.examples.cli.Kiro4jCliTest.run;
import static io.kiro4j.examples.cli.Kiro4jCliTest.withSample;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.examples.cli.Kiro4jCliTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** kiro4j lint --format, --max-warnings, --severity-threshold. */
class LintCommandTest {

  @TempDir Path tmp;

  private Path workspace(String steering) throws Exception {
    Path root = tmp.resolve("ws");
    Files.createDirectories(root.resolve(".kiro/steering"));
    Files.writeString(root.resolve(".kiro/steering/ts.md"), steering);
    return root;
  }

  private static final String COMMA_JOINED =
      "---\ninclusion: fileMatch\nfileMatchPattern: \"*.ts,*.tsx\"\n---\nUse strict types.\n";

  private Run lint(Path root, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "lint";
    all[1] = root.toString();
    all[2] = "--user-home";
    all[3] = tmp.toString();
    System.arraycopy(args, 0, all, 4, args.length);
    return run(all);
  }

  @Test
  void formatJsonIsTheSameDocumentAsJson() {
    assertThat(run(withSample("lint", "--format", "json")).out())
        .isEqualTo(run(withSample("lint", "--json")).out());
  }

  @Test
  void formatSarifPrintsOneRunWithEveryRule() {
    Run r = run(withSample("lint", "--format", "sarif"));
    assertThat(r.exit()).isZero();
    JsonNode log = r.json();
    assertThat(log.get("version").asString()).isEqualTo("2.1.0");
    assertThat(log.get("runs").size()).isEqualTo(1);
    JsonNode rules = log.at("/runs/0/tool/driver/rules");
    assertThat(rules.size()).isGreaterThan(200);
    // The skills and specs contributors are on the CLI's class path.
    assertThat(rules.findValuesAsString("id")).contains("SKILL-001", "REQ-001", "LINT-004");
    assertThat(log.at("/runs/0/results").size())
        .isEqualTo(run(withSample("lint", "--json")).json().get("diagnostics").size());
  }

  @Test
  void formatGithubPrintsOneWorkflowCommandPerDiagnostic() {
    Run r = run(withSample("lint", "--format", "github"));
    int diagnostics = run(withSample("lint", "--json")).json().get("diagnostics").size();
    assertThat(r.out().lines())
        .hasSize(diagnostics)
        .allMatch(l -> l.matches("::(error|warning|notice) file=.*"));
    assertThat(r.out())
        .contains("::warning file=.kiro/steering/release-notes.md,line=3,col=19,title=STEER-006::");
  }

  @Test
  void anUnknownFormatOrAConflictWithJsonIsAUsageError() {
    assertThat(run(withSample("lint", "--format", "xml")).exit()).isEqualTo(2);
    Run r = run(withSample("lint", "--json", "--format", "sarif"));
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("disagree");
  }

  @Test
  void maxWarningsFailsTheRunWhenWarningsExceedIt() throws Exception {
    Path root = workspace(COMMA_JOINED);
    assertThat(lint(root).exit()).isZero();
    assertThat(lint(root, "--max-warnings", "1").exit()).isZero();
    assertThat(lint(root, "--max-warnings", "0").exit()).isEqualTo(1);
    assertThat(lint(root, "--max-warnings", "-1").exit()).isEqualTo(2);
  }

  @Test
  void severityThresholdChoosesWhatFailsTheRun() throws Exception {
    Path root = workspace(COMMA_JOINED);
    assertThat(lint(root, "--severity-threshold", "error").exit()).isZero();
    assertThat(lint(root, "--severity-threshold", "warning").exit()).isEqualTo(1);
    Path clean = workspace("---\ninclusion: always\n---\nText.\n");
    assertThat(lint(clean, "--severity-threshold", "warning").exit()).isZero();
    assertThat(lint(clean, "--severity-threshold", "loud").exit()).isEqualTo(2);
  }

  @Test
  void theWorkspaceConfigAppliesToLint() throws Exception {
    Path root = workspace(COMMA_JOINED);
    Files.writeString(root.resolve(".kiro4j.yaml"), "rules:\n  STEER-006: error\n");
    Run r = lint(root);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("error STEER-006");
  }

  @Test
  void fixRewritesTheFileListsTheFixOnStderrAndReportsWhatIsLeft() throws Exception {
    Path root = workspace(COMMA_JOINED);
    Run r = lint(root, "--fix");
    assertThat(r.exit()).isZero();
    assertThat(r.err())
        .contains("fixed .kiro/steering/ts.md:3:19: warning STEER-006")
        .contains("write fileMatchPattern as the list [*.ts, *.tsx]");
    assertThat(r.out()).doesNotContain("STEER-006");
    assertThat(Files.readString(root.resolve(".kiro/steering/ts.md")))
        .isEqualTo(COMMA_JOINED.replace("\"*.ts,*.tsx\"", "[\"*.ts\", \"*.tsx\"]"));
  }

  @Test
  void fixDryRunPrintsAUnifiedDiffAndChangesNothing() throws Exception {
    Path root = workspace(COMMA_JOINED);
    Run r = lint(root, "--fix", "--dry-run");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("--- a/.kiro/steering/ts.md\n+++ b/.kiro/steering/ts.md\n@@ -1,5 +1,5 @@\n")
        .contains("-fileMatchPattern: \"*.ts,*.tsx\"\n+fileMatchPattern: [\"*.ts\", \"*.tsx\"]\n");
    assertThat(Files.readString(root.resolve(".kiro/steering/ts.md"))).isEqualTo(COMMA_JOINED);
    assertThat(lint(root, "--dry-run").exit()).isEqualTo(2);
    Path clean = workspace("---\ninclusion: always\n---\nText.\n");
    assertThat(lint(clean, "--fix", "--dry-run").out()).isEmpty();
  }
}
