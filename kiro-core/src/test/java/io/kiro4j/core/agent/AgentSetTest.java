package io.kiro4j.core.agent;

import static io.kiro4j.core.agent.AgentFixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.json.JsonSyntax;
import io.kiro4j.core.workspace.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentSetTest {

  @TempDir Path tmp;
  AgentFixtures fx;

  @BeforeEach
  void setUp() {
    fx = new AgentFixtures(tmp);
  }

  private Agent only(String name) {
    return AgentSet.load(fx.open()).find(name).orElseThrow();
  }

  private static Diagnostic first(List<Diagnostic> ds, String code) {
    return ds.stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void nameIsDerivedFromTheFileNameWhenAbsent() {
    fx.globalAgent("code-reviewer.json", "{\"description\": \"Reviews\"}");
    Agent a = only("code-reviewer");
    assertThat(a.scope()).isEqualTo(Scope.GLOBAL);
    assertThat(a.diagnostics()).isEmpty();
  }

  @Test
  void nameDifferentFromFileNameIsUsedAndWarned() {
    fx.agent("a.json", "{\n  \"name\": \"dev\"\n}");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(set.find("dev")).isPresent();
    assertThat(set.find("a")).isPresent(); // lookup by file name too
    Diagnostic d = first(set.diagnostics(), "AGENT-002");
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.column()).isEqualTo(11);
  }

  @Test
  void workspaceAgentWinsOverGlobalAgentOfTheSameNameWithAWarning() {
    fx.globalAgent("dev.json", "{\"description\": \"global\"}");
    fx.agent("dev.json", "{\"description\": \"local\"}");
    AgentSet set = AgentSet.load(fx.open());
    Agent dev = set.find("dev").orElseThrow();
    assertThat(dev.scope()).isEqualTo(Scope.WORKSPACE);
    assertThat(dev.config().description()).contains("local");
    assertThat(codes(dev.diagnostics())).containsExactly("AGENT-003");
    assertThat(set.overridden()).extracting(Agent::scope).containsExactly(Scope.GLOBAL);
  }

  @Test
  void duplicateNamesInOneFolderAreReportedAndTheFirstFileWins() {
    fx.agent("a.json", "{\"name\": \"x\"}");
    fx.agent("b.json", "{\"name\": \"x\"}");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(set.find("x").orElseThrow().path().orElseThrow().getFileName())
        .hasToString("a.json");
    assertThat(codes(set.diagnostics())).contains("AGENT-004");
  }

  @Test // docs L14717 (CLI: agents/*.json) and L19680 (IDE: agents/*.md) (issue 14)
  void aJsonAgentAndAMarkdownSubagentOfOneNameAreTwoProductsFilesNotADuplicate() {
    fx.agent("reviewer.json", "{\"name\": \"reviewer\", \"tools\": [\"read\"]}");
    fx.agent("reviewer.md", "---\nname: reviewer\ndescription: IDE reviewer\n---\nReview.\n");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(codes(set.diagnostics())).doesNotContain("AGENT-004", "AGENT-003");
    assertThat(set.agents())
        .filteredOn(a -> a.name().equals("reviewer"))
        .extracting(Agent::format)
        .containsExactly(AgentFormat.JSON, AgentFormat.MARKDOWN);
    assertThat(set.find("reviewer").orElseThrow().format()).isEqualTo(AgentFormat.JSON);
    assertThat(set.overridden()).isEmpty();
  }

  @Test
  void aWorkspaceMarkdownSubagentDoesNotOverrideAGlobalJsonAgent() {
    fx.globalAgent("dev.json", "{\"description\": \"global CLI agent\"}");
    fx.agent("dev.md", "---\ndescription: workspace subagent\n---\nHelp.\n");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(codes(set.diagnostics())).doesNotContain("AGENT-003");
    assertThat(set.agents()).filteredOn(a -> a.name().equals("dev")).hasSize(2);
  }

  @Test
  void twoMarkdownSubagentsOfOneNameAreStillADuplicate() {
    fx.agent("a.md", "---\nname: x\n---\nA\n");
    fx.agent("b.md", "---\nname: x\n---\nB\n");
    assertThat(codes(AgentSet.load(fx.open()).diagnostics())).contains("AGENT-004");
  }

  @Test // prompt files kept in the agents folder (issue 14)
  void markdownFilesWithoutFrontMatterAreNotAgentsAndAreNotedOncePerFolder() {
    fx.agent("README.md", "# Our agents\n\nSee the JSON files.\n");
    fx.agent("reviewer-prompt.md", "You are a careful reviewer.\n");
    fx.agent("reviewer.json", "{\"prompt\": \"file://./reviewer-prompt.md\"}");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(set.agents()).extracting(Agent::name).containsExactly("kiro_default", "reviewer");
    List<Diagnostic> notes =
        set.diagnostics().stream().filter(d -> d.code().equals("AGENT-023")).toList();
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).severity()).isEqualTo(Severity.INFO);
    assertThat(notes.get(0).message())
        .startsWith("2 Markdown files")
        .contains("README.md", "reviewer-prompt.md");
    assertThat(set.find("reviewer").orElseThrow().promptText())
        .contains("You are a careful reviewer.\n");
  }

  @Test // issue 14: hook commands and mcpServers env of an agent are committed with it
  void literalSecretsInAgentHookCommandsAndServerEnvAreWarned() {
    String secret = io.kiro4j.core.internal.secret.FakeSecrets.githubToken();
    fx.agent(
        "ops.json",
        "{\"hooks\": {\"agentSpawn\": [{\"command\": \"GH_TOKEN="
            + secret
            + " gh auth status\"}]},\n"
            + " \"mcpServers\": {\"gh\": {\"command\": \"gh-mcp\", \"env\": {\"GH_TOKEN\": \""
            + secret
            + "\"}}}}");
    List<Diagnostic> ds = AgentSet.load(fx.open()).find("ops").orElseThrow().diagnostics();
    assertThat(codes(ds)).containsExactly("SECRET-001", "SECRET-001");
    assertThat(ds).extracting(Diagnostic::message).noneMatch(m -> m.contains(secret));
  }

  @Test
  void includePowersOfAMarkdownAgentIsReadIntoItsConfig() {
    fx.agent("powered.md", "---\nname: powered\nincludePowers: true\n---\nHelp.\n");
    fx.agent("plain.md", "---\nname: plain\n---\nHelp.\n");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(set.find("powered").orElseThrow().config().includePowers()).contains(true);
    assertThat(set.find("plain").orElseThrow().config().includePowers()).isEmpty();
  }

  @Test // kiro-cli v3 keys (reference upstream-cli-semantics 1.3), newer than the docs
  void kiro3KeysAreNotedNotRejected() {
    fx.agent(
        "v3.json",
        "{\"name\": \"v3\",\n \"permissions\": {\"rules\": []},\n \"excludedTools\": [\"shell\"]}");
    fx.agent(
        "sub.md", "---\nname: sub\npermissions:\n  rules: []\nincludePowers: true\n---\nHelp.\n");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(codes(set.find("v3").orElseThrow().diagnostics()))
        .containsExactlyInAnyOrder("AGENT-024", "AGENT-024");
    assertThat(set.find("v3").orElseThrow().hasErrors()).isFalse();
    assertThat(codes(set.find("sub").orElseThrow().diagnostics())).containsExactly("AGENT-024");
  }

  @Test // docs L19711: a subagent's name defaults to the file name, nothing more
  void aMarkdownSubagentMayBeNamedOtherwiseThanItsFileAndMetadataKeysAreInfo() {
    fx.agent(
        "builder-prompt.md",
        "---\nname: builder\ndescription: Builds.\nauthor: me\nversion: 1.0\ncolor: blue\n---\nBuild.\n");
    Agent a = only("builder");
    assertThat(codes(a.diagnostics())).containsExactly("AGENT-016", "AGENT-016", "AGENT-016");
    assertThat(a.diagnostics()).allMatch(d -> d.severity() == Severity.INFO);
  }

  @Test
  void builtinDefaultAgentIsListedAndIsTheDefault() {
    AgentSet set = AgentSet.load(fx.open());
    assertThat(set.agents()).extracting(Agent::name).containsExactly("kiro_default");
    assertThat(set.defaultAgent().scope()).isEqualTo(Scope.BUILTIN);
    assertThat(set.defaultAgent().config().tools()).containsExactly("*");
  }

  @Test
  void defaultAgentComesFromTheChatDefaultAgentSetting() {
    fx.agent("dev.json", "{}");
    fx.write(fx.home.resolve(".kiro/settings/cli.json"), "{\"chat.defaultAgent\": \"dev\"}");
    assertThat(AgentSet.load(fx.open()).defaultAgent().name()).isEqualTo("dev");
  }

  @Test
  void defaultAgentSettingNamingNoAgentFallsBackWithAWarning() {
    fx.write(
        fx.home.resolve(".kiro/settings/cli.json"), "{\"chat\": {\"defaultAgent\": \"gone\"}}");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(set.defaultAgent().name()).isEqualTo("kiro_default");
    assertThat(codes(set.diagnostics())).containsExactly("AGENT-012");
  }

  @Test
  void unknownTopLevelKeyIsAnErrorAndTheRestOfTheWorkspaceStillLoads() {
    fx.agent("bad.json", "{\n  \"name\": \"bad\",\n  \"allowedTool\": []\n}");
    fx.agent("good.json", "{\"name\": \"good\"}");
    AgentSet set = AgentSet.load(fx.open());
    Agent bad = set.find("bad").orElseThrow();
    assertThat(bad.hasErrors()).isTrue();
    Diagnostic d = first(bad.diagnostics(), "SCHEMA-002");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(3);
    assertThat(set.find("good").orElseThrow().diagnostics()).isEmpty();
  }

  @Test
  void commentsAndTrailingCommasAreErrorsInStrictModeAndWarningsInLenientMode() {
    fx.agent("doc.json", "{\n  \"allowedTools\": [\n    // Exact matches\n    \"read\",\n  ]\n}");
    Agent strict = AgentSet.load(fx.open()).find("doc").orElseThrow();
    assertThat(codes(strict.diagnostics())).containsExactly("JSON-002", "JSON-003");
    assertThat(strict.hasErrors()).isTrue();
    Agent lenient = AgentSet.load(fx.open(), JsonSyntax.LENIENT).find("doc").orElseThrow();
    assertThat(lenient.hasErrors()).isFalse();
    assertThat(lenient.config().allowedTools()).containsExactly("read");
  }

  @Test
  void malformedJsonIsReportedAtTheOffendingCharacterAndTheAgentIsStillListed() {
    fx.agent("broken.json", "{\n  \"name\": \"broken\"\n  \"tools\": []\n}");
    Agent a = only("broken");
    Diagnostic d = first(a.diagnostics(), "JSON-001");
    assertThat(d.line()).isEqualTo(3);
    assertThat(a.config()).isEqualTo(AgentConfig.empty());
  }

  @Test
  void wrongTypesAreSchemaErrorsAtTheValue() {
    fx.agent("t.json", "{\n  \"tools\": \"read\",\n  \"includeMcpJson\": \"yes\"\n}");
    Agent a = only("t");
    assertThat(codes(a.diagnostics())).containsExactly("SCHEMA-001", "SCHEMA-001");
    assertThat(a.diagnostics().get(0).line()).isEqualTo(2);
    assertThat(a.diagnostics().get(0).column()).isEqualTo(12);
  }

  @Test
  void nullOptionalStringsAreAccepted() {
    fx.agent("n.json", "{\"model\": null, \"description\": null}");
    assertThat(only("n").diagnostics()).isEmpty();
  }

  @Test
  void unreadableFileIsReportedAndOthersLoad() throws Exception {
    Path p = fx.agent("bin.json", "x");
    Files.write(p, new byte[] {(byte) 0xff, (byte) 0xfe, 0x7b});
    fx.agent("ok.json", "{}");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(codes(set.find("bin").orElseThrow().diagnostics())).containsExactly("CORE-002");
    assertThat(set.find("ok").orElseThrow().diagnostics()).isEmpty();
  }

  @Test
  void filePromptIsRelativeToTheAgentFilesFolder() {
    fx.agent("a.json", "{\"prompt\": \"file://./prompts/a.md\"}");
    fx.write(fx.root.resolve(".kiro/agents/prompts/a.md"), "You review code.");
    Agent a = only("a");
    assertThat(a.promptText()).contains("You review code.");
    assertThat(a.promptFile().orElseThrow())
        .isEqualTo(fx.root.resolve(".kiro/agents/prompts/a.md").toAbsolutePath().normalize());
  }

  @Test
  void filePromptWithParentFolderAndTildeAndAbsolutePaths() {
    Path agentFile = fx.root.resolve(".kiro/agents/a.json");
    var exp = fx.open().pathExpansion();
    assertThat(AgentParser.promptPath("file://../shared/prompt.md", agentFile, exp))
        .isEqualTo(fx.root.resolve(".kiro/shared/prompt.md").toAbsolutePath().normalize());
    assertThat(AgentParser.promptPath("file://~/p.md", agentFile, exp))
        .isEqualTo(fx.open().userHome().resolve("p.md"));
    assertThat(AgentParser.promptPath("file:///home/user/prompts/agent.md", agentFile, exp))
        .isEqualTo(Path.of("/home/user/prompts/agent.md"));
  }

  @Test
  void workspaceAgentPromptLeadingOutsideTheWorkspaceIsNotLoaded() throws Exception {
    // A cloned repository must not pull ~/.aws/credentials into a prompt.
    Path secret = fx.write(fx.open().userHome().resolve(".aws/credentials"), "aws_secret=x");
    fx.agent("tilde.json", "{\n  \"prompt\": \"file://~/.aws/credentials\"\n}");
    fx.agent("absolute.json", "{\"prompt\": \"file://" + secret.toAbsolutePath() + "\"}");
    Files.createSymbolicLink(fx.root.resolve(".kiro/agents/link.md"), secret.toAbsolutePath());
    fx.agent("symlink.json", "{\"prompt\": \"file://./link.md\"}");
    for (String name : List.of("tilde", "absolute", "symlink")) {
      Agent a = only(name);
      assertThat(codes(a.diagnostics())).as(name).contains("AGENT-025");
      assertThat(a.promptText()).as(name).isEmpty();
    }
  }

  @Test
  void missingPromptFileIsAnErrorAtThePrompt() {
    fx.agent("a.json", "{\n  \"prompt\": \"file://./nope.md\"\n}");
    Agent a = only("a");
    Diagnostic d = first(a.diagnostics(), "AGENT-001");
    assertThat(d.line()).isEqualTo(2);
    assertThat(a.promptText()).isEmpty();
  }

  @Test
  void inlinePromptIsKeptAsText() {
    fx.agent("a.json", "{\"prompt\": \"You are an expert AWS infrastructure specialist\"}");
    assertThat(only("a").promptText()).contains("You are an expert AWS infrastructure specialist");
  }

  @Test
  void markdownAgentReadsFrontMatterFieldsAndTheBodyAsPrompt() {
    fx.agent(
        "code-reviewer.md",
        "---\nname: code-reviewer\ndescription: Expert code review assistant\n"
            + "tools: [\"@builtin\", \"@context7\", \"web\"]\nmodel: claude-sonnet-4\n"
            + "includeMcpJson: true\ncolour: blue\n---\nYou review code.\n");
    Agent a = only("code-reviewer");
    assertThat(a.format()).isEqualTo(AgentFormat.MARKDOWN);
    assertThat(a.config().tools()).containsExactly("@builtin", "@context7", "web");
    assertThat(a.config().includesMcpJson()).isTrue();
    assertThat(a.promptText()).contains("You review code.");
    Diagnostic d = first(a.diagnostics(), "AGENT-016");
    assertThat(d.line()).isEqualTo(7);
    assertThat(codes(a.diagnostics())).containsExactly("AGENT-016");
  }

  @Test
  void bareWildcardInAllowedToolsIsReported() {
    fx.agent("a.json", "{\"allowedTools\": [\"*\", \"@server/read_*\", \"@git-*\", \"?ead\"]}");
    assertThat(codes(only("a").diagnostics())).containsExactly("AGENT-006");
  }

  @Test
  void invalidGlobInAllowedToolsIsReportedAtTheCharacter() {
    fx.agent("a.json", "{\"allowedTools\": [\"@git/[*\"]}");
    Diagnostic d = first(only("a").diagnostics(), "GLOB-001");
    assertThat(d.column()).isEqualTo(25); // the unclosed '['
  }

  @Test
  void glob002APipeInAHookMatcherOrAllowedToolsIsReportedAtThePipe() {
    fx.agent(
        "a.json",
        "{\"allowedTools\": [\"@git/a|b\"], \"hooks\": {\"preToolUse\":"
            + " [{\"matcher\": \"fs_write|str_replace\", \"command\": \"true\"}]}}");
    List<Diagnostic> pipes =
        only("a").diagnostics().stream().filter(d -> d.code().equals("GLOB-002")).toList();
    assertThat(pipes).extracting(Diagnostic::column).containsExactly(26, 78);
  }

  @Test
  void unknownToolNameIsWarned() {
    fx.agent("a.json", "{\"tools\": [\"read\", \"fs_read\", \"@builtin/code\", \"raed\"]}");
    Diagnostic d = first(only("a").diagnostics(), "AGENT-005");
    assertThat(d.message()).contains("raed");
  }

  @Test
  void toolsSettingsTypeErrorsAndUnknownOptionsAreReported() {
    fx.agent(
        "a.json",
        "{\"toolsSettings\": {\"shell\": {\"allowedCommands\": \"git status\", \"bogus\": 1},"
            + " \"code\": {\"x\": true}, \"nope\": {}, \"@git/git_status\": {\"git_user\": \"$GIT_USER\"}}}");
    assertThat(codes(only("a").diagnostics()))
        .containsExactlyInAnyOrder("AGENT-009", "AGENT-010", "AGENT-010", "AGENT-010");
  }

  @Test
  void allowedToolsOverridingToolsSettingsIsNoted() {
    fx.agent(
        "a.json",
        "{\"allowedTools\": [\"fs_write\"], \"toolsSettings\": {\"write\": {\"allowedPaths\": [\"src/**\"]}}}");
    assertThat(codes(only("a").diagnostics())).containsExactly("AGENT-015");
  }

  @Test
  void hookTriggersAreCheckedAndMatchersOnlyApplyToToolTriggers() {
    fx.agent(
        "a.json",
        "{\"hooks\": {\"agentSpawn\": [{\"command\": \"git status\", \"matcher\": \"read\"}],"
            + " \"preToolUse\": [{\"matcher\": \"execute_bash\", \"command\": \"audit\", \"timeout_ms\": 5000}],"
            + " \"onSave\": [], \"stop\": [{\"matcher\": \"x\"}]}}");
    Agent a = only("a");
    assertThat(codes(a.diagnostics()))
        .containsExactlyInAnyOrder("AGENT-014", "AGENT-014", "SCHEMA-002", "SCHEMA-003");
    AgentHook pre = a.config().hooks(HookTrigger.PRE_TOOL_USE).get(0);
    assertThat(pre.matcherTool().orElseThrow().builtin()).contains(BuiltinTool.SHELL);
    assertThat(pre.timeoutMs()).hasValue(5000);
  }

  @Test
  void keyboardShortcutsAreValidatedAndConflictsDisabled() {
    fx.agent("a.json", "{\"keyboardShortcut\": \"ctrl+A\"}");
    fx.agent("b.json", "{\"keyboardShortcut\": \"ctrl+a\"}");
    fx.agent("c.json", "{\"keyboardShortcut\": \"alt+a\"}");
    AgentSet set = AgentSet.load(fx.open());
    assertThat(codes(set.find("a").orElseThrow().diagnostics())).containsExactly("AGENT-008");
    assertThat(codes(set.find("b").orElseThrow().diagnostics())).containsExactly("AGENT-008");
    assertThat(codes(set.find("c").orElseThrow().diagnostics())).containsExactly("AGENT-007");
  }

  @Test
  void bothMcpJsonSwitchesAreNotedAndIncludeMcpJsonDecides() {
    fx.agent("a.json", "{\"includeMcpJson\": false, \"useLegacyMcpJson\": true}");
    Agent a = only("a");
    assertThat(codes(a.diagnostics())).containsExactly("AGENT-011");
    assertThat(a.config().includesMcpJson()).isFalse();
  }

  @Test
  void aliasCollisionsAreReported() {
    fx.agent(
        "a.json",
        "{\"toolAliases\": {\"@a/x\": \"same\", \"@b/x\": \"same\", \"@c/y\": \"read\"}}");
    assertThat(codes(only("a").diagnostics())).containsExactly("AGENT-013", "AGENT-013");
  }

  @Test
  void mcpServerEntriesInTheAgentAreChecked() {
    fx.agent(
        "a.json",
        "{\"mcpServers\": {\"both\": {\"command\": \"x\", \"url\": \"https://a\"},"
            + " \"plain\": {\"url\": \"http://example.com/mcp\"}, \"typo\": {\"comand\": \"x\", \"command\": \"y\"}}}");
    assertThat(codes(only("a").diagnostics()))
        .containsExactlyInAnyOrder("MCP-001", "MCP-004", "MCP-003");
  }

  static final String EXAMPLE_2 =
      "{\n  \"name\": \"aws-rust-agent\",\n  \"description\": \"Specialized agent for AWS and Rust development\",\n"
          + "  \"prompt\": \"file://./prompts/aws-rust-expert.md\",\n"
          + "  \"mcpServers\": {\n    \"fetch\": {\"command\": \"fetch-server\", \"args\": []},\n"
          + "    \"git\": {\"command\": \"git-mcp\", \"args\": []}\n  },\n"
          + "  \"tools\": [\"read\", \"write\", \"shell\", \"aws\", \"@git\", \"@fetch/fetch_url\"],\n"
          + "  \"toolAliases\": {\"@git/git_status\": \"status\", \"@fetch/fetch_url\": \"get\"},\n"
          + "  \"allowedTools\": [\"read\", \"@git/git_status\"],\n"
          + "  \"toolsSettings\": {\"write\": {\"allowedPaths\": [\"src/**\", \"tests/**\", \"Cargo.toml\"]},\n"
          + "    \"aws\": {\"allowedServices\": [\"s3\", \"lambda\"], \"autoAllowReadonly\": true}},\n"
          + "  \"resources\": [\"file://README.md\", \"file://docs/**/*.md\",\n"
          + "    {\"type\": \"knowledgeBase\", \"source\": \"file://./docs\", \"name\": \"ProjectDocs\"}],\n"
          + "  \"hooks\": {\"agentSpawn\": [{\"command\": \"git status\"}],\n"
          + "    \"postToolUse\": [{\"matcher\": \"fs_write\", \"command\": \"cargo fmt --all\"}]},\n"
          + "  \"model\": \"claude-sonnet-4\",\n  \"keyboardShortcut\": \"ctrl+shift+r\",\n"
          + "  \"welcomeMessage\": \"Ready to help with AWS and Rust development!\"\n}\n";

  @Test
  void theDocsCompleteExampleLoadsWithoutProblems() {
    fx.agent("aws-rust-agent.json", EXAMPLE_2);
    fx.write(fx.root.resolve(".kiro/agents/prompts/aws-rust-expert.md"), "Expert.");
    Agent a = only("aws-rust-agent");
    assertThat(a.diagnostics()).isEmpty();
    AgentConfig c = a.config();
    assertThat(c.toolsSettings().aws().orElseThrow().autoAllowReadonly()).isTrue();
    assertThat(c.toolsSettings().write().orElseThrow().allowedPaths())
        .containsExactly("src/**", "tests/**", "Cargo.toml");
    assertThat(c.resources()).hasSize(3);
    assertThat(c.resources().get(2)).isInstanceOf(AgentResource.KnowledgeBase.class);
    assertThat(((AgentResource.KnowledgeBase) c.resources().get(2)).indexType()).isEqualTo("best");
    assertThat(c.mcpServers().get("git").effectiveTimeoutMs()).isEqualTo(120_000);
  }

  @Test
  void anAgentConfigSerialisesToJsonThatReloadsEqualWithStableKeyOrder() {
    fx.agent("aws-rust-agent.json", EXAMPLE_2);
    AgentConfig original = only("aws-rust-agent").config();
    String json = original.toJson().toString();
    fx.agent("pretty.json", original.toJsonText().replace("aws-rust-agent", "pretty"));
    assertThat(only("pretty").config().tools()).isEqualTo(original.tools());
    assertThat(only("pretty").diagnostics())
        .extracting(Diagnostic::code)
        .containsOnly(
            "AGENT-001", "AGENT-008"); // no prompt file; shortcut shared with the original
    fx.agent("copy.json", json.replace("aws-rust-agent", "copy"));
    AgentConfig reloaded = only("copy").config();
    assertThat(reloaded.toJson().toString()).isEqualTo(json.replace("aws-rust-agent", "copy"));
    assertThat(reloaded.tools()).isEqualTo(original.tools());
    assertThat(reloaded.hooks()).isEqualTo(original.hooks());
    assertThat(json.indexOf("\"name\"")).isLessThan(json.indexOf("\"prompt\""));
    assertThat(json.indexOf("\"hooks\"")).isLessThan(json.indexOf("\"welcomeMessage\""));
  }
}
