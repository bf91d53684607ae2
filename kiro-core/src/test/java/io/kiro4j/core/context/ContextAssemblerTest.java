package io.kiro4j.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
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

/** One test per documented rule of context assembly (core only: no provider). */
class ContextAssemblerTest {

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(tmp.resolve("project"));
    home = Files.createDirectories(tmp.resolve("home"));
  }

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private Workspace open() {
    return Kiro.open(
        WorkspaceOptions.builder()
            .root(root)
            .userHome(home)
            .environment(Environment.empty())
            .build());
  }

  private AssembledContext assemble(ContextRequest.Builder request) {
    return ContextAssembler.coreOnly(open())
        .tokenCounter(TokenCounter.estimate())
        .assemble(request.build());
  }

  private static List<String> sources(AssembledContext ctx) {
    return ctx.items().stream().map(i -> i.kind().label() + " " + i.source()).toList();
  }

  private static List<String> codes(AssembledContext ctx) {
    return ctx.diagnostics().stream().map(Diagnostic::code).toList();
  }

  private void steeringFiles() throws IOException {
    write(root.resolve("AGENTS.md"), "agents rules");
    write(root.resolve(".kiro/steering/style.md"), "always style");
    write(
        root.resolve(".kiro/steering/react.md"),
        "---\ninclusion: fileMatch\nfileMatchPattern: \"**/*.tsx\"\n---\nreact rules");
    write(
        root.resolve(".kiro/steering/troubleshooting.md"),
        "---\ninclusion: manual\n---\nmanual guide");
  }

  @Test
  void ideAlwaysSteeringAndAgentsMdAreIncludedAgentsMdFirst() throws IOException {
    steeringFiles();
    AssembledContext ctx = assemble(ContextRequest.builder());
    assertThat(sources(ctx))
        .containsExactly("agents-md AGENTS.md", "steering .kiro/steering/style.md");
    assertThat(ctx.items().get(0).reason().label()).isEqualTo("agents-md (docs L1099–1103)");
    assertThat(ctx.items().get(1).reason().docs()).isEqualTo("docs L1113");
  }

  @Test
  void ideFileMatchSteeringIsIncludedWhenAFileInFocusMatches() throws IOException {
    steeringFiles();
    AssembledContext ctx = assemble(ContextRequest.builder().file(root.resolve("src/Button.tsx")));
    assertThat(sources(ctx)).contains("steering .kiro/steering/react.md");
    ContextItem react = ctx.items().get(1);
    assertThat(react.reason().rule()).isEqualTo("fileMatch:**/*.tsx matched src/Button.tsx");
    assertThat(react.text()).isEqualTo("react rules");
    assertThat(react.line()).isEqualTo(5);
  }

  @Test
  void ideManualSteeringIsIncludedWhenReferencedWithHashOrHashSteering() throws IOException {
    steeringFiles();
    assertThat(sources(assemble(ContextRequest.builder().reference("#troubleshooting"))))
        .contains("steering .kiro/steering/troubleshooting.md");
    assertThat(
            sources(assemble(ContextRequest.builder().reference("#steering:troubleshooting.md"))))
        .contains("steering .kiro/steering/troubleshooting.md");
  }

  @Test
  void ideManualSteeringIsASlashCommand() throws IOException {
    steeringFiles();
    AssembledContext ctx = assemble(ContextRequest.builder().slashCommand("/troubleshooting"));
    ContextItem last = ctx.items().get(ctx.items().size() - 1);
    assertThat(last.source()).isEqualTo(".kiro/steering/troubleshooting.md");
    assertThat(last.reason().label())
        .isEqualTo("slash command /troubleshooting (docs L19208–19222)");
  }

  @Test
  void aSlashCommandThatIsNoManualSteeringIsAnInfo() throws IOException {
    steeringFiles();
    AssembledContext ctx = assemble(ContextRequest.builder().slashCommand("style"));
    assertThat(codes(ctx)).containsExactly("CONTEXT-005");
    assertThat(ctx.hasErrors()).isFalse();
  }

  @Test
  void ideHashFileAndHashFolderAddTheFilesAfterSteering() throws IOException {
    write(root.resolve("src/auth.ts"), "auth code");
    write(root.resolve("components/a.tsx"), "a");
    write(root.resolve("components/b.tsx"), "b");
    AssembledContext ctx =
        assemble(
            ContextRequest.builder()
                .reference("#auth.ts")
                .reference("#file:src/auth.ts")
                .reference("#components/"));
    // #auth.ts is no path at the root: a steering reference that matches nothing (STEER-020).
    assertThat(sources(ctx))
        .containsExactly("file src/auth.ts", "file components/a.tsx", "file components/b.tsx");
    assertThat(codes(ctx)).containsExactly("STEER-020");
    assertThat(ctx.items().get(0).reason().label())
        .isEqualTo("#file:src/auth.ts (docs L19194–19197)");
  }

  @Test
  void aMissingReferencedFileIsADiagnosticOnADroppedItemNeverAFailure() {
    AssembledContext ctx = assemble(ContextRequest.builder().reference("file:nope.md"));
    assertThat(ctx.items()).isEmpty();
    assertThat(ctx.dropped()).hasSize(1);
    assertThat(ctx.dropped().get(0).diagnostics().get(0).code()).isEqualTo("CONTEXT-006");
    assertThat(codes(ctx)).containsExactly("CONTEXT-006");
  }

  @Test
  void aReferencedFileLeadingOutOfTheWorkspaceIsNotLoaded() throws IOException {
    write(home.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(root.resolve("link.txt"), home.resolve("secret.txt"));
    AssembledContext ctx = assemble(ContextRequest.builder().reference("file:link.txt"));
    assertThat(ctx.items()).isEmpty();
    assertThat(ctx.dropped().get(0).reason()).isEqualTo("outside every workspace root");
    assertThat(codes(ctx)).containsExactly("CONTEXT-007");
  }

  @Test
  void hostProvidersAndSpecWithoutProviderAreInfos() {
    AssembledContext ctx =
        assemble(ContextRequest.builder().reference("#codebase").reference("#spec:auth"));
    assertThat(codes(ctx)).containsExactly("CONTEXT-003", "CONTEXT-013");
    assertThat(ctx.diagnostics()).allMatch(d -> d.severity() == Severity.INFO);
  }

  @Test
  void cliCustomAgentGetsSteeringOnlyThroughResources() throws IOException {
    steeringFiles();
    write(root.resolve("README.md"), "readme");
    write(
        root.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"prompt\": \"You are dev.\", \"resources\":"
            + " [\"file://README.md\", \"file://.kiro/steering/react.md\"]}");
    AssembledContext ctx = assemble(ContextRequest.builder().mode(ContextMode.CLI).agent("dev"));
    assertThat(sources(ctx))
        .containsExactly(
            "agent-prompt .kiro/agents/dev.json",
            "resource README.md",
            "resource .kiro/steering/react.md");
    assertThat(ctx.items().get(2).reason().docs()).contains("L13301–13313");
    // Resources are loaded as files: the front matter is part of what the model sees.
    assertThat(ctx.items().get(2).text()).startsWith("---\ninclusion: fileMatch");
  }

  @Test
  void cliDefaultAgentLoadsEverySteeringFileAndTheReadme() throws IOException {
    steeringFiles();
    write(root.resolve("README.md"), "readme");
    AssembledContext ctx = assemble(ContextRequest.builder().mode(ContextMode.CLI));
    assertThat(sources(ctx))
        .containsExactly(
            "agents-md AGENTS.md",
            "steering .kiro/steering/react.md",
            "steering .kiro/steering/style.md",
            "steering .kiro/steering/troubleshooting.md",
            "resource README.md");
    assertThat(ctx.items().get(1).reason().docs()).isEqualTo("docs L7116–7123");
  }

  @Test // docs L10920, L10955-10956: a project without .kiro keeps its Amazon Q rules
  void cliDefaultAgentLoadsTheAmazonQRulesOfAProjectWithoutDotKiro() throws IOException {
    write(root.resolve(".amazonq/rules/style.md"), "Use tabs.");
    AssembledContext ctx = assemble(ContextRequest.builder().mode(ContextMode.CLI));
    assertThat(sources(ctx)).containsExactly("resource .amazonq/rules/style.md");
    assertThat(ctx.items().get(0).reason().docs()).isEqualTo("docs L10955–10956");
    write(root.resolve(".kiro/steering/tech.md"), "# Tech");
    assertThat(sources(assemble(ContextRequest.builder().mode(ContextMode.CLI))))
        .doesNotContain("resource .amazonq/rules/style.md");
  }

  @Test
  void cliIgnoresHashReferencesWithAnInfo() {
    AssembledContext ctx =
        assemble(ContextRequest.builder().mode(ContextMode.CLI).reference("#style"));
    assertThat(codes(ctx)).containsExactly("CONTEXT-004");
  }

  @Test
  void sessionContextFilesComeAfterTheAgentsFilesAndTakeGlobs() throws IOException {
    write(root.resolve("README.md"), "readme");
    write(root.resolve("docs/a.md"), "a");
    write(root.resolve("docs/b.md"), "b");
    write(root.resolve("docs/c.txt"), "c");
    AssembledContext ctx =
        assemble(
            ContextRequest.builder()
                .mode(ContextMode.CLI)
                .sessionFile("docs/*.md")
                .sessionFile("missing.md"));
    assertThat(sources(ctx))
        .containsExactly("resource README.md", "session docs/a.md", "session docs/b.md");
    assertThat(ctx.dropped()).extracting(DroppedItem::source).containsExactly("missing.md");
    assertThat(codes(ctx)).containsExactly("CONTEXT-006");
  }

  @Test
  void aFileAlreadyInContextIsDroppedAsADuplicate() throws IOException {
    write(root.resolve("README.md"), "readme");
    AssembledContext ctx =
        assemble(ContextRequest.builder().mode(ContextMode.CLI).sessionFile("README.md"));
    assertThat(sources(ctx)).containsExactly("resource README.md");
    assertThat(ctx.dropped().get(0).reason()).startsWith("already in context");
  }

  @Test
  void contextFilesAreLimitedTo75PercentOfTheContextWindow() throws IOException {
    write(root.resolve(".kiro/steering/a.md"), "a".repeat(400)); // 100 tokens
    write(root.resolve(".kiro/steering/b.md"), "b".repeat(400)); // 100 tokens
    write(root.resolve(".kiro/steering/c.md"), "c".repeat(40)); // 10 tokens
    // 150 tokens for context files out of 200: a fits, b does not, the smaller c still does.
    AssembledContext ctx = assemble(ContextRequest.builder().contextWindow(200));
    assertThat(ctx.contextFileBudget()).isEqualTo(150);
    assertThat(sources(ctx))
        .containsExactly("steering .kiro/steering/a.md", "steering .kiro/steering/c.md");
    assertThat(ctx.contextFileTokens()).isEqualTo(110);
    DroppedItem b = ctx.dropped().get(0);
    assertThat(b.source()).isEqualTo(".kiro/steering/b.md");
    assertThat(b.tokens()).isEqualTo(100);
    assertThat(b.reason()).contains("over the context file budget").contains("docs L7142");
    assertThat(codes(ctx)).containsExactly("CONTEXT-008");
  }

  @Test
  void theAgentPromptComesFirstAndIsNotBudgeted() throws IOException {
    write(
        root.resolve(".kiro/agents/helper.md"),
        "---\nname: helper\ndescription: helps\n---\n" + "p".repeat(800));
    write(root.resolve(".kiro/steering/a.md"), "a".repeat(40));
    AssembledContext ctx = assemble(ContextRequest.builder().agent("helper").contextWindow(100));
    assertThat(sources(ctx))
        .containsExactly("agent-prompt .kiro/agents/helper.md", "steering .kiro/steering/a.md");
    assertThat(ctx.items().get(0).tokens()).isEqualTo(200);
  }

  @Test
  void anUnknownAgentIsAnErrorAndTheDefaultAgentIsUsed() {
    AssembledContext ctx = assemble(ContextRequest.builder().mode(ContextMode.CLI).agent("ghost"));
    assertThat(codes(ctx)).containsExactly("CONTEXT-001");
    assertThat(ctx.hasErrors()).isTrue();
  }

  @Test
  void aLocalPromptOverridesAGlobalOneOfTheSameName() throws IOException {
    write(root.resolve(".kiro/prompts/review.md"), "local review");
    write(home.resolve(".kiro/prompts/review.md"), "global review");
    write(home.resolve(".kiro/prompts/standup.md"), "global standup");
    AssembledContext local = assemble(ContextRequest.builder().prompt("@review"));
    assertThat(local.items().get(0).text()).isEqualTo("local review");
    assertThat(local.items().get(0).reason().rule()).isEqualTo("@review (local prompt)");
    AssembledContext global = assemble(ContextRequest.builder().prompt("  @standup"));
    assertThat(global.items().get(0).source()).isEqualTo("~/.kiro/prompts/standup.md");
  }

  @Test
  void argumentsToAFilePromptAreIgnoredWithAWarning() throws IOException {
    write(root.resolve(".kiro/prompts/review.md"), "local review");
    AssembledContext ctx = assemble(ContextRequest.builder().prompt("@review \"a b\" c"));
    assertThat(ctx.items()).hasSize(1);
    assertThat(codes(ctx)).containsExactly("CONTEXT-010");
    assertThat(ctx.diagnostics().get(0).message()).contains("2 ignored");
  }

  @Test
  void anMcpPromptIsExpandedThroughTheSourceWithPositionalArguments() {
    List<String> seen = new ArrayList<>();
    McpPromptSource source =
        (server, name, args) -> {
          seen.add(server.orElse("-") + "/" + name + args);
          return args.size() > 2
              ? new McpPromptSource.Expansion.Rejected("unknown argument 3")
              : new McpPromptSource.Expansion.Expanded(server.orElse("any"), "analyse " + args);
        };
    ContextAssembler assembler =
        ContextAssembler.coreOnly(open()).tokenCounter(TokenCounter.estimate()).mcpPrompts(source);
    AssembledContext ok =
        assembler.assemble(
            ContextRequest.builder()
                .prompt("@dev-tools/analyze \"performance issue\" detailed")
                .build());
    assertThat(seen).containsExactly("dev-tools/analyze[performance issue, detailed]");
    assertThat(ok.items().get(0).text()).isEqualTo("analyse [performance issue, detailed]");
    assertThat(ok.items().get(0).source()).isEqualTo("mcp:dev-tools/analyze");
    AssembledContext refused =
        assembler.assemble(ContextRequest.builder().prompt("@dev-tools/analyze a b c").build());
    assertThat(refused.items()).isEmpty();
    assertThat(refused.dropped().get(0).reason()).isEqualTo("refused: unknown argument 3");
    assertThat(codes(refused)).containsExactly("CONTEXT-011");
  }

  @Test
  void anMcpPromptWithoutASourceIsUnavailableNotAFailure() {
    AssembledContext ctx = assemble(ContextRequest.builder().prompt("@srv/p x"));
    assertThat(ctx.items()).isEmpty();
    assertThat(codes(ctx)).containsExactly("CONTEXT-011");
    AssembledContext unknown = assemble(ContextRequest.builder().prompt("@nothing"));
    assertThat(codes(unknown)).containsExactly("CONTEXT-009");
  }

  @Test
  void hookOutputIsAppendedAndNotBudgeted() throws IOException {
    write(root.resolve(".kiro/steering/a.md"), "a".repeat(40));
    AssembledContext ctx = assemble(ContextRequest.builder().contextWindow(20));
    AssembledContext more = ctx.withHookOutput("userPromptSubmit:lint", "x".repeat(400));
    ContextItem hook = more.items().get(more.items().size() - 1);
    assertThat(hook.kind()).isEqualTo(ContextKind.HOOK_OUTPUT);
    assertThat(hook.source()).isEqualTo("hook:userPromptSubmit:lint");
    assertThat(hook.tokens()).isEqualTo(100);
    assertThat(more.contextFileTokens()).isEqualTo(ctx.contextFileTokens());
    assertThat(ctx.items()).doesNotContain(hook);
  }

  @Test
  void anInstalledPowersServerIsNotActiveWithoutItsPower() throws IOException {
    write(
        home.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\": {\"power-stripe-api\": {\"command\": \"x\"}, \"git\": {\"command\":"
            + " \"y\"}}}");
    AssembledContext ctx = assemble(ContextRequest.builder());
    assertThat(ctx.activeServers()).extracting(ActiveServer::name).containsExactly("git");
  }

  @Test
  void aNonUtf8ResourceIsDroppedWithADiagnostic() throws IOException {
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.write(root.resolve("bad.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 'x'});
    write(
        root.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"resources\": [\"file://bad.md\"]}");
    AssembledContext ctx = assemble(ContextRequest.builder().mode(ContextMode.CLI).agent("dev"));
    assertThat(ctx.items()).isEmpty();
    assertThat(ctx.dropped().get(0).source()).isEqualTo("bad.md");
    assertThat(ctx.dropped().get(0).diagnostics()).isNotEmpty();
  }

  @Test
  void theStandardCounterCountsWithJtokkitAndEstimateUsesFourCharactersPerToken() {
    assertThat(TokenCounter.standard().count("hello world")).isEqualTo(2);
    assertThat(TokenCounter.standard().count("")).isZero();
    assertThat(TokenCounter.estimate().count("hello world")).isEqualTo(3);
  }

  @Test
  void aProviderAddedByTheHostRunsInNameOrderAndMayClaimReferences() throws IOException {
    ContextProvider notes =
        new ContextProvider() {
          @Override
          public String name() {
            return "notes";
          }

          @Override
          public void contribute(ContextScope scope, ContextContribution c) {
            c.claimReference("note:x");
            c.addText(ContextKind.HOOK_OUTPUT, "notes", new ContextReason("host", ""), "n");
            c.activeServer("notes-server", new ContextReason("host", ""));
          }
        };
    AssembledContext ctx =
        ContextAssembler.coreOnly(open())
            .with(notes)
            .assemble(ContextRequest.builder().reference("note:x").build());
    assertThat(ctx.diagnostics()).isEmpty();
    assertThat(ctx.items()).extracting(ContextItem::source).containsExactly("notes");
    assertThat(ctx.activeServers()).extracting(ActiveServer::name).contains("notes-server");
    assertThat(Optional.of(ctx.items().get(0).tokens())).contains(1);
  }
}
