package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.lint.RuleDoc;
import io.kiro4j.core.lint.RuleDocs;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad and good examples of docs/diagnostics.md's explanations are true: linted as {@code kiro4j
 * lint} lints them, the bad workspace reports the code and the good one does not.
 *
 * <p>A fence is checkable when its info string names the file it is, relative to the workspace
 * root: {@code ```json path=.kiro/agents/reviewer.json}. A path starting with {@code ~/} is a file
 * of the user home. Every checkable fence under {@code **Bad:**} (or {@code **Good:**}) is one file
 * of that side's workspace.
 */
class ExplanationExamplesTest {

  /**
   * Codes {@code kiro4j lint} can report whose explanation has no checkable examples, each with the
   * reason no workspace of plain files shows it.
   */
  private static final Map<String, String> NOT_CHECKABLE =
      Map.ofEntries(
          // Skills (explain-skills).
          Map.entry(
              "SKILL-001",
              "Skills.validate or skills validate on a path that is no folder; lint only visits"
                  + " the folders of .kiro/skills/"),
          Map.entry(
              "SKILL-002",
              "kiro4j skills validate on a folder without SKILL.md; lint reports such folders"
                  + " as SKILL-028 or SKILL-029"),
          Map.entry(
              "SKILL-019",
              "needs a SKILL.md that is not UTF-8 (or a FIFO); an example fence is UTF-8 text"),
          Map.entry(
              "SKILL-021",
              "only with skills validate --allowed-tools-list; lint never sets that option"),
          Map.entry("CORE-001", "needs more than 10,000 diagnostics in one file"),
          Map.entry("CORE-002", "needs bytes that are not UTF-8; examples are UTF-8 text"),
          Map.entry("CORE-003", "needs a file over 4 MiB"),
          Map.entry("CORE-004", "needs a FIFO or a folder where a file belongs"),
          Map.entry("VAR-001", "describes the environment lint runs in, not a file"),
          Map.entry("VAR-002", "describes the IDE's approved-variables setting, not a file"),
          Map.entry("STEER-020", "reported for a request's #name references, not by lint"),
          Map.entry("STEER-023", "needs references nested more than eight deep"),
          Map.entry("STEER-024", "needs a symlink out of the workspace"),
          Map.entry("STEER-026", "needs more than 200 references in one expansion"),
          Map.entry("STEER-027", "needs over 1 MiB of referenced files"),
          Map.entry("YAML-004", "needs YAML text over 1,000,000 characters"),
          Map.entry("YAML-011", "lint reports strict-YAML problems of a SKILL.md as SKILL-005/026"),
          Map.entry("YAML-012", "lint reports strict-YAML problems of a SKILL.md as SKILL-005/026"),
          Map.entry("YAML-013", "lint reports strict-YAML problems of a SKILL.md as SKILL-005/026"),
          Map.entry("JSON-006", "needs over 8 Mi characters; lint stops files at 4 MiB (CORE-003)"),
          Map.entry("JSON-008", "needs a number of over 1,000 digits or a longer string"),
          Map.entry("SCHEMA-006", "the shipped schemas' one anyOf reports its branches instead"),
          Map.entry("SCHEMA-007", "needs a document of hundreds of thousands of values"),
          Map.entry("IGN-003", "needs an unreadable file (not UTF-8, a FIFO, a dangling link)"),
          // Reported by `kiro4j hooks match|run --hook NAME`, about a request, not a file.
          Map.entry("HOOK-021", "a userTriggered request naming no manual hook"),
          // Reported by ToolPatternIndex on its own; lint compiles allowedTools from an agent,
          // where the same entry is AGENT-006 (PermissionEngine filters PERM-003 out).
          Map.entry("PERM-003", "lint reports a bare '*' in allowedTools as AGENT-006"),
          // The IDE's terminal trust settings are read by `kiro4j check --terminal`, not by lint.
          Map.entry("PERM-008", "settings.json terminal trust is not linted"),
          // An install link is a URL given to `kiro4j mcp link`, not a file of the workspace.
          Map.entry("MCP-020", "an install link is not a workspace file"));

  private static final Pattern FENCE = Pattern.compile("^(`{3,})(.*)$");
  private static final Pattern PATH = Pattern.compile("(?:^|\\s)path=(\\S+)");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> eachCheckableBadExampleReportsItsCodeAndItsGoodExampleDoesNot() {
    return RuleDocs.bundled().all().stream()
        .filter(d -> examples(d).isPresent())
        .map(d -> DynamicTest.dynamicTest(d.code(), () -> check(d, examples(d).orElseThrow())));
  }

  @Test
  void everyCodeLintReportsHasCheckableExamplesUnlessAllowListed() {
    // Per explanation group for now: only the codes that already have an explanation are held to
    // it; the lead's completeness test below covers the rest once every group is written.
    List<String> missing = new ArrayList<>();
    for (CodeInfo rule : WorkspaceReport.LINTER.rules()) {
      Optional<RuleDoc> doc = RuleDocs.bundled().find(rule.id());
      if (doc.isEmpty() || doc.get().explanation().isEmpty()) {
        continue;
      }
      boolean checkable = examples(doc.get()).isPresent();
      if (!checkable && !NOT_CHECKABLE.containsKey(rule.id())) {
        missing.add(rule.id());
      }
    }
    assertThat(missing).as("lint-reportable codes without path= examples").isEmpty();
    assertThat(NOT_CHECKABLE.keySet())
        .as("allow-listed codes that do have checkable examples")
        .allSatisfy(code -> assertThat(examples(doc(code))).as(code).isEmpty());
  }

  @Test
  void everyCodeInTheTableHasAnExplanation() {
    List<String> missing =
        RuleDocs.bundled().all().stream()
            .filter(d -> d.explanation().isEmpty())
            .map(RuleDoc::code)
            .toList();
    assertThat(missing).as("codes without an explanation").isEmpty();
  }

  @Test
  void aSideIsTheFilesOfItsPathFencesAndNeedsBoth() {
    String text =
        "**Why it matters.** x\n\n**Bad:**\n\n```json path=a/b.json\n{ }\n```\n\n"
            + "```text path=~/.kiro/x.md\none\n\ntwo\n```\n\n**Good:**\n\n"
            + "````markdown path=c.md\n```\n````\n";
    Examples e = Examples.parse(text).orElseThrow();
    assertThat(e.bad())
        .containsExactly(
            new ExampleFile("a/b.json", "{ }\n"), new ExampleFile("~/.kiro/x.md", "one\n\ntwo\n"));
    assertThat(e.good()).containsExactly(new ExampleFile("c.md", "```\n"));
    assertThat(Examples.parse("**Bad:**\n\n```json path=a.json\n{}\n```\n\n**Good:** none."))
        .isEmpty();
    assertThatThrownBy(
            () -> Examples.parse("**Bad:**\n\n```json path=a/../../b.json\n{}\n```\n\n**Good:**\n"))
        .hasMessageContaining("a/../../b.json");
    assertThat(
            Examples.parse(
                "**Bad:**\n\n```md path=a/a/x.md\nx\n```\n\n**Good:**\n\n```md path=y.md\ny\n```\n"))
        .isPresent();
  }

  private void check(RuleDoc doc, Examples examples) throws IOException {
    String code = doc.code();
    assertThat(WorkspaceReport.LINTER.rule(code))
        .as(code + " has path= examples but kiro4j lint cannot report it")
        .isPresent();
    List<Diagnostic> bad = lint(tmp.resolve(code).resolve("bad"), examples.bad());
    assertThat(bad)
        .as("%s: the Bad example reports it; lint said:%n%s", code, describe(bad))
        .anyMatch(d -> d.code().equals(code));
    List<Diagnostic> good = lint(tmp.resolve(code).resolve("good"), examples.good());
    assertThat(good)
        .as("%s: the Good example does not report it; lint said:%n%s", code, describe(good))
        .noneMatch(d -> d.code().equals(code));
  }

  private static List<Diagnostic> lint(Path dir, List<ExampleFile> files) throws IOException {
    Path root = dir.resolve("root");
    Path home = dir.resolve("home");
    Files.createDirectories(root);
    Files.createDirectories(home);
    for (ExampleFile f : files) {
      Path target =
          f.path().startsWith("~/") ? home.resolve(f.path().substring(2)) : root.resolve(f.path());
      Files.createDirectories(target.getParent());
      Files.writeString(target, f.content());
    }
    WorkspaceOptions options =
        WorkspaceOptions.builder().root(root.toRealPath()).userHome(home.toRealPath()).build();
    return WorkspaceReport.LINTER.lint(Kiro.open(options)).diagnostics();
  }

  private static String describe(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }

  private static RuleDoc doc(String code) {
    return RuleDocs.bundled().find(code).orElseThrow(() -> new AssertionError(code));
  }

  private static Optional<Examples> examples(RuleDoc doc) {
    return doc.explanation().flatMap(Examples::parse);
  }

  /** One file of an example workspace. */
  record ExampleFile(String path, String content) {}

  /** The files of the bad and the good workspace of one explanation. */
  record Examples(List<ExampleFile> bad, List<ExampleFile> good) {

    /** The examples, when both sides have {@code path=} fences. */
    static Optional<Examples> parse(String explanation) {
      Map<String, List<ExampleFile>> sides = new TreeMap<>();
      String side = null;
      List<String> lines = explanation.lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.startsWith("**Bad:**")) {
          side = "bad";
          continue;
        }
        if (line.startsWith("**Good:**")) {
          side = "good";
          continue;
        }
        Matcher fence = FENCE.matcher(line);
        if (!fence.matches()) {
          continue;
        }
        String ticks = fence.group(1);
        StringBuilder content = new StringBuilder();
        int end = i + 1;
        while (end < lines.size() && !lines.get(end).equals(ticks)) {
          content.append(lines.get(end)).append('\n');
          end++;
        }
        if (end == lines.size()) {
          throw new IllegalArgumentException("unclosed fence: " + line);
        }
        Matcher path = PATH.matcher(fence.group(2));
        if (path.find() && side != null) {
          String p = path.group(1);
          if (p.startsWith("/") || List.of(p.split("/")).contains("..")) {
            throw new IllegalArgumentException("a path= must stay in the workspace: " + p);
          }
          sides
              .computeIfAbsent(side, s -> new ArrayList<>())
              .add(new ExampleFile(p, content.toString()));
        }
        i = end;
      }
      if (!sides.containsKey("bad") || !sides.containsKey("good")) {
        return Optional.empty();
      }
      return Optional.of(new Examples(sides.get("bad"), sides.get("good")));
    }
  }
}
