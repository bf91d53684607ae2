package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.internal.permission.AwsPolicy;
import io.kiro4j.core.internal.permission.McpToolPolicy;
import io.kiro4j.core.internal.permission.ShellPolicy;
import io.kiro4j.core.internal.permission.SubagentPolicy;
import io.kiro4j.core.internal.permission.ToolPatternIndex;
import io.kiro4j.core.internal.permission.UrlPolicy;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** aws (§2.7), web_fetch (docs L3622–3648) and subagent (docs L13425–13475) settings. */
class ToolSettingsPolicyTest {

  static final RuleOrigin AT = new RuleOrigin("dev.json", "/toolsSettings/x");

  @Test
  void awsDeniedServiceBeatsTrustedTool() {
    AwsPolicy p = new AwsPolicy(List.of(), List.of("iam"), true, AT);
    assertThat(p.evaluate("iam", "list-users", true).label()).isEqualTo("deny");
  }

  @Test
  void awsAllowedServiceIsAllowed() {
    AwsPolicy p = new AwsPolicy(List.of("s3"), List.of(), false, AT);
    assertThat(p.evaluate("s3", "put-object", false).label()).isEqualTo("allow");
    assertThat(p.evaluate("S3", "put-object", false).label()).isEqualTo("ask");
  }

  @Test
  void awsReadOnlyOperationsOnlyWithAutoAllowReadonly() {
    assertThat(AwsPolicy.none().evaluate("ec2", "describe-instances", false).label())
        .isEqualTo("ask");
    AwsPolicy p = new AwsPolicy(List.of(), List.of(), true, AT);
    assertThat(p.evaluate("ec2", "describe-instances", false).label()).isEqualTo("allow");
    assertThat(p.evaluate("dynamodb", "batch-get-item", false).label()).isEqualTo("ask");
    assertThat(p.evaluate("ec2", "terminate-instances", false).label()).isEqualTo("ask");
  }

  @Test
  void blockedUrlTakesPrecedenceOverTrusted() {
    UrlPolicy p =
        UrlPolicy.compile(List.of(".*github\\.com.*"), List.of(".*github\\.com/evil.*"), AT);
    assertThat(p.evaluate("https://github.com/ok", false).label()).isEqualTo("allow");
    assertThat(p.evaluate("https://github.com/evil/x", true).label()).isEqualTo("deny");
    assertThat(p.evaluate("https://example.com", false).label()).isEqualTo("ask");
  }

  @Test
  void urlPatternsAreAnchored() {
    UrlPolicy p = UrlPolicy.compile(List.of("https://docs\\.aws\\.amazon\\.com/"), List.of(), AT);
    assertThat(p.evaluate("https://docs.aws.amazon.com/x", false).label()).isEqualTo("ask");
  }

  @Test
  void invalidBlockedRegexDeniesAllUrls() {
    UrlPolicy p = UrlPolicy.compile(List.of(".*"), List.of("(?=x)"), AT);
    assertThat(p.evaluate("https://example.com", false).label()).isEqualTo("deny");
    assertThat(p.diagnostics()).extracting(d -> d.code()).containsExactly("PERM-001");
  }

  @Test
  void invalidTrustedRegexIsSkipped() {
    UrlPolicy p = UrlPolicy.compile(List.of("(?=x)", ".*example.*"), List.of(), AT);
    assertThat(p.evaluate("https://example.com", false).label()).isEqualTo("allow");
    assertThat(p.diagnostics()).extracting(d -> d.code()).containsExactly("PERM-002");
  }

  @Test
  void onlyAvailableAgentsCanBeSpawned() {
    SubagentPolicy p =
        SubagentPolicy.compile(Optional.of(List.of("reviewer", "tester", "docs-*")), List.of(), AT);
    assertThat(p.evaluate("docs-writer", false).label()).isEqualTo("ask");
    assertThat(p.evaluate("deployer", true).label()).isEqualTo("deny");
  }

  @Test
  void trustedAgentsRunWithoutPrompt() {
    SubagentPolicy p = SubagentPolicy.compile(Optional.empty(), List.of("reviewer", "test-*"), AT);
    assertThat(p.evaluate("reviewer", false).label()).isEqualTo("allow");
    assertThat(p.evaluate("test-unit", false).label()).isEqualTo("allow");
    assertThat(p.evaluate("other", false).label()).isEqualTo("ask");
  }

  static final ToolPatternIndex NO_TOOLS = ToolPatternIndex.compile(List.of(), AT);

  @Test
  void disabledMcpToolIsUnavailableEvenWhenAllowed() {
    McpToolPolicy p = new McpToolPolicy("git", List.of("*"), List.of("git_push"), AT);
    ToolPatternIndex all = ToolPatternIndex.compile(List.of("@git"), AT);
    assertThat(p.evaluate("git_push", all, true).label()).isEqualTo("deny");
    assertThat(p.evaluate("git_status", all, false).label()).isEqualTo("allow");
  }

  @Test
  void mcpAutoApproveAllowsNamedToolsOrStar() {
    McpToolPolicy named = new McpToolPolicy("docs", List.of("search"), List.of(), AT);
    assertThat(named.evaluate("search", NO_TOOLS, false).label()).isEqualTo("allow");
    assertThat(named.evaluate("read", NO_TOOLS, false).label()).isEqualTo("ask");
    McpToolPolicy star = new McpToolPolicy("docs", List.of("*"), List.of(), AT);
    assertThat(star.evaluate("read", NO_TOOLS, false).label()).isEqualTo("allow");
  }

  @Test
  void mcpToolsAskByDefault() {
    McpToolPolicy p = new McpToolPolicy("docs", List.of(), List.of(), AT);
    assertThat(p.evaluate("read", NO_TOOLS, false).reasons().get(0).code()).isEqualTo("DEFAULT");
  }

  @Test
  void sessionTrustAllNeverOverridesADeny() {
    SessionTrust trust = SessionTrust.none().trustAllTools();
    ShellPolicy shell = ShellPolicy.builder(AT).deniedCommands(List.of("rm .*")).build();
    assertThat(shell.evaluate("rm -rf /", trust.isTrusted("shell")).label()).isEqualTo("deny");
    assertThat(trust.untrust("shell").isTrusted("shell")).isFalse();
    assertThat(trust.reset()).isEqualTo(SessionTrust.none());
    assertThat(SessionTrust.none().trust("read").isTrusted("read")).isTrue();
  }
}
