package io.kiro4j.core.internal.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.permission.RuleOrigin;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** allowedTools (docs L6100–6180, upstream-cli-semantics §2.2). */
class ToolPatternIndexTest {

  static final RuleOrigin AT = new RuleOrigin("dev.json", "/allowedTools");

  static ToolPatternIndex index(String... entries) {
    return ToolPatternIndex.compile(List.of(entries), AT);
  }

  static Optional<String> builtin(ToolPatternIndex i, String name) {
    return i.matchBuiltin(name).map(ToolPatternIndex.Match::entry);
  }

  static Optional<String> mcp(ToolPatternIndex i, String server, String tool) {
    return i.matchMcp(server, tool).map(ToolPatternIndex.Match::entry);
  }

  @Test
  void exactBuiltinNamesMatch() {
    ToolPatternIndex i = index("read", "shell", "knowledge");
    assertThat(builtin(i, "read")).contains("read");
    assertThat(builtin(i, "write")).isEmpty();
  }

  @Test
  void matchingIsCaseSensitive() {
    assertThat(builtin(index("read"), "Read")).isEmpty();
    assertThat(mcp(index("@Git"), "git", "status")).isEmpty();
  }

  @Test
  void specificMcpToolMatchesOnlyThatTool() {
    ToolPatternIndex i = index("@git/git_status");
    assertThat(mcp(i, "git", "git_status")).contains("@git/git_status");
    assertThat(mcp(i, "git", "git_push")).isEmpty();
  }

  @Test
  void serverLevelEntryAllowsEveryToolOfTheServer() {
    assertThat(mcp(index("@fetch"), "fetch", "anything")).contains("@fetch");
  }

  @Test
  void toolPrefixAndSuffixPatterns() {
    ToolPatternIndex i = index("@server/read_*", "@server/*_get");
    assertThat(mcp(i, "server", "read_file")).contains("@server/read_*");
    assertThat(mcp(i, "server", "read_config")).contains("@server/read_*");
    assertThat(mcp(i, "server", "issue_get")).contains("@server/*_get");
    assertThat(mcp(i, "server", "write_file")).isEmpty();
  }

  @Test
  void serverPatternsMatchServersAndTheirTools() {
    ToolPatternIndex i = index("@*-mcp/read_*", "@git-*/*");
    assertThat(mcp(i, "git-mcp", "read_file")).isPresent();
    assertThat(mcp(i, "db-mcp", "read_data")).contains("@*-mcp/read_*");
    assertThat(mcp(i, "git-server", "push")).contains("@git-*/*");
    assertThat(mcp(i, "db-mcp", "write")).isEmpty();
  }

  @Test
  void serverGlobWithoutToolPartMatchesEveryToolAsUpstream() {
    assertThat(mcp(index("@git-*"), "git-server", "status")).contains("@git-*");
  }

  @Test
  void anyServerStatusPattern() {
    assertThat(mcp(index("@*/status"), "git", "status")).contains("@*/status");
  }

  @Test
  void questionMarkMatchesExactlyOneCharacter() {
    ToolPatternIndex i = index("@server/get_?");
    assertThat(mcp(i, "server", "get_a")).isPresent();
    assertThat(mcp(i, "server", "get_ab")).isEmpty();
  }

  @Test
  void nativeWildcardsMatchNativeToolsOnly() {
    ToolPatternIndex i = index("r*", "w*");
    assertThat(builtin(i, "read")).contains("r*");
    assertThat(builtin(i, "write")).contains("w*");
    assertThat(mcp(i, "r", "read")).isEmpty();
  }

  @Test
  void builtinNamespaceAllowsEveryNativeTool() {
    assertThat(builtin(index("@builtin"), "shell")).contains("@builtin");
    assertThat(builtin(index("@builtin/*"), "aws")).contains("@builtin/*");
    assertThat(builtin(index("@builtin/read"), "read")).contains("@builtin/read");
    assertThat(builtin(index("@builtin/read"), "write")).isEmpty();
    assertThat(mcp(index("@builtin"), "git", "status")).isEmpty();
  }

  @Test
  void exactMatchesTakePrecedenceOverPatterns() {
    ToolPatternIndex i = index("@server/*", "r*", "@server/read", "read");
    assertThat(i.matchBuiltin("read").orElseThrow().exact()).isTrue();
    assertThat(mcp(i, "server", "read")).contains("@server/read");
    assertThat(i.matchBuiltin("read").orElseThrow().origin().pointer())
        .isEqualTo("/allowedTools/3");
  }

  @Test
  void bareStarIsNotSupportedAndIgnoredWithAWarning() {
    ToolPatternIndex i = index("*");
    assertThat(builtin(i, "shell")).isEmpty();
    assertThat(i.diagnostics()).extracting(d -> d.code()).containsExactly("PERM-003");
  }

  @Test
  void invalidGlobMatchesOnlyItsOwnText() {
    ToolPatternIndex i = index("@s/[*");
    assertThat(i.diagnostics()).extracting(d -> d.code()).containsExactly("PERM-004");
    assertThat(mcp(i, "s", "[*")).contains("@s/[*");
    assertThat(mcp(i, "s", "x")).isEmpty();
  }

  @Test
  void bracketsAloneDoNotSwitchOnGlobMode() {
    ToolPatternIndex i = index("@git[x]");
    assertThat(mcp(i, "gitx", "a")).isEmpty();
    assertThat(mcp(i, "git[x]", "a")).contains("@git[x]");
  }

  @Test
  void firstPatternInListOrderIsReported() {
    ToolPatternIndex i = index("@s/a*", "@s/*");
    assertThat(mcp(i, "s", "ab")).contains("@s/a*");
  }
}
