package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The CLI contract, run on the bundled sample workspace (tests run in the examples folder). */
class Kiro4jCliTest {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path SAMPLE = Path.of("sample-workspace").toAbsolutePath();
  private static final Path HOME = Path.of("sample-home").toAbsolutePath();

  record Run(int exit, String out, String err) {
    JsonNode json() {
      return JSON.readTree(out);
    }
  }

  static Run run(String... args) {
    CommandLine cl = Kiro4jCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static String[] withSample(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("-w", SAMPLE.toString(), "--user-home", HOME.toString()));
    return all.toArray(String[]::new);
  }

  @Test
  void theVersionShortcutOfMainPrintsWhatPicocliPrints() {
    StringWriter shortcut = new StringWriter();
    Kiro4jCli.printVersion(new PrintWriter(shortcut));

    assertThat(shortcut.toString()).isEqualTo(run("--version").out()).isNotBlank();
  }

  @Test
  void aCommandLineNamingOneSubcommandBuildsOnlyThatOne() {
    assertThat(Kiro4jCli.commandLine("lint", "-w", ".").getSubcommands()).containsOnlyKeys("lint");
    assertThat(Kiro4jCli.commandLine("--version").getSubcommands()).isEmpty();
    assertThat(Kiro4jCli.commandLine("help", "lint").getSubcommands())
        .hasSize(Kiro4jCli.SUBCOMMANDS.size());
    assertThat(Kiro4jCli.commandLine("lnt").getSubcommands()).hasSize(Kiro4jCli.SUBCOMMANDS.size());
  }

  @Test
  void versionPrintsTheLibraryVersionAndTheDocsSnapshot() {
    Run r = run("--version");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("kiro4j 0.1.0").contains("000_e04af1dfec975acc.txt");
  }

  @Test
  void inspectWithNoRootReportsTheBundledSample() {
    Run r = run("inspect");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("Steering:")
        .contains("react-components")
        .contains("troubleshooting-guide")
        .contains("api-design")
        .contains("#[[file:api/openapi.yaml]]")
        .contains("STEER-006");
  }

  @Test
  void inspectJsonIsOneDocumentWithEverySection() {
    JsonNode doc = run("inspect", "--json").json();
    assertThat(doc.get("schema").asInt()).isEqualTo(1);
    assertThat(doc.get("docsSnapshot").asString()).isEqualTo("000_e04af1dfec975acc.txt");
    JsonNode files = doc.get("steering").get("files");
    assertThat(files.size()).isEqualTo(13);
    assertThat(files.get(0).get("path").asString()).isEqualTo("~/.kiro/steering/AGENTS.md");
    assertThat(files.get(0).get("root").isNull()).isTrue();
    assertThat(doc.get("steering").get("shadowed").get(0).get("name").asString()).isEqualTo("tech");
  }

  @Test
  void steeringJsonListsAppliedFilesWithReasonsInContractOrder() {
    Run r =
        run(
            withSample(
                "steering",
                "--json",
                "--file",
                SAMPLE.resolve("components/ui/Button.tsx").toString()));
    assertThat(r.exit()).isZero();
    JsonNode doc = r.json();
    List<String> applied = new ArrayList<>();
    doc.get("applied")
        .forEach(
            a ->
                applied.add(
                    a.get("scope").asString()
                        + " "
                        + a.get("name").asString()
                        + " "
                        + a.get("reason").asString()));
    assertThat(applied)
        .containsExactly(
            "global AGENTS agents-md",
            "global accessibility fileMatch:*.tsx",
            "global style always",
            "workspace AGENTS agents-md",
            "workspace product always",
            "workspace react-components fileMatch:components/**/*.tsx",
            "workspace structure always",
            "workspace tech always",
            "workspace typescript fileMatch:**/*.tsx");
    assertThat(doc.get("autoCandidates").get(0).get("name").asString()).isEqualTo("api-design");
    assertThat(doc.get("applied").get(3).get("path").asString()).isEqualTo("AGENTS.md");
    assertThat(doc.get("applied").get(3).get("root").asInt()).isZero();
  }

  @Test
  void steeringReferencesIncludeManualAndAutoFiles() {
    JsonNode doc =
        run(withSample(
                "steering", "--json", "--ref", "#troubleshooting-guide", "--ref", "api-design"))
            .json();
    List<String> reasons = new ArrayList<>();
    doc.get("applied").forEach(a -> reasons.add(a.get("reason").asString()));
    assertThat(reasons).contains("ref:#troubleshooting-guide", "ref:#api-design");
    assertThat(doc.get("autoCandidates").size()).isZero();
  }

  @Test
  void anUnknownReferenceIsAWarningNotAFailure() {
    Run r = run(withSample("steering", "--json", "--ref", "#no-such-file"));
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("STEER-020");
  }

  @Test
  void lintPrintsOneLinePerDiagnosticInContractOrder() {
    Run r = run(withSample("lint", "--verbose"));
    assertThat(r.exit()).isZero();
    // Agents and MCP config add their own sample diagnostics (AgentCommandsTest covers them).
    assertThat(r.out().lines().filter(l -> l.contains(" STEER-") || l.contains(" SKILL-")))
        .containsExactly(
            "~/.kiro/skills/code-review/SKILL.md:1:1: info SKILL-022 skill 'code-review' is"
                + " overridden by .kiro/skills/code-review/SKILL.md",
            "~/.kiro/steering/tech.md:1:1: info STEER-014 global steering 'tech' is shadowed by"
                + " workspace file .kiro/steering/tech.md (root 0)",
            ".kiro/steering/release-notes.md:3:19: warning STEER-006 fileMatchPattern"
                + " 'CHANGELOG.md,docs/releases/**' joins globs with commas; read as [CHANGELOG.md,"
                + " docs/releases/**] (write a YAML list)",
            // The sample has no changelog yet.
            ".kiro/steering/release-notes.md:3:19: info STEER-029 fileMatchPattern 'CHANGELOG.md'"
                + " matches no file in the workspace today; the steering file is never included"
                + " until one exists",
            ".kiro/steering/release-notes.md:3:19: info STEER-029 fileMatchPattern"
                + " 'docs/releases/**' matches no file in the workspace today; the steering file is"
                + " never included until one exists");
  }

  @Test // issue 14: a handful of real findings must not be buried under notes
  void lintTextSummarisesInfosByCodeAndVerboseListsThem() {
    Run r = run(withSample("lint"));
    assertThat(r.exit()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).noneMatch(l -> l.contains(": info "));
    assertThat(lines)
        .contains(
            ".kiro/steering/release-notes.md:3:19: warning STEER-006 fileMatchPattern"
                + " 'CHANGELOG.md,docs/releases/**' joins globs with commas; read as [CHANGELOG.md,"
                + " docs/releases/**] (write a YAML list)")
        .contains(
            "info SKILL-022 (1): A skill is overridden by a workspace skill of the same name (docs"
                + " L1301: workspace wins over global; among roots the last one defining it wins).")
        .anySatisfy(l -> assertThat(l).startsWith("info MCP-006 (3): "));
    List<String> summaries = lines.stream().filter(l -> l.startsWith("info ")).toList();
    assertThat(summaries).isSortedAccordingTo(java.util.Comparator.naturalOrder());
    long infos = 0;
    for (JsonNode d : run(withSample("lint", "--json")).json().get("diagnostics")) {
      infos += d.get("severity").asString().equals("info") ? 1 : 0;
    }
    assertThat(run(withSample("lint", "-v")).out().lines().filter(l -> l.contains(": info ")))
        .hasSize((int) infos);
  }

  @Test
  void lintJsonHasTheDiagnosticShape() {
    JsonNode doc = run(withSample("lint", "--json")).json();
    JsonNode d = null;
    for (JsonNode n : doc.get("diagnostics")) {
      if (n.get("code").asString().equals("STEER-006")) {
        d = n;
      }
    }
    assertThat(d).isNotNull();
    assertThat(d.get("path").asString()).isEqualTo(".kiro/steering/release-notes.md");
    assertThat(d.get("root").asInt()).isZero();
    assertThat(d.get("line").asInt()).isEqualTo(3);
    assertThat(d.get("column").asInt()).isEqualTo(19);
    assertThat(d.get("severity").asString()).isEqualTo("warning");
    assertThat(d.get("code").asString()).isEqualTo("STEER-006");
  }

  @Test
  void lintExitsOneWhenThereIsAnError(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    java.nio.file.Files.createDirectories(tmp.resolve("ws/.kiro/steering"));
    java.nio.file.Files.writeString(
        tmp.resolve("ws/.kiro/steering/bad.md"), "---\ninclusion: sometimes\n---\nx\n");
    Run r = run("lint", tmp.resolve("ws").toString(), "--user-home", tmp.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains(".kiro/steering/bad.md:2:12: error STEER-001");
  }

  @Test
  void aWorkspaceThatDoesNotExistIsAUsageError() {
    Run r = run("lint", "-w", "/no/such/dir", "--user-home", HOME.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("kiro4j: workspace root does not exist: /no/such/dir");
    Run positional = run("inspect", "/no/such/dir", "--user-home", HOME.toString());
    assertThat(positional.exit()).isEqualTo(2);
    assertThat(positional.err()).contains("workspace root does not exist: /no/such/dir");
  }

  @Test
  void aWorkspaceThatIsAFileIsAUsageError(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path file = java.nio.file.Files.writeString(tmp.resolve("notes.md"), "x");
    Run r = run("agents", "-w", file.toString(), "--user-home", HOME.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("workspace root is not a directory: " + file);
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("lint", "--bogus").exit()).isEqualTo(2);
  }

  @Test // docs L6560–6564: at ~ the workspace's .kiro is ~/.kiro; each file is read once
  void lintAtTheUserHomeReadsEachGlobalFileOnceAndNoneOverridesItself() {
    Run r = run("lint", "--json", "-w", HOME.toString(), "--user-home", HOME.toString());
    List<String> codes = new ArrayList<>();
    for (JsonNode d : r.json().get("diagnostics")) {
      codes.add(d.get("code").asString());
    }
    assertThat(codes).doesNotContain("AGENT-003", "SKILL-022", "STEER-014", "POWER-007");
    assertThat(
            run("inspect", "--json", "-w", HOME.toString(), "--user-home", HOME.toString()).out())
        .contains("reviewer", "code-review");
  }
}
