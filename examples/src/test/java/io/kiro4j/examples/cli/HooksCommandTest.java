package io.kiro4j.examples.cli;

import static io.kiro4j.examples.cli.Kiro4jCliTest.run;
import static io.kiro4j.examples.cli.Kiro4jCliTest.withSample;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.examples.cli.Kiro4jCliTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code kiro4j hooks}, {@code hooks match} and {@code hooks run} per cli-contract.md. */
class HooksCommandTest {

  private static final Path SAMPLE = Path.of("sample-workspace").toAbsolutePath();

  private static List<String> names(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.get("name").asString()));
    return out;
  }

  @Test
  void hooksListsOneSampleHookOfEveryEventByPath() {
    Run r = run(withSample("hooks", "--json"));
    assertThat(r.exit()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("schema").asInt()).isEqualTo(1);
    JsonNode hooks = doc.get("hooks");
    List<String> events = new ArrayList<>();
    hooks.forEach(h -> events.add(h.get("event").asString()));
    assertThat(events)
        .containsExactlyInAnyOrder(
            "promptSubmit",
            "agentStop",
            "preToolUse",
            "postToolUse",
            "fileCreated",
            "fileEdited",
            "fileDeleted",
            "userTriggered");
    assertThat(hooks.get(0).get("path").asString())
        .isEqualTo(".kiro/hooks/component-removed.kiro.hook");
    assertThat(hooks.get(0).get("root").asInt()).isZero();
    assertThat(hooks.get(0).get("command").isNull()).isTrue();
  }

  @Test
  void matchFileCreatedHonoursNegatedPatterns() {
    Run r =
        run(
            withSample(
                "hooks",
                "match",
                "--event",
                "fileCreated",
                "--file",
                SAMPLE.resolve("src/server/new.test.ts").toString(),
                "--file",
                SAMPLE.resolve("src/server/new.ts").toString(),
                "--json"));
    assertThat(r.exit()).isZero();
    JsonNode matched = r.json().get("matched");
    assertThat(names(matched)).containsExactly("Tests For New Files");
    assertThat(matched.get(0).get("source").asString()).isEqualTo("ide");
    assertThat(matched.get(0).get("action").asString()).isEqualTo("askAgent");
    assertThat(matched.get(0).get("reason").asString())
        .isEqualTo("patterns:src/**/*.ts -> src/server/new.ts");
    assertThat(matched.get(0).get("agent").isNull()).isTrue();
  }

  @Test
  void matchToolEventUsesCategoriesAndNames() {
    JsonNode byCategory =
        run(withSample(
                "hooks",
                "match",
                "--event",
                "postToolUse",
                "--tool",
                "fsWrite",
                "--tool-category",
                "write",
                "--json"))
            .json();
    assertThat(names(byCategory.get("matched"))).containsExactly("Review Writes");
    JsonNode byName =
        run(withSample(
                "hooks",
                "match",
                "--event",
                "postToolUse",
                "--tool",
                "@github/create_issue",
                "--json"))
            .json();
    assertThat(byName.get("matched").get(0).get("reason").asString())
        .isEqualTo("toolTypes:@github/*");
  }

  @Test
  void cliEventNamesAreCandidatesForIdeHooks() {
    JsonNode stop = run(withSample("hooks", "match", "--event", "stop", "--json")).json();
    assertThat(names(stop.get("matched"))).containsExactly("Turn Summary");
    JsonNode spawn = run(withSample("hooks", "match", "--event", "agentSpawn", "--json")).json();
    assertThat(spawn.get("matched").size()).isZero();
  }

  @Test
  void userTriggeredMatchesByHookName() {
    JsonNode doc =
        run(withSample(
                "hooks", "match", "--event", "userTriggered", "--hook", "/Generate-Docs", "--json"))
            .json();
    assertThat(names(doc.get("matched"))).containsExactly("Generate Docs");
  }

  @Test
  void userTriggeredWithAnUnknownNameIsAWarning() {
    Run r =
        run(withSample("hooks", "match", "--event", "userTriggered", "--hook", "nope", "--json"));
    assertThat(r.exit()).isZero();
    assertThat(r.json().get("matched").size()).isZero();
    assertThat(r.json().get("diagnostics").get(0).get("code").asString()).isEqualTo("HOOK-021");
  }

  @Test
  void textOutputOfMatchAndRunListsTheDiagnostics() {
    for (String command : new String[] {"match", "run"}) {
      Run r = run(withSample("hooks", command, "--event", "userTriggered", "--hook", "nope"));
      assertThat(r.exit()).as(command).isZero();
      assertThat(r.out()).as(command).contains("warning HOOK-021");
    }
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void runBlocksAPromptThePromptGuardRejectsAndExitsZero() {
    Run r =
        run(
            withSample(
                "hooks",
                "run",
                "--event",
                "promptSubmit",
                "--prompt",
                "please DROP TABLE berths",
                "--json"));
    assertThat(r.exit()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("blocked").asBoolean()).isTrue();
    assertThat(doc.get("blockedBy").asString()).isEqualTo("Prompt Guard");
    JsonNode result = doc.get("results").get(0);
    assertThat(result.get("exitCode").asInt()).isEqualTo(1);
    assertThat(result.get("output").asString()).contains("destructive SQL");
    assertThat(result.get("timedOut").asBoolean()).isFalse();
    assertThat(result.has("durationMs")).isTrue();
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void runAllowsAnOrdinaryPromptAndAddsStdoutToContext() {
    JsonNode doc =
        run(withSample(
                "hooks", "run", "--event", "userPromptSubmit", "--prompt", "list berths", "--json"))
            .json();
    assertThat(doc.get("blocked").asBoolean()).isFalse();
    assertThat(doc.get("blockedBy").isNull()).isTrue();
    assertThat(doc.get("context").get(0).asString()).contains("staging database");
  }

  @Test
  void runListsAskAgentPromptsWithoutExecutingThem() {
    JsonNode doc = run(withSample("hooks", "run", "--event", "agentStop", "--json")).json();
    assertThat(doc.get("prompts").get(0).asString()).startsWith("Summarise");
    assertThat(doc.get("results").size()).isZero();
  }

  @Test
  void unknownEventIsAUsageError() {
    assertThat(run(withSample("hooks", "match", "--event", "onCommit")).exit()).isEqualTo(2);
    assertThat(run(withSample("hooks", "match", "--event", "preToolUse")).exit()).isEqualTo(2);
    assertThat(
            run(withSample(
                    "hooks", "run", "--event", "preToolUse", "--tool", "x", "--tool-input", "{bad"))
                .exit())
        .isEqualTo(2);
  }

  @Test
  void brokenHookFileMakesTheListExitOne(@TempDir Path tmp) throws IOException {
    Path hooks = Files.createDirectories(tmp.resolve(".kiro/hooks"));
    Files.writeString(
        hooks.resolve("bad.kiro.hook"), "{\"name\":\"x\",\"when\":{\"type\":\"promptSubmit\"}}");
    Run r = run("hooks", "-w", tmp.toString(), "--user-home", tmp.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("HOOK-007");
  }

  @Test // a trigger newer than kiro4j is a warning: the list still exits 0
  void unknownTriggerIsAWarningNotAFailure(@TempDir Path tmp) throws IOException {
    Path hooks = Files.createDirectories(tmp.resolve(".kiro/hooks"));
    Files.writeString(
        hooks.resolve("later.kiro.hook"),
        "{\"name\":\"x\",\"when\":{\"type\":\"onCommit\"},"
            + "\"then\":{\"type\":\"askAgent\",\"prompt\":\"p\"}}");
    Run r = run("hooks", "-w", tmp.toString(), "--user-home", tmp.toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("HOOK-004");
  }

  @Test
  void inspectShowsTheHooksSection() {
    Run r = run("inspect");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("Hooks (8):").contains("Prompt Guard");
    assertThat(run("inspect", "--json").json().get("hooks").get("hooks").size()).isEqualTo(8);
  }

  @Test
  void hooksWithAgentListsItsHooksByTriggerThenIndex() {
    JsonNode hooks =
        run(withSample("hooks", "--agent", "berth-planner", "--json")).json().get("hooks");
    List<String> agentHooks = new ArrayList<>();
    hooks.forEach(
        h -> {
          if (h.get("source").asString().equals("agent")) {
            agentHooks.add(h.get("name").asString());
          }
        });
    assertThat(agentHooks)
        .containsExactly(
            "berth-planner:agentSpawn[0]",
            "berth-planner:userPromptSubmit[0]",
            "berth-planner:preToolUse[0]",
            "berth-planner:preToolUse[1]",
            "berth-planner:postToolUse[0]",
            "berth-planner:stop[0]");
  }

  @Test
  void agentHooksAreCandidatesOnlyWithAgentAndIdeTwinsMap() {
    JsonNode without = run(withSample("hooks", "match", "--event", "stop", "--json")).json();
    assertThat(names(without.get("matched"))).containsExactly("Turn Summary");
    JsonNode with =
        run(withSample(
                "hooks", "match", "--event", "agentStop", "--agent", "berth-planner", "--json"))
            .json();
    assertThat(names(with.get("matched"))).containsExactly("Turn Summary", "berth-planner:stop[0]");
    JsonNode agentEntry = with.get("matched").get(1);
    assertThat(agentEntry.get("source").asString()).isEqualTo("agent");
    assertThat(agentEntry.get("agent").asString()).isEqualTo("berth-planner");
    assertThat(agentEntry.get("action").asString()).isEqualTo("command");
    assertThat(agentEntry.get("path").asString()).isEqualTo(".kiro/agents/berth-planner.json");
  }

  @Test
  void agentMatcherAcceptsInternalAndCanonicalNames() {
    for (String tool : new String[] {"write", "fs_write"}) {
      JsonNode doc =
          run(withSample(
                  "hooks",
                  "match",
                  "--event",
                  "preToolUse",
                  "--agent",
                  "berth-planner",
                  "--tool",
                  tool,
                  "--json"))
              .json();
      assertThat(names(doc.get("matched")))
          .as(tool)
          .containsExactly("Write Guard", "berth-planner:preToolUse[1]");
    }
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void agentPreToolUseExitTwoBlocksTheToolAfterTheIdeHookAllowedIt() {
    JsonNode doc =
        run(withSample(
                "hooks",
                "run",
                "--event",
                "preToolUse",
                "--agent",
                "berth-planner",
                "--tool",
                "fs_write",
                "--tool-input",
                "{\"path\":\"config/.env\"}",
                "--json"))
            .json();
    assertThat(doc.get("blocked").asBoolean()).isTrue();
    assertThat(doc.get("blockedBy").asString()).isEqualTo("berth-planner:preToolUse[1]");
    assertThat(doc.get("results").get(1).get("exitCode").asInt()).isEqualTo(2);
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void agentSpawnRunsAndUserPromptSubmitStdoutBecomesAContextEntry() {
    JsonNode doc =
        run(withSample(
                "hooks", "run", "--event", "agentSpawn", "--agent", "berth-planner", "--json"))
            .json();
    assertThat(doc.get("blocked").asBoolean()).isFalse();
    assertThat(doc.get("results").get(0).get("exitCode").asInt()).isZero();
    JsonNode prompt =
        run(withSample(
                "hooks",
                "run",
                "--event",
                "userPromptSubmit",
                "--agent",
                "berth-planner",
                "--prompt",
                "plan berth 4",
                "--json"))
            .json();
    assertThat(prompt.get("context").get(1).asString())
        .startsWith("--- CONTEXT ENTRY BEGIN ---")
        .doesNotContain("for the entire conversation")
        .contains("staging database only");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void agentUserPromptSubmitFailureWarnsWithoutBlocking() {
    JsonNode doc =
        run(withSample(
                "hooks",
                "run",
                "--event",
                "userPromptSubmit",
                "--agent",
                "berth-planner",
                "--prompt",
                "my secret is 42",
                "--json"))
            .json();
    assertThat(doc.get("blocked").asBoolean()).isFalse();
    assertThat(doc.get("warnings").toString()).contains("do not paste secrets");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  void runInputIsTheWholeStdinEventSentAsGiven(@TempDir Path tmp) throws IOException {
    Path agents = Files.createDirectories(tmp.resolve(".kiro/agents"));
    Files.writeString(
        agents.resolve("echo.json"),
        "{\"name\":\"echo\",\"hooks\":{\"preToolUse\":[{\"command\":\"cat\"}]}}");
    JsonNode doc =
        run(
                "hooks",
                "run",
                "-w",
                tmp.toString(),
                "--user-home",
                tmp.toString(),
                "--event",
                "preToolUse",
                "--agent",
                "echo",
                "--input",
                "{\"cwd\":\"/elsewhere\",\"tool_name\":\"fs_read\",\"tool_input\":{\"path\":\"a\"}}",
                "--json")
            .json();
    JsonNode stdin =
        tools.jackson.databind.json.JsonMapper.builder()
            .build()
            .readTree(doc.get("results").get(0).get("output").asString());
    assertThat(stdin.get("cwd").asString()).isEqualTo("/elsewhere");
    assertThat(stdin.get("tool_name").asString()).isEqualTo("fs_read");
    assertThat(stdin.get("tool_input").get("path").asString()).isEqualTo("a");
    assertThat(stdin.get("hook_event_name").asString()).isEqualTo("preToolUse");
    assertThat(
            run(
                    "hooks",
                    "run",
                    "-w",
                    tmp.toString(),
                    "--user-home",
                    tmp.toString(),
                    "--event",
                    "stop",
                    "--input",
                    "[1]")
                .exit())
        .isEqualTo(2);
  }

  @Test
  void unknownAgentIsAUsageError() {
    assertThat(run(withSample("hooks", "match", "--event", "stop", "--agent", "nobody")).exit())
        .isEqualTo(2);
  }
}
