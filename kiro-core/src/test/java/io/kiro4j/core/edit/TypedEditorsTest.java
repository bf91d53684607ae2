package io.kiro4j.core.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.core.write.AtomicFileWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The typed editors' rules, on the API (the CLI's are in EditCommandsTest). */
class TypedEditorsTest {

  private static final AtomicFileWriter WRITER = AtomicFileWriter.builder().fsync(false).build();

  @TempDir Path tmp;
  private Workspace ws;

  @BeforeEach
  void open() throws Exception {
    Path root = Files.createDirectories(tmp.resolve("ws"));
    Path home = Files.createDirectories(tmp.resolve("home"));
    ws = Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).build());
  }

  @Test
  void cliSettingsLiveInTheUsersKiroSettingsCliJson() {
    assertThat(CliSettings.of(ws).file()).isEqualTo(tmp.resolve("home/.kiro/settings/cli.json"));
  }

  @Test
  void documentedBooleansTakeOnlyLowerCaseTrueOrFalse() {
    CliSettings settings = CliSettings.of(ws).withWriter(WRITER);
    assertThat(settings.set("chat.enableTodoList", "TRUE")).isInstanceOf(EditOutcome.Refused.class);
    assertThat(settings.set("chat.enableTodoList", "1")).isInstanceOf(EditOutcome.Refused.class);
    assertThat(settings.set("chat.enableTodoList", "false"))
        .isInstanceOf(EditOutcome.Written.class);
    assertThat(settings.get("chat.enableTodoList", new Diagnostics()).orElseThrow().isBoolean())
        .isTrue();
  }

  @Test
  void documentedNumbersAndListsAreJsonAndStringsAreTakenAsTyped() {
    CliSettings settings = CliSettings.of(ws).withWriter(WRITER);
    assertThat(settings.set("knowledge.maxFiles", "many")).isInstanceOf(EditOutcome.Refused.class);
    assertThat(settings.set("knowledge.defaultExcludePatterns", "*.log"))
        .isInstanceOf(EditOutcome.Refused.class);
    assertThat(settings.set("chat.defaultModel", "42")).isInstanceOf(EditOutcome.Written.class);
    assertThat(settings.get("chat.defaultModel", new Diagnostics()).orElseThrow().isString())
        .isTrue();
  }

  @Test
  void anUnknownKeyIsWrittenWithAWarning() {
    EditOutcome outcome = CliSettings.of(ws).withWriter(WRITER).set("my.count", "3");
    assertThat(outcome).isInstanceOf(EditOutcome.Written.class);
    assertThat(outcome.diagnostics()).extracting(Diagnostic::code).containsExactly("CONF-008");
    assertThat(CliSettings.of(ws).get("my.count", new Diagnostics()).orElseThrow().isNumber())
        .isTrue();
  }

  @Test
  void settingTheSameValueAgainWritesNothing() {
    CliSettings settings = CliSettings.of(ws).withWriter(WRITER);
    settings.set("api.timeout", "30");
    assertThat(settings.set("api.timeout", "30")).isInstanceOf(EditOutcome.Unchanged.class);
  }

  @Test
  void aNewAgentSkeletonLoadsWithoutAnyErrorAndBecomesTheDefault() {
    AgentEditor agents = AgentEditor.of(ws).withWriter(WRITER);

    assertThat(agents.create("dev", Optional.empty(), Scope.WORKSPACE))
        .isInstanceOf(EditOutcome.Written.class);
    assertThat(agents.setDefault("dev")).isInstanceOf(EditOutcome.Written.class);

    AgentSet set = AgentSet.load(ws);
    assertThat(set.find("dev").orElseThrow().hasErrors()).isFalse();
    assertThat(set.defaultAgent().name()).isEqualTo("dev");
  }

  @Test
  void anAgentNameThatIsNotAPlainFileNameIsRefused() {
    assertThat(
            AgentEditor.of(ws).create("../evil", Optional.empty(), Scope.WORKSPACE).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("CONF-006");
    assertThat(Files.exists(tmp.resolve("ws/.kiro/evil.json"))).isFalse();
  }

  @Test
  void disablingAHookWithoutEnabledAddsEnabledFalse() throws Exception {
    Path hook = tmp.resolve("ws/.kiro/hooks/fmt.kiro.hook");
    Files.createDirectories(hook.getParent());
    Files.writeString(
        hook, "{\n  \"name\": \"fmt\",\n  \"when\": {\"type\": \"userTriggered\"}\n}");
    HookToggle toggle = HookToggle.of(ws).withWriter(WRITER);

    assertThat(toggle.setEnabled(ws.primaryRoot(), "fmt", true))
        .isInstanceOf(EditOutcome.Unchanged.class);
    assertThat(toggle.setEnabled(ws.primaryRoot(), "fmt", false))
        .isInstanceOf(EditOutcome.Written.class);
    assertThat(Files.readString(hook))
        .isEqualTo(
            "{\n  \"name\": \"fmt\",\n  \"when\": {\"type\": \"userTriggered\"},\n  \"enabled\": false\n}");
  }

  @Test
  void aHookNameWithAPathIsNotFound() {
    assertThat(HookToggle.of(ws).setEnabled(ws.primaryRoot(), "../x", false).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("CONF-007");
  }

  @Test
  void removingAServerFromAMissingFileIsRefusedAndCreatesNothing() {
    EditOutcome outcome = McpServersEditor.of(ws).withWriter(WRITER).remove("x", Scope.WORKSPACE);
    assertThat(outcome.diagnostics()).extracting(Diagnostic::code).containsExactly("CONF-002");
    assertThat(Files.exists(tmp.resolve("ws/.kiro/settings/mcp.json"))).isFalse();
    assertThat(List.of(outcome)).hasOnlyElementsOfType(EditOutcome.Refused.class);
  }
}
