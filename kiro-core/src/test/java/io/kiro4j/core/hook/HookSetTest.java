package io.kiro4j.core.hook;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookSetTest {

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(tmp.resolve("project"));
    home = Files.createDirectories(tmp.resolve("home"));
  }

  private void hook(Path r, String file, String json) throws IOException {
    Path p = r.resolve(".kiro/hooks").resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, json);
  }

  private void hook(String file, String json) throws IOException {
    hook(root, file, json);
  }

  private Workspace open(Path... roots) {
    return Kiro.open(
        WorkspaceOptions.builder()
            .roots(List.of(roots.length == 0 ? new Path[] {root} : roots))
            .userHome(home)
            .environment(Environment.empty())
            .build());
  }

  private HookSet load(Path... roots) {
    return HookSet.load(open(roots));
  }

  private static List<String> codes(HookSet set) {
    return set.diagnostics().stream().map(Diagnostic::code).toList();
  }

  private static List<String> names(List<HookMatch> matches) {
    return matches.stream().map(m -> m.hook().name()).toList();
  }

  private static String when(String type, String extra) {
    return "{\"name\":\"h\",\"version\":\"1\",\"when\":{\"type\":\""
        + type
        + "\""
        + extra
        + "},\"then\":{\"type\":\"askAgent\",\"prompt\":\"p\"}}";
  }

  @Test
  void documentedUserTriggeredAskAgentFileLoadsWithoutDiagnostics() throws IOException {
    hook(
        "review.kiro.hook",
        "{\"enabled\": true, \"name\": \"Review\", \"description\": \"d\", \"version\": \"1\","
            + " \"when\": {\"type\": \"userTriggered\"},"
            + " \"then\": {\"type\": \"askAgent\", \"prompt\": \"Run advisors\"}}");
    HookSet set = load();
    assertThat(set.diagnostics()).isEmpty();
    IdeHook h = set.hooks().get(0);
    assertThat(h.name()).isEqualTo("Review");
    assertThat(h.trigger()).isEqualTo(IdeTrigger.USER_TRIGGERED);
    assertThat(h.version()).contains("1");
    assertThat(h.action()).isEqualTo(new HookAction.AskAgent("Run advisors"));
    assertThat(h.displayPath()).isEqualTo(".kiro/hooks/review.kiro.hook");
  }

  @Test
  void absentEnabledMeansEnabled() throws IOException {
    hook("a.kiro.hook", when("agentStop", ""));
    assertThat(load().hooks().get(0).enabled()).isTrue();
  }

  @Test
  void disabledHookNeverFires() throws IOException {
    hook(
        "a.kiro.hook",
        "{\"enabled\":false,\"name\":\"a\",\"when\":{\"type\":\"agentStop\"},"
            + "\"then\":{\"type\":\"askAgent\",\"prompt\":\"p\"}}");
    HookSet set = load();
    assertThat(set.hooks()).hasSize(1);
    assertThat(set.match(new HookEvent.AgentStop())).isEmpty();
  }

  @Test
  void numericVersionIsReadAsString() throws IOException {
    hook("a.kiro.hook", when("agentStop", "").replace("\"1\"", "2"));
    assertThat(load().hooks().get(0).version()).contains("2");
  }

  @Test
  void everyDocumentedAndObservedTriggerSpellingIsRead() throws IOException {
    for (IdeTrigger t : IdeTrigger.values()) {
      String extra =
          t.isFileEvent()
              ? ",\"patterns\":[\"*.ts\"]"
              : t.isToolEvent() ? ",\"toolTypes\":[\"*\"]" : "";
      hook(t.jsonName() + ".kiro.hook", when(t.jsonName(), extra));
    }
    HookSet set = load();
    assertThat(set.diagnostics()).isEmpty();
    assertThat(set.hooks())
        .extracting(IdeHook::trigger)
        .containsExactlyInAnyOrder(IdeTrigger.values());
  }

  @Test
  void glob002APipeInAFilePatternIsReportedAtThePipe() throws IOException {
    hook("a.kiro.hook", when("fileEdited", ",\"patterns\":[\"*.tsx|*.jsx\", \"!a|b\"]"));
    HookSet set = load();
    assertThat(set.diagnostics())
        .filteredOn(d -> d.code().equals("GLOB-002"))
        .extracting(d -> d.line() + ":" + d.column())
        .hasSize(2)
        .doesNotHaveDuplicates();
    assertThat(set.hooks()).hasSize(1);
  }

  @Test
  void blogSpellingsAreDocumentedAliasesWithAnInfo() throws IOException {
    hook("a.kiro.hook", when("fileEdit", ",\"patterns\":[\"*.ts\"]"));
    hook("b.kiro.hook", when("fileCreate", ",\"patterns\":[\"*.ts\"]"));
    hook("c.kiro.hook", when("fileDelete", ",\"patterns\":[\"*.ts\"]"));
    HookSet set = load();
    assertThat(set.hooks())
        .extracting(IdeHook::trigger)
        .containsExactly(IdeTrigger.FILE_EDITED, IdeTrigger.FILE_CREATED, IdeTrigger.FILE_DELETED);
    assertThat(codes(set)).containsExactly("HOOK-005", "HOOK-005", "HOOK-005");
  }

  @Test
  void manualIsAnUndocumentedVariantOfUserTriggeredWithAWarning() throws IOException {
    hook("a.kiro.hook", when("manual", ""));
    HookSet set = load();
    assertThat(set.hooks().get(0).trigger()).isEqualTo(IdeTrigger.USER_TRIGGERED);
    assertThat(codes(set)).containsExactly("HOOK-006");
  }

  @Test // a trigger newer than kiro4j must not fail a CI gate (issue 14)
  void unknownTriggerIsAWarningWithAHintAndTheHookIsDropped() throws IOException {
    hook("a.kiro.hook", when("onCommit", ""));
    HookSet set = load();
    assertThat(set.hooks()).isEmpty();
    assertThat(codes(set)).containsExactly("HOOK-004");
    Diagnostic d = set.diagnostics().get(0);
    assertThat(d.line()).isEqualTo(1);
    assertThat(d.isError()).isFalse();
    assertThat(d.message()).contains("'onCommit'", "postTaskExecution", "check the spelling");
  }

  @Test // Kiro IDE 0.10 writes the spec task triggers (kirodotdev/Kiro issue 787)
  void specTaskTriggersWrittenByTheIdeAreKnownEvents() throws IOException {
    hook("before.kiro.hook", when("preTaskExecution", ""));
    hook(
        "after.kiro.hook",
        "{\"name\":\"tests\",\"when\":{\"type\":\"postTaskExecution\"},"
            + "\"then\":{\"type\":\"runCommand\",\"command\":\"npm test\"}}");
    HookSet set = load();
    assertThat(set.diagnostics()).isEmpty();
    assertThat(set.hooks())
        .extracting(IdeHook::trigger)
        .containsExactly(IdeTrigger.POST_TASK_EXECUTION, IdeTrigger.PRE_TASK_EXECUTION);
    assertThat(names(set.match(new HookEvent.PostTaskExecution(Optional.of("2.1")))))
        .containsExactly("tests");
    assertThat(names(set.match(new HookEvent.PreTaskExecution(Optional.empty()))))
        .containsExactly("h");
  }

  @Test
  void aKiro10TriggerNameInWhenTypeIsReadWithAWarning() throws IOException {
    hook("a.kiro.hook", when("PostFileSave", ",\"patterns\":[\"*.ts\"]"));
    HookSet set = load();
    assertThat(set.hooks().get(0).trigger()).isEqualTo(IdeTrigger.FILE_EDITED);
    assertThat(codes(set)).containsExactly("HOOK-006");
    assertThat(set.diagnostics().get(0).message()).contains("write 'fileEdited'");
  }

  @Test // Kiro IDE 1.0 / CLI v3 read .kiro/hooks/<name>.json in this format
  void kiro10HooksFileIsListedWithAnInfoAndItsTriggersAreChecked() throws IOException {
    hook(
        "quality.json",
        "{\"version\": \"v1\", \"hooks\": ["
            + "{\"name\": \"lint\", \"trigger\": \"PostFileSave\", \"matcher\": \"\\\\.ts$\","
            + " \"action\": {\"type\": \"command\", \"command\": \"npm run lint\"}},"
            + "{\"name\": \"typo\", \"trigger\": \"PostFileSaved\","
            + " \"action\": {\"type\": \"agent\", \"prompt\": \"p\"}}]}");
    HookSet set = load();
    assertThat(set.hooks()).isEmpty();
    assertThat(set.foreign()).extracting(ForeignHookFile::format).containsExactly("kiro-v1");
    assertThat(codes(set)).containsExactly("HOOK-022", "HOOK-004");
    assertThat(set.diagnostics()).noneMatch(Diagnostic::isError);
    assertThat(set.diagnostics().get(1).message()).contains("'PostFileSaved'");
  }

  @Test
  void whenThenHookInAJsonFileIsToldItsRightName() throws IOException {
    hook("lint.json", when("fileEdited", ",\"patterns\":[\"*.ts\"]"));
    HookSet set = load();
    assertThat(set.foreign())
        .extracting(ForeignHookFile::format)
        .containsExactly("ide-wrong-extension");
    assertThat(codes(set)).containsExactly("HOOK-002");
    assertThat(set.diagnostics().get(0).message()).contains("rename it to lint.kiro.hook");
  }

  @Test
  void runCommandOnUserTriggeredIsWarnedNotRejected() throws IOException {
    hook(
        "q.kiro.hook",
        "{\"name\":\"quality-gate\",\"when\":{\"type\":\"userTriggered\"},"
            + "\"then\":{\"type\":\"runCommand\",\"command\":\"bash gate.sh\"}}");
    HookSet set = load();
    assertThat(set.hooks()).hasSize(1);
    assertThat(codes(set)).containsExactly("HOOK-010");
    assertThat(set.hooks().get(0).action())
        .isEqualTo(new HookAction.RunCommand("bash gate.sh", Duration.ofSeconds(60)));
  }

  @Test
  void runCommandTimeoutIsInSecondsAndZeroMeansNone() throws IOException {
    hook(
        "a.kiro.hook",
        "{\"name\":\"a\",\"when\":{\"type\":\"agentStop\"},"
            + "\"then\":{\"type\":\"runCommand\",\"command\":\"true\",\"timeout\":0}}");
    hook(
        "b.kiro.hook",
        "{\"name\":\"b\",\"when\":{\"type\":\"agentStop\"},"
            + "\"then\":{\"type\":\"runCommand\",\"command\":\"true\",\"timeout\":5}}");
    hook(
        "c.kiro.hook",
        "{\"name\":\"c\",\"when\":{\"type\":\"agentStop\"},"
            + "\"then\":{\"type\":\"runCommand\",\"command\":\"true\",\"timeout\":-1}}");
    HookSet set = load();
    assertThat(set.hooks())
        .extracting(h -> ((HookAction.RunCommand) h.action()).timeout())
        .containsExactly(Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(60));
    assertThat(codes(set)).containsExactly("HOOK-011");
  }

  @Test
  void ideWrittenKeysAreAccepted() throws IOException {
    hook(
        "a.kiro.hook",
        "{\"name\":\"a\",\"workspaceFolderName\":\"app\",\"shortName\":\"a\","
            + "\"when\":{\"type\":\"userTriggered\"},\"then\":{\"type\":\"askAgent\",\"prompt\":\"p\"}}");
    assertThat(load().diagnostics()).isEmpty();
  }

  @Test
  void unknownKeysAreReportedAsInfo() throws IOException {
    hook("a.kiro.hook", when("agentStop", ",\"cooldown\":3"));
    assertThat(codes(load())).containsExactly("HOOK-018");
  }

  @Test
  void foreignTriggerActionFormatIsRecognisedNotRun() throws IOException {
    hook(
        "setup.json",
        "{\"name\":\"x\",\"trigger\":{\"type\":\"onSessionCreate\"},"
            + "\"action\":{\"type\":\"command\",\"command\":\"bash x.sh\"}}");
    hook(
        "backend.kiro.hook",
        "{\"name\":\"x\",\"trigger\":{\"type\":\"fileSave\"},\"action\":{\"type\":\"sendMessage\"}}");
    hook("hooks.json", "{\"hooks\":[{\"name\":\"x\",\"event\":\"git:pre-commit\"}]}");
    hook("check.sh", "#!/bin/sh\nexit 0\n");
    HookSet set = load();
    assertThat(set.hooks()).isEmpty();
    assertThat(set.foreign())
        .extracting(ForeignHookFile::format)
        .containsExactlyInAnyOrder("trigger-action", "trigger-action", "hooks-list");
    assertThat(codes(set)).containsOnly("HOOK-002");
  }

  @Test
  void claudeCodeHooksAndUnknownJsonAreReportedAsForeignNeverSkipped() throws IOException {
    String claude =
        "{\"hooks\":{\"PreToolUse\":[{\"matcher\":\"Bash\","
            + "\"hooks\":[{\"type\":\"command\",\"command\":\"x\"}]}]}}";
    hook("claude.json", claude);
    hook("claude.kiro.hook", claude);
    hook("settings.json", "{\"theme\":\"dark\"}");
    hook("list.json", "[1, 2]");
    hook("odd.json", "{\"hooks\":{\"PreToolUse\":\"x\"}}");
    HookSet set = load();
    assertThat(set.hooks()).isEmpty();
    assertThat(set.foreign())
        .extracting(f -> f.displayPath() + "=" + f.format())
        .containsExactlyInAnyOrder(
            ".kiro/hooks/claude.json=claude-code",
            ".kiro/hooks/claude.kiro.hook=claude-code",
            ".kiro/hooks/settings.json=unknown",
            ".kiro/hooks/list.json=unknown",
            ".kiro/hooks/odd.json=unknown");
    assertThat(codes(set)).containsOnly("HOOK-002");
    assertThat(set.diagnostics()).hasSize(5);
  }

  @Test
  void brokenJsonIsADiagnosticNotACrash() throws IOException {
    hook("a.kiro.hook", "{\"name\": ");
    hook("b.kiro.hook", "[1, 2]");
    HookSet set = load();
    assertThat(set.hooks()).isEmpty();
    assertThat(codes(set)).contains("HOOK-001");
    assertThat(set.diagnostics()).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void missingNameFallsBackToTheFileName() throws IOException {
    hook(
        "lint-on-save.kiro.hook",
        "{\"when\":{\"type\":\"userTriggered\"},\"then\":{\"type\":\"askAgent\",\"prompt\":\"p\"}}");
    HookSet set = load();
    assertThat(set.hooks().get(0).name()).isEqualTo("lint-on-save");
    assertThat(codes(set)).containsExactly("HOOK-019");
  }

  @Test
  void fileHookWithoutPatternsIsAnErrorAndMatchesNothing() throws IOException {
    hook("a.kiro.hook", when("fileEdited", ""));
    HookSet set = load();
    assertThat(codes(set)).containsExactly("HOOK-012");
    assertThat(set.match(new HookEvent.FileEdited(List.of(Path.of("a.ts"))))).isEmpty();
  }

  @Test
  void toolHookWithoutToolTypesIsAnErrorAndMatchesNothing() throws IOException {
    hook("a.kiro.hook", when("preToolUse", ""));
    HookSet set = load();
    assertThat(codes(set)).containsExactly("HOOK-014");
    assertThat(set.match(new HookEvent.PreToolUse(ToolUse.named("fsWrite")))).isEmpty();
  }

  @Test
  void invalidPatternIsReportedAtItsEntry() throws IOException {
    hook(
        "a.kiro.hook",
        "{\"name\":\"a\",\n\"when\":{\"type\":\"fileEdited\",\n\"patterns\":[\"*.ts\",\n  \"src/[z-a]\"]},\"then\":{\"type\":\"askAgent\",\"prompt\":\"p\"}}");
    HookSet set = load();
    Diagnostic d = set.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("HOOK-013");
    assertThat(d.line()).isEqualTo(4);
    assertThat(d.column()).isEqualTo(3);
    assertThat(set.hooks().get(0).patterns()).containsExactly("*.ts");
  }

  @Test
  void slashLessPatternMatchesFileNameAtAnyDepth() throws IOException {
    hook("a.kiro.hook", when("fileCreated", ",\"patterns\":[\"*.ts\",\"*.tsx\"]"));
    HookSet set = load();
    List<HookMatch> m = set.match(new HookEvent.FileCreated(List.of(Path.of("src/deep/a.tsx"))));
    assertThat(m).hasSize(1);
    assertThat(m.get(0).reason()).isEqualTo("patterns:*.tsx -> src/deep/a.tsx");
  }

  @Test
  void braceExpansionFromTheDocsExampleMatches() throws IOException {
    hook("a.kiro.hook", when("fileEdited", ",\"patterns\":[\"src/**/*.{js,ts,jsx,tsx}\"]"));
    HookSet set = load();
    assertThat(set.match(new HookEvent.FileEdited(List.of(Path.of("src/a/b.jsx"))))).hasSize(1);
    assertThat(set.match(new HookEvent.FileEdited(List.of(Path.of("lib/b.jsx"))))).isEmpty();
  }

  @Test
  void negatedPatternExcludesFiles() throws IOException {
    hook("a.kiro.hook", when("fileEdited", ",\"patterns\":[\"**/*.ts\",\"!**/*.test.ts\"]"));
    HookSet set = load();
    assertThat(set.match(new HookEvent.FileEdited(List.of(Path.of("src/a.test.ts"))))).isEmpty();
    assertThat(set.match(new HookEvent.FileEdited(List.of(Path.of("src/a.ts"))))).hasSize(1);
  }

  @Test
  void fileHookFiresOnlyForFilesOfItsOwnRoot() throws IOException {
    Path shared = Files.createDirectories(tmp.resolve("shared-ui"));
    hook(shared, "ui.kiro.hook", when("fileEdited", ",\"patterns\":[\"**/*.tsx\"]"));
    Files.createDirectories(root.resolve("src"));
    HookSet set = load(root, shared);
    assertThat(set.match(new HookEvent.FileEdited(List.of(root.resolve("src/App.tsx"))))).isEmpty();
    List<HookMatch> m = set.match(new HookEvent.FileEdited(List.of(shared.resolve("Button.tsx"))));
    assertThat(m).hasSize(1);
    assertThat(m.get(0).reason()).isEqualTo("patterns:**/*.tsx -> Button.tsx");
  }

  @Test
  void patternsAreRelativeToTheHooksRoot() throws IOException {
    hook("a.kiro.hook", when("fileEdited", ",\"patterns\":[\"client/src/assets/*.png\"]"));
    HookSet set = load();
    assertThat(
            set.match(new HookEvent.FileEdited(List.of(root.resolve("client/src/assets/a.png")))))
        .hasSize(1);
  }

  @Test
  void toolCategoryMatchesToolsTheHostPutsInIt() throws IOException {
    hook("a.kiro.hook", when("postToolUse", ",\"toolTypes\":[\"write\"]"));
    HookSet set = load();
    ToolUse fsWrite = new ToolUse("fsWrite", Set.of("write"), Optional.empty());
    ToolUse readFile = new ToolUse("readFile", Set.of("read"), Optional.empty());
    assertThat(set.match(new HookEvent.PostToolUse(fsWrite, Optional.empty())))
        .extracting(HookMatch::reason)
        .containsExactly("toolTypes:write");
    assertThat(set.match(new HookEvent.PostToolUse(readFile, Optional.empty()))).isEmpty();
    assertThat(set.match(new HookEvent.PreToolUse(fsWrite))).isEmpty();
  }

  @Test
  void toolNameWildcardsMatchMcpTools() throws IOException {
    hook("a.kiro.hook", when("preToolUse", ",\"toolTypes\":[\"@github/*\"]"));
    hook("b.kiro.hook", when("preToolUse", ",\"toolTypes\":[\"*\"]").replace("\"h\"", "\"all\""));
    HookSet set = load();
    assertThat(names(set.match(new HookEvent.PreToolUse(ToolUse.named("@github/create_issue")))))
        .containsExactly("h", "all");
    assertThat(names(set.match(new HookEvent.PreToolUse(ToolUse.named("@gitlab/x")))))
        .containsExactly("all");
  }

  @Test
  void manualHookIsOfferedAsSlashCommandAndMatchedByName() throws IOException {
    hook(
        "sync.kiro.hook",
        "{\"name\":\"Sync Source To Docs\",\"when\":{\"type\":\"userTriggered\"},"
            + "\"then\":{\"type\":\"askAgent\",\"prompt\":\"p\"}}");
    HookSet set = load();
    assertThat(set.hooks().get(0).slashCommand()).contains("/Sync-Source-To-Docs");
    assertThat(set.match(new HookEvent.UserTriggered(Optional.of("/Sync-Source-To-Docs"))))
        .hasSize(1);
    assertThat(set.match(new HookEvent.UserTriggered(Optional.of("sync")))).hasSize(1);
    assertThat(set.match(new HookEvent.UserTriggered(Optional.of("other")))).isEmpty();
    assertThat(set.manual("Sync Source To Docs")).isPresent();
  }

  @Test
  void hooksNeverFireInsideSubagents() throws IOException {
    hook("a.kiro.hook", when("agentStop", ""));
    HookSet set = load();
    assertThat(set.match(new HookEvent.AgentStop())).hasSize(1);
    assertThat(set.match(new HookEvent.InSubagent(new HookEvent.AgentStop()))).isEmpty();
  }

  @Test
  void ideHooksNeverFireForAgentSpawn() throws IOException {
    hook("a.kiro.hook", when("promptSubmit", ""));
    HookSet set = load();
    assertThat(set.match(new HookEvent.AgentSpawn(Optional.of("hi")))).isEmpty();
    assertThat(set.match(new HookEvent.PromptSubmit("hi"))).hasSize(1);
  }

  @Test
  void hooksAreOrderedByRootThenPath() throws IOException {
    Path second = Files.createDirectories(tmp.resolve("second"));
    hook(second, "a.kiro.hook", when("agentStop", "").replace("\"h\"", "\"s-a\""));
    hook("b.kiro.hook", when("agentStop", "").replace("\"h\"", "\"r-b\""));
    hook("a.kiro.hook", when("agentStop", "").replace("\"h\"", "\"r-a\""));
    assertThat(names(load(root, second).match(new HookEvent.AgentStop())))
        .containsExactly("r-a", "r-b", "s-a");
  }

  @Test
  void patternsOnANonFileEventAreIgnoredWithAWarning() throws IOException {
    hook("a.kiro.hook", when("agentStop", ",\"patterns\":[\"*.ts\"]"));
    assertThat(codes(load())).containsExactly("HOOK-016");
  }

  @Test // a hook command is committed with the repository (issue 14)
  void aLiteralSecretInARunCommandIsWarnedAtTheCommand() throws IOException {
    hook(
        "notify.kiro.hook",
        "{\"name\":\"n\",\"when\":{\"type\":\"agentStop\"},\n\"then\":{\"type\":\"runCommand\","
            + "\"command\":\"curl -H 'Authorization: Bearer "
            + io.kiro4j.core.internal.secret.FakeSecrets.randomValue()
            + "' https://hooks.test\"}}");
    HookSet set = load();
    assertThat(codes(set)).containsExactly("SECRET-001");
    assertThat(set.diagnostics().get(0).line()).isEqualTo(2);
    assertThat(set.diagnostics().get(0).message()).startsWith("the hook command holds");
  }
}
