package io.kiro4j.core.internal.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.RuleOrigin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shell tool's settings (upstream-cli-semantics §2.6) and kiro4j's per-part evaluation. */
class ShellPolicyTest {

  static final RuleOrigin AT = new RuleOrigin("dev.json", "/toolsSettings/shell");

  static ShellPolicy.Builder builder() {
    return ShellPolicy.builder(AT);
  }

  @Test
  void withoutSettingsEveryCommandAsks() {
    assertThat(ShellPolicy.none().evaluate("ls", false).label()).isEqualTo("ask");
    assertThat(ShellPolicy.none().evaluate("ls", false).reasons().get(0).code())
        .isEqualTo("DEFAULT");
  }

  @Test
  void trustedToolIsAllowedWithoutSettings() {
    assertThat(ShellPolicy.none().evaluate("rm -rf x", true).label()).isEqualTo("allow");
  }

  @Test
  void denyRuleAppliesToEachPartOfACompoundCommand() {
    ShellPolicy p = builder().deniedCommands(List.of("git push .*--force.*")).build();
    PermissionDecision d = p.evaluate("cd x && git push --force", false);
    assertThat(d).isInstanceOf(PermissionDecision.Deny.class);
    assertThat(d.reasons().get(0).origin().orElseThrow().pointer())
        .isEqualTo("/toolsSettings/shell/deniedCommands/0");
  }

  @Test
  void denyBeatsTrustedTool() {
    ShellPolicy p = builder().deniedCommands(List.of("rm .*")).build();
    assertThat(p.evaluate("rm -rf /", true).label()).isEqualTo("deny");
  }

  @Test
  void denyMatchesInsideCommandSubstitution() {
    ShellPolicy p =
        builder().deniedCommands(List.of("rm .*")).allowedCommands(List.of("echo .*")).build();
    assertThat(p.evaluate("echo $(rm -rf /)", false).label()).isEqualTo("deny");
  }

  @Test
  void denyMatchesTheCommandWithoutQuotesAndAssignments() {
    ShellPolicy p = builder().deniedCommands(List.of("git push .*")).build();
    assertThat(p.evaluate("PAGER= \"git\" push origin", false).label()).isEqualTo("deny");
  }

  @Test
  void compoundIsAllowedOnlyWhenEveryPartIsAllowed() {
    ShellPolicy p = builder().allowedCommands(List.of("cd .*", "npm test")).build();
    assertThat(p.evaluate("cd app && npm test", false).label()).isEqualTo("allow");
    assertThat(p.evaluate("cd app && npm publish", false).label()).isEqualTo("ask");
  }

  @Test
  void allowedCommandMustMatchTheWholePart() {
    ShellPolicy p = builder().allowedCommands(List.of("git status")).build();
    assertThat(p.evaluate("git status", false).label()).isEqualTo("allow");
    assertThat(p.evaluate("git status; rm -rf /", false).label()).isEqualTo("ask");
  }

  @Test
  void unparsableCommandAsks() {
    ShellPolicy p = builder().allowedCommands(List.of(".*")).build();
    assertThat(p.evaluate("if true; then rm -rf /; fi", false).label()).isEqualTo("ask");
    assertThat(p.evaluate("echo 'x", false).reasons().get(0).code()).isEqualTo("UNPARSABLE");
  }

  @Test
  void unparsableCommandAsksEvenWhenTrustedIfDenyRulesExist() {
    ShellPolicy p = builder().deniedCommands(List.of("rm .*")).build();
    assertThat(p.evaluate("for f in *; do rm $f; done", true).label()).isEqualTo("ask");
  }

  @Test
  void denyByDefaultDeniesWhatWouldAsk() {
    ShellPolicy p = builder().denyByDefault(true).allowedCommands(List.of("ls")).build();
    assertThat(p.evaluate("ls", false).label()).isEqualTo("allow");
    PermissionDecision d = p.evaluate("make", false);
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons()).extracting(Reason::code).contains("DENY_BY_DEFAULT");
  }

  @Test
  void autoAllowReadonlyAllowsReadOnlyCommands() {
    ShellPolicy p = builder().autoAllowReadonly(true).build();
    assertThat(p.evaluate("ls -la", false).label()).isEqualTo("allow");
    assertThat(p.evaluate("cat a | grep x | head -5", false).label()).isEqualTo("allow");
    assertThat(p.evaluate("make", false).label()).isEqualTo("ask");
  }

  @Test
  void readOnlyCommandsThatWriteOrExecuteAreNotReadOnly() {
    ShellPolicy p = builder().autoAllowReadonly(true).build();
    assertThat(p.evaluate("find . -delete", false).label()).isEqualTo("ask");
    assertThat(p.evaluate("find . -exec rm {} ;", false).label()).isEqualTo("ask");
    assertThat(p.evaluate("grep -P 'x' f", false).label()).isEqualTo("ask");
    assertThat(p.evaluate("echo x > f", false).label()).isEqualTo("ask");
    assertThat(p.evaluate("LD_PRELOAD=x.so ls", false).label()).isEqualTo("ask");
    assertThat(p.evaluate("ls $(rm -rf /)", false).label()).isEqualTo("ask");
    assertThat(p.evaluate("ls 2>/dev/null", false).label()).isEqualTo("allow");
  }

  @Test
  void readOnlyIsOffByDefault() {
    assertThat(builder().build().evaluate("ls", false).label()).isEqualTo("ask");
  }

  @Test
  void invalidDenyRuleDeniesEverything() {
    ShellPolicy p = builder().deniedCommands(List.of("(?<=x)y")).build();
    assertThat(p.evaluate("ls", true).label()).isEqualTo("deny");
    assertThat(p.diagnostics()).extracting(d -> d.code()).containsExactly("PERM-001");
  }

  @Test
  void invalidAllowRuleIsIgnored() {
    ShellPolicy p = builder().allowedCommands(List.of("(a)\\1", "ls")).build();
    assertThat(p.evaluate("ls", false).label()).isEqualTo("allow");
    assertThat(p.diagnostics()).extracting(d -> d.code()).containsExactly("PERM-002");
  }

  @Test
  void newlineSeparatedCommandsAreEachChecked() {
    ShellPolicy p =
        builder().allowedCommands(List.of("ls")).deniedCommands(List.of("rm .*")).build();
    assertThat(p.evaluate("ls\nrm -rf x", false).label()).isEqualTo("deny");
    assertThat(p.evaluate("ls\nls", false).label()).isEqualTo("allow");
  }

  @Test
  void emptyCommandAsks() {
    assertThat(builder().allowedCommands(List.of(".*")).build().evaluate("", false).label())
        .isEqualTo("ask");
  }
}
