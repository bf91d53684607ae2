package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.FileOverlay;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The incremental lint: for any workspace and any sequence of edits (texts written to disk or held
 * in an editor overlay, documents closed, files deleted), each {@link LintSession#update} reports
 * exactly what a full {@link Linter#lint} of the same workspace reports — configuration, ignores,
 * suppressions and unused suppressions included.
 */
class LintSessionProperties {

  /** A file of the generated workspace, relative to the root ({@code ~/} for the user home). */
  private record Slot(String path, List<String> texts) {}

  private static final List<String> STEERING =
      List.of(
          "---\ninclusion: always\n---\nBe brief.\n",
          "---\ninclusion: sometimes\n---\nX\n",
          "---\ninclusion: fileMatch\nfileMatchPattern: \"src/**/*.ts\"\n---\nTS\n",
          "---\ninclusion: fileMatch\nfileMatchPattern: \"nothing/**\"\n---\nY\n",
          "---\ninclusion: manual\n---\n<!-- kiro4j-disable STEER-012 -->\nM\n",
          "---\ntitle: x\n---\n<!-- kiro4j-disable-next-line STEER-012 -->\nZ\n",
          "",
          "See #[[file:src/app.ts]] and #[[file:missing.md]]\n",
          "---\ninclusion: fileMatch\nfileMatchPattern: \"*.ts,*.tsx\"\n---\nA\n",
          "---\ninclusion: [\n---\n");

  private static final List<String> AGENTS_JSON =
      List.of(
          "{\"name\": \"dev\", \"tools\": [\"@git\"]}",
          "{\"name\": \"dev\", \"bogus\": 1}",
          "{\"name\": \"dev\", \"mcpServers\": {\"x\": {\"command\": \"echo\"}},"
              + " \"hooks\": {\"agentSpawn\": [{\"command\": \"true\"}]}}",
          "{\"name\": \"dev\",}",
          "{\"name\": \"ops\", \"tools\": [\"shell\"], \"allowedTools\": [\"shell\"],"
              + " \"toolsSettings\": {\"shell\": {\"allowedCommands\": [\"git *\", \"(\"]}}}",
          "{\"name\": \"dev\", \"resources\": [\"file://AGENTS.md\", \"file://none/*.md\","
              + " \"skill://.kiro/skills/**/SKILL.md\"], \"tools\": [\"@srv\"]}");

  private static final List<Slot> SLOTS =
      List.of(
          new Slot(".kiro/steering/a.md", STEERING),
          new Slot(".kiro/steering/sub/b.md", STEERING),
          new Slot(".kiro/steering/gen/c.md", STEERING),
          new Slot("~/.kiro/steering/a.md", STEERING),
          new Slot("AGENTS.md", List.of("# Agents\nBe kind.\n", "<!-- kiro4j-disable X -->\n")),
          new Slot(".kiro/agents/dev.json", AGENTS_JSON),
          new Slot(".kiro/agents/ops.json", AGENTS_JSON),
          new Slot(
              ".kiro/agents/md.md",
              List.of("---\nname: md\ndescription: d\n---\nPrompt\n", "---\nname: [\n---\n")),
          new Slot(
              ".kiro/hooks/h.kiro.hook",
              List.of(
                  "{\"when\": {\"type\": \"userTriggered\"}}",
                  "{\"name\": \"h\", \"version\": \"1\", \"when\": {\"type\": \"fileEdited\","
                      + " \"patterns\": [\"**/*.ts\"]}, \"then\": {\"type\": \"askAgent\","
                      + " \"prompt\": \"p\"}}",
                  "{")),
          new Slot(
              ".kiro/settings/mcp.json",
              List.of(
                  "{\"mcpServers\": {}}",
                  "{\"mcpServers\": {\"srv\": {\"command\": \"uvx\", \"args\": [\"${MISSING}\"]}}}",
                  "{\"mcpServers\": {\"srv\": {\"url\": \"http://example.com/mcp\"}}}",
                  "not json")),
          new Slot(
              ".kiro4j.yaml",
              List.of(
                  "rules:\n  STEER-001: off\n  AGENT-003: error\n",
                  "ignore:\n  - \".kiro/steering/gen/**\"\n",
                  "suppress:\n  \".kiro/agents/*.json\": [SCHEMA-002, JSON-003]\n",
                  "ignore:\n  - \"AGENTS.md\"\n  - \".kiro/hooks/**\"\n  - \"src/**\"\n",
                  "bogus: 1\n")),
          new Slot(".kiroignore", List.of("*.secret\n", "src/\n")),
          new Slot("src/app.ts", List.of("x\n")),
          new Slot(
              ".kiro/skills/s/SKILL.md",
              List.of("---\nname: s\ndescription: A skill.\n---\nBody\n", "---\nname: [\n---\n")),
          new Slot(".kiro/steering/notes.txt", List.of("not steering\n")));

  /** What an edit does to its slot. */
  private enum Action {
    WRITE_TO_DISK,
    TYPE_IN_EDITOR,
    CLOSE_IN_EDITOR,
    DELETE_FROM_DISK
  }

  private record Edit(int slot, Action action, int text) {}

  private static final Gen<Edit> EDITS =
      s ->
          new Edit(
              Gen.ints(0, SLOTS.size() - 1).generate(s),
              Gen.enums(Action.class).generate(s),
              Gen.ints(0, 9).generate(s));

  /** The first files: a text index per slot, or -1 for no file. */
  private static final Gen<List<Integer>> INITIAL =
      s -> {
        List<Integer> out = new java.util.ArrayList<>();
        for (Slot slot : SLOTS) {
          out.add(Gen.ints(-1, slot.texts().size() - 1).generate(s));
        }
        return out;
      };

  @TempDir Path tmp;

  private int run;

  @Test
  void everyUpdateReportsWhatAFullLintReports() {
    Property.forAll(INITIAL, EDITS.list().ofMinSize(1).ofMaxSize(10))
        .tries(40)
        .check(
            (initial, edits) -> {
              Path dir = tmp.resolve("run" + run++);
              try {
                check(dir, initial, edits);
              } finally {
                delete(dir);
              }
            });
  }

  private void check(Path dir, List<Integer> initial, List<Edit> edits) throws IOException {
    Path root = Files.createDirectories(dir.resolve("ws")).toRealPath();
    Path home = Files.createDirectories(dir.resolve("home")).toRealPath();
    for (int i = 0; i < SLOTS.size(); i++) {
      if (initial.get(i) >= 0) {
        write(file(root, home, i), SLOTS.get(i).texts().get(initial.get(i)));
      }
    }
    Linter linter = Linter.core();
    FileOverlay overlay = FileOverlay.empty();
    LintSession session = linter.start(open(root, home, overlay));
    assertThat(session.report().diagnostics())
        .isEqualTo(linter.lint(open(root, home, overlay)).diagnostics());
    for (Edit e : edits) {
      Slot slot = SLOTS.get(e.slot());
      Path file = file(root, home, e.slot());
      String text = slot.texts().get(e.text() % slot.texts().size());
      switch (e.action()) {
        case WRITE_TO_DISK -> write(file, text);
        case TYPE_IN_EDITOR -> overlay = overlay.with(file, text);
        case CLOSE_IN_EDITOR -> overlay = overlay.without(file);
        case DELETE_FROM_DISK -> Files.deleteIfExists(file);
      }
      session = session.update(open(root, home, overlay), Set.of(file));
      assertThat(session.report().diagnostics())
          .as("after %s", e)
          .isEqualTo(linter.lint(open(root, home, overlay)).diagnostics());
    }
  }

  private static Path file(Path root, Path home, int slot) {
    String p = SLOTS.get(slot).path();
    return p.startsWith("~/") ? home.resolve(p.substring(2)) : root.resolve(p);
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static Workspace open(Path root, Path home, FileOverlay overlay) {
    return Kiro.open(
        WorkspaceOptions.builder()
            .root(root)
            .userHome(home)
            .environment(Environment.empty())
            .overlay(overlay)
            .build());
  }

  private static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
