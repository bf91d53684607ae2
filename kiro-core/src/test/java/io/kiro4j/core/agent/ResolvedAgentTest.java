package io.kiro4j.core.agent;

import static io.kiro4j.core.agent.AgentFixtures.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolvedAgentTest {

  @TempDir Path tmp;
  AgentFixtures fx;

  @BeforeEach
  void setUp() {
    fx = new AgentFixtures(tmp);
  }

  private ResolvedAgent resolve(String name) {
    Workspace ws = fx.open();
    return ResolvedAgent.of(ws, AgentSet.of(ws).find(name).orElseThrow());
  }

  @Test
  void starGivesEveryBuiltinToolAndEveryEnabledServer() {
    fx.agent(
        "a.json",
        "{\"tools\": [\"*\"], \"mcpServers\": {\"git\": {\"command\": \"g\"}, \"off\": {\"command\": \"o\", \"disabled\": true}}}");
    List<String> tools = resolve("a").tools();
    assertThat(tools).contains("read", "shell", "subagent", "@git").doesNotContain("@off");
  }

  @Test
  void builtinSigilGivesBuiltinToolsOnly() {
    fx.agent(
        "a.json", "{\"tools\": [\"@builtin\"], \"mcpServers\": {\"git\": {\"command\": \"g\"}}}");
    assertThat(resolve("a").tools()).hasSize(BuiltinTool.values().length).doesNotContain("@git");
  }

  @Test
  void aliasesAndServerReferencesResolve() {
    fx.agent(
        "a.json",
        "{\"tools\": [\"fs_read\", \"@builtin/code\", \"@git\", \"@rust-analyzer/check_code\", \"@nope\"],"
            + " \"mcpServers\": {\"git\": {\"command\": \"g\"}, \"rust-analyzer\": {\"command\": \"r\"}}}");
    ResolvedAgent r = resolve("a");
    assertThat(r.tools()).containsExactly("read", "code", "@git", "@rust-analyzer/check_code");
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-019");
    assertThat(r.modelToolNames())
        .containsEntry("@rust-analyzer/check_code", "rustanalyzer___check_code");
  }

  @Test // issue 14: as tools already does
  void allowedToolsNamingAServerNoLayerDefinesIsWarnedAtItsEntry() {
    fx.agent(
        "a.json",
        "{\"tools\": [\"*\"],\n \"allowedTools\": [\"read\", \"@git\", \"@github/create_issue\","
            + " \"@fetch*\", \"@mcp\"],\n \"mcpServers\": {\"git\": {\"command\": \"g\"}}}");
    ResolvedAgent r = resolve("a");
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-019");
    assertThat(r.diagnostics().get(0).message()).contains("'@github/create_issue'", "'github'");
    assertThat(r.diagnostics().get(0).line()).isEqualTo(2);
  }

  @Test
  void aServerOnlyInMcpJsonOfAnAgentThatDoesNotIncludeItGetsAHint() {
    fx.write(
        fx.root.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\": {\"github\": {\"command\": \"gh\"}}}");
    fx.agent("a.json", "{\"tools\": [\"@github\"], \"allowedTools\": [\"@github\"]}");
    ResolvedAgent r = resolve("a");
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-019", "AGENT-019");
    assertThat(r.diagnostics().get(0).message()).contains("set \"includeMcpJson\": true");
  }

  @Test // a user's own ~/.kiro/settings/mcp.json may define it (issue 14)
  void aServerMissingFromEveryFileOfAnAgentThatIncludesThemIsOnlyAnInfo() {
    fx.agent(
        "a.json", "{\"includeMcpJson\": true, \"tools\": [\"*\"], \"allowedTools\": [\"@figma\"]}");
    ResolvedAgent r = resolve("a");
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-019");
    assertThat(r.diagnostics().get(0).severity())
        .isEqualTo(io.kiro4j.core.diagnostic.Severity.INFO);
    assertThat(r.diagnostics().get(0).message()).contains("another user's may define it");
  }

  @Test // docs L19672: MCP servers work in subagents exactly as in the main agent
  void aMarkdownSubagentHasTheWorkspaceMcpServers() {
    fx.write(
        fx.root.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\": {\"context7\": {\"command\": \"c7\"}}}");
    fx.agent(
        "code-reviewer.md",
        "---\nname: code-reviewer\ndescription: Reviews.\ntools: [\"read\", \"@context7\"]\n---\nReview.\n");
    ResolvedAgent r = resolve("code-reviewer");
    assertThat(codes(r.diagnostics())).doesNotContain("AGENT-019");
    assertThat(r.tools()).contains("@context7");
  }

  @Test
  void knownToolListsExpandServersAndGlobsAndDropDisabledTools() {
    fx.agent(
        "a.json",
        "{\"tools\": [\"@git\", \"@db/read_*\"], \"mcpServers\": {\"git\": {\"command\": \"g\","
            + " \"disabledTools\": [\"git_push\"]}, \"db\": {\"command\": \"d\"}}}");
    Workspace ws = fx.open();
    ResolvedAgent r =
        ResolvedAgent.resolve(
            ws,
            AgentSet.of(ws).find("a").orElseThrow(),
            ResolvedAgent.defaultResolvers(),
            Map.of("git", List.of("git_status", "git_push"), "db", List.of("read_rows", "drop")));
    assertThat(r.tools()).containsExactly("@db/read_rows", "@git/git_status");
  }

  @Test
  void fileResourcesResolveAgainstTheFirstRootAndGlobsSpanFolders() {
    fx.write(fx.root.resolve("README.md"), "r");
    fx.write(fx.root.resolve(".kiro/steering/a.md"), "a");
    fx.write(fx.root.resolve(".kiro/steering/sub/b.md"), "b");
    fx.write(fx.root.resolve(".kiro/steering/c.txt"), "c");
    fx.agent(
        "a.json",
        "{\"resources\": [\"file://README.md\", \"file://.kiro/steering/**/*.md\", \"file://.kiro/steering/*.md\"]}");
    List<ResourceResolution> res = resolve("a").resources();
    assertThat(res.get(0).files()).containsExactly(real(fx.root.resolve("README.md")));
    assertThat(res.get(1).files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.md", "b.md");
    assertThat(res.get(2).files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.md");
    assertThat(res).extracting(ResourceResolution::resolvedBy).containsOnly("file");
  }

  @Test
  void missingFileResourceIsWarnedAtItsEntry() {
    fx.agent("a.json", "{\n  \"resources\": [\n    \"file://nope.md\"\n  ]\n}");
    ResolvedAgent r = resolve("a");
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-017");
    assertThat(r.diagnostics().get(0).line()).isEqualTo(3);
  }

  @Test // nothing to fix in the file: a template glob, another machine's home (issue 14)
  void aGlobOrHomeResourceMatchingNothingIsOnlyAnInfo() {
    fx.agent(
        "a.json",
        "{\"resources\": [\"file://*/AGENTS.md\", \"file://~/.kiro/steering/**/*.md\","
            + " \"file://docs/missing.md\"]}");
    ResolvedAgent r = resolve("a");
    assertThat(r.diagnostics())
        .extracting(d -> d.code() + " " + d.severity().label())
        .containsExactly("AGENT-017 info", "AGENT-017 info", "AGENT-017 warning");
  }

  @Test
  void badResourceGlobIsReportedAtTheOffendingCharacter() {
    fx.agent("a.json", "{\"resources\": [\"file://docs/[a-*.md\"]}");
    ResolvedAgent r = resolve("a");
    assertThat(codes(r.diagnostics())).containsExactly("GLOB-001");
    assertThat(r.diagnostics().get(0).column()).isEqualTo(30);
  }

  @Test
  void skillResourcesWithoutAResolverAreUnresolvedWithAnInfo() {
    fx.agent("a.json", "{\"resources\": [\"skill://.kiro/skills/**/SKILL.md\"]}");
    ResolvedAgent r = resolve("a");
    assertThat(r.resources().get(0).resolvedBy()).isEqualTo("unresolved");
    assertThat(r.resources().get(0).files()).isEmpty();
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-018");
  }

  private static Path real(Path p) {
    try {
      return p.toRealPath();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void promptIsTheEffectiveText() {
    fx.agent("a.json", "{\"prompt\": \"Be brief.\"}");
    assertThat(resolve("a").prompt()).contains("Be brief.");
  }

  // file:// resources are held to the containment check of steering #[[file:]] references.

  private static java.nio.file.Path link(java.nio.file.Path link, java.nio.file.Path target) {
    try {
      java.nio.file.Files.createDirectories(link.getParent());
      return java.nio.file.Files.createSymbolicLink(link, target);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void workspaceAgentResourceSymlinkLeadingOutsideTheRootsIsNotLoaded() {
    Path credentials = fx.write(fx.home.resolve(".aws/credentials"), "SECRET");
    fx.write(fx.root.resolve("docs/a.md"), "a");
    link(fx.root.resolve("docs/creds.md"), credentials);
    fx.agent("a.json", "{\"resources\": [\"file://docs/*.md\", \"file://docs/creds.md\"]}");
    ResolvedAgent r = resolve("a");
    assertThat(r.resources().get(0).files())
        .extracting(p -> p.getFileName().toString())
        .containsExactly("a.md");
    assertThat(r.resources().get(1).files()).isEmpty();
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-021", "AGENT-021");
    assertThat(r.diagnostics().get(0).message()).contains(credentials.toString());
  }

  @Test
  void workspaceAgentResourceWithHomeOrAbsolutePathOutsideTheRootsIsNotLoaded() {
    Path credentials = fx.write(fx.home.resolve(".aws/credentials"), "SECRET");
    fx.agent(
        "a.json",
        "{\"resources\": [\"file://~/.aws/credentials\", \"file://" + credentials + "\"]}");
    ResolvedAgent r = resolve("a");
    assertThat(r.resources()).allSatisfy(res -> assertThat(res.files()).isEmpty());
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-021", "AGENT-021");
  }

  @Test
  void agentResourceExcludedByKiroignoreIsNotLoaded() {
    fx.write(fx.root.resolve(".kiroignore"), "secrets/\n");
    fx.write(fx.root.resolve("secrets/prod.env"), "TOKEN");
    fx.write(fx.root.resolve("README.md"), "r");
    link(fx.root.resolve("docs/env.md"), fx.root.resolve("secrets/prod.env"));
    fx.agent(
        "a.json",
        "{\"resources\": [\"file://README.md\", \"file://secrets/prod.env\", \"file://docs/env.md\"]}");
    ResolvedAgent r = resolve("a");
    assertThat(r.resources().get(0).files()).hasSize(1);
    assertThat(r.resources().get(1).files()).isEmpty();
    assertThat(r.resources().get(2).files()).isEmpty();
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-022", "AGENT-022");
  }

  @Test
  void globalAgentResourceWrittenWithHomeOrAbsolutePathMayPointAnywhere() {
    Path notes = fx.write(fx.home.resolve("notes/rust.md"), "my notes");
    fx.globalAgent(
        "g.json", "{\"resources\": [\"file://~/notes/rust.md\", \"file://" + notes + "\"]}");
    ResolvedAgent r = resolve("g");
    assertThat(r.resources()).allSatisfy(res -> assertThat(res.files()).hasSize(1));
    assertThat(codes(r.diagnostics())).isEmpty();
  }

  @Test
  void globalAgentRelativeResourceSymlinkLeadingOutsideTheRootsIsNotLoaded() {
    Path credentials = fx.write(fx.home.resolve(".aws/credentials"), "SECRET");
    link(fx.root.resolve("docs/creds.md"), credentials);
    fx.globalAgent("g.json", "{\"resources\": [\"file://docs/**/*.md\"]}");
    ResolvedAgent r = resolve("g");
    assertThat(r.resources().get(0).files()).isEmpty();
    assertThat(codes(r.diagnostics())).containsExactly("AGENT-021");
  }
}
