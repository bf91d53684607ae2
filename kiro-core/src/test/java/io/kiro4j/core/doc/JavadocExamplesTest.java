package io.kiro4j.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.BuiltinTool;
import io.kiro4j.core.agent.ToolName;
import io.kiro4j.core.agent.ToolsSettings.ShellSettings;
import io.kiro4j.core.context.AssembledContext;
import io.kiro4j.core.context.ContextAssembler;
import io.kiro4j.core.context.ContextItem;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.context.ContextRequest;
import io.kiro4j.core.hook.HookEvent;
import io.kiro4j.core.hook.HookSet;
import io.kiro4j.core.hook.run.HookOutcome;
import io.kiro4j.core.hook.run.HookRunner;
import io.kiro4j.core.internal.shell.ShellParse;
import io.kiro4j.core.internal.shell.ShellParser;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.steering.AppliedSteering;
import io.kiro4j.core.steering.SteeringRequest;
import io.kiro4j.core.steering.SteeringSelection;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code <pre>{@code …}</pre>} examples of kiro-core's entry points, compiled and run: each
 * test holds the code of one example (named in its comment) against a small workspace, with the
 * variables the example assumes ({@code ws}, {@code input}, {@code agent}) set up first.
 */
class JavadocExamplesTest {

  @TempDir Path tmp;
  Path root;
  Path home;
  Workspace ws;

  @BeforeEach
  void workspace() throws IOException {
    root = tmp.toRealPath().resolve("app");
    home = tmp.toRealPath().resolve("home");
    Files.createDirectories(home);
    write(
        ".kiro/steering/ui.md",
        "---\ninclusion: fileMatch\nfileMatchPattern: \"components/**/*.tsx\"\n---\nUse hooks.\n");
    write(".kiro/steering/troubleshooting-guide.md", "---\ninclusion: manual\n---\nRestart it.\n");
    write(".kiro/steering/api-design.md", "---\ninclusion: manual\n---\nREST.\n");
    write(
        ".kiro/agents/dev.json",
        """
        {"name": "dev", "tools": ["read", "shell"],
         "toolsSettings": {"shell": {"deniedCommands": ["git push .*"]}}}
        """);
    write(
        ".kiro/hooks/guard.kiro.hook",
        """
        {"name": "guard", "when": {"type": "promptSubmit"},
         "then": {"type": "runCommand", "command": "echo checked", "timeout": 10}}
        """);
    ws = open();
  }

  private Workspace open() {
    return Kiro.open(
        WorkspaceOptions.builder()
            .root(root)
            .userHome(home)
            .environment(Environment.empty())
            .build());
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test // Kiro
  void kiro() {
    Workspace ws = open(); // the example: Kiro.open(Path.of("."))
    SteeringSet steering = SteeringSet.of(ws);
    SteeringSelection sel =
        steering.select(
            SteeringRequest.builder()
                .file(Path.of("src/components/Button.tsx"))
                .reference("#api-design")
                .build());
    List<String> lines = new ArrayList<>();
    sel.applied().forEach(a -> lines.add(a.file().name() + " because " + a.reason()));
    assertThat(lines).anyMatch(l -> l.startsWith("api-design because "));
  }

  @Test // ContextAssembler
  void contextAssembler() {
    ContextAssembler assembler = ContextAssembler.of(ws); // reuse it: it caches token counts
    AssembledContext ctx =
        assembler.assemble(
            ContextRequest.builder()
                .mode(ContextMode.IDE)
                .file(Path.of("components/Button.tsx"))
                .prompt("add a checkout page")
                .build());
    List<String> lines = new ArrayList<>();
    ctx.items().forEach(i -> lines.add(i.kind().label() + " " + i.source()));
    ctx.dropped().forEach(d -> lines.add("left out " + d.source() + ": " + d.reason()));
    assertThat(lines).containsExactly("steering .kiro/steering/ui.md");
  }

  @Test // AssembledContext, ContextRequest
  void assembledContext() {
    ContextRequest request =
        ContextRequest.builder()
            .mode(ContextMode.IDE)
            .file(Path.of("src/components/Button.tsx"))
            .prompt("set up the payment checkout")
            .reference("#troubleshooting-guide")
            .contextWindow(200_000)
            .build();
    AssembledContext ctx = ContextAssembler.of(ws).assemble(request);
    List<String> lines = new ArrayList<>();
    for (ContextItem item : ctx.items()) {
      lines.add(item.kind().label() + " " + item.source() + " " + item.reason().label());
    }
    ctx = ctx.withHookOutput("userPromptSubmit:lint", "lint is clean");
    assertThat(lines)
        .containsExactly(
            "steering .kiro/steering/troubleshooting-guide.md ref:#troubleshooting-guide (docs"
                + " L1160–1193)");
    assertThat(ctx.items()).hasSize(2);
  }

  @Test // WorkspaceOptions
  void workspaceOptions() throws IOException {
    Path shared = Files.createDirectories(tmp.resolve("shared-lib"));
    WorkspaceOptions options =
        WorkspaceOptions.builder()
            .root(root)
            .root(shared)
            .userHome(home) // tests never touch the real home
            .build();
    Workspace ws = Kiro.open(options);
    assertThat(ws.roots()).hasSize(2);
  }

  @Test // SteeringSet
  void steeringSet() {
    SteeringSet steering = SteeringSet.of(ws);
    SteeringSelection sel =
        steering.select(
            SteeringRequest.builder()
                .file(Path.of("components/Button.tsx"))
                .reference("#troubleshooting-guide")
                .build());
    List<String> lines = new ArrayList<>();
    for (AppliedSteering a : sel.applied()) {
      lines.add(a.file().name() + " (" + a.reason().label() + ")");
    }
    assertThat(lines).hasSize(2).anyMatch(l -> l.startsWith("troubleshooting-guide ("));
  }

  @Test // AgentSet
  void agentSet() {
    AgentSet agents = AgentSet.of(ws); // loaded once, cached on the workspace
    Agent dev = agents.find("dev").orElseThrow();
    Agent fallback = agents.defaultAgent(); // chat.defaultAgent, else kiro_default
    agents.diagnostics().forEach(System.out::println);
    assertThat(dev.name()).isEqualTo("dev");
    assertThat(fallback.name()).isEqualTo("kiro_default");
    assertThat(AgentSet.of(ws)).isSameAs(agents);
  }

  @Test // PermissionEngine
  void permissionEngine() {
    JsonNode input =
        JsonMapper.builder().build().readTree("{\"command\": \"cd x && git push --force\"}");
    Agent dev = AgentSet.of(ws).find("dev").orElseThrow();
    PermissionEngine engine =
        PermissionEngine.of(dev, ws, ws.primaryRoot().path(), SessionTrust.none());
    PermissionDecision decision = engine.evaluate("shell", input);
    assertThat(decision.label()).isEqualTo("deny");
  }

  @Test // ShellParser
  void shellParser() {
    List<String> lines = new ArrayList<>();
    ShellParse parse = ShellParser.parse("cd build && make -j4 | tee log");
    if (parse instanceof ShellParse.Parsed parsed) {
      parsed.commands().forEach(c -> lines.add(c.text())); // cd build / make -j4 / tee log
    }
    assertThat(lines).containsExactly("cd build", "make -j4", "tee log");
  }

  @Test // HookRunner
  void hookRunner() {
    List<String> context = new ArrayList<>();
    try (HookRunner runner = HookRunner.builder().build()) {
      HookEvent event = new HookEvent.PromptSubmit("deploy to prod");
      HookOutcome outcome = runner.run(event, HookSet.of(ws).match(event));
      if (outcome.blocked()) { // a promptSubmit command exited non-zero
        System.err.println("blocked by " + outcome.blockedBy().orElseThrow());
      }
      outcome.context().forEach(context::add); // stdout of the hooks that exited 0
      assertThat(outcome.blocked()).isFalse();
    }
    assertThat(context).anyMatch(c -> c.contains("checked"));
  }

  @Test // ToolName
  void toolName() {
    assertThat(ToolName.parse("@git/git_status").server()).isEqualTo(Optional.of("git"));
    assertThat(ToolName.parse("execute_bash").builtin()).isEqualTo(Optional.of(BuiltinTool.SHELL));
  }

  @Test // ToolsSettings
  void toolsSettings() {
    Agent agent = AgentSet.of(ws).find("dev").orElseThrow();
    List<String> denied =
        agent.config().toolsSettings().shell().map(ShellSettings::deniedCommands).orElse(List.of());
    assertThat(denied).containsExactly("git push .*");
  }
}
