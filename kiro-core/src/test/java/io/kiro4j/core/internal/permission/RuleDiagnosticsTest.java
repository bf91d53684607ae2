package io.kiro4j.core.internal.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.permission.RuleOrigin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule's problem carries the rule as data: the engine never reads a pointer out of a message. */
class RuleDiagnosticsTest {

  @Test
  void eachProblemKeepsTheRuleItIsAbout() {
    RuleOrigin shell = new RuleOrigin("dev.json", "/toolsSettings/shell");
    ShellPolicy p = ShellPolicy.builder(shell).deniedCommands(List.of("rm (.*")).build();
    assertThat(p.ruleDiagnostics())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule()).contains(shell.field("deniedCommands").element(0));
              assertThat(e.diagnostic().message())
                  .startsWith("/toolsSettings/shell/deniedCommands/0: invalid regex 'rm (.*'");
              assertThat(e.diagnostic().line()).isEqualTo(1);
            });
    assertThat(p.diagnostics()).containsExactly(p.ruleDiagnostics().get(0).diagnostic());
  }

  @Test
  void aSettingsKeyPointerIsKeptAsWritten() {
    RuleOrigin key = new RuleOrigin("--trusted", "kiroAgent.trustedCommands");
    RuleDiagnostics d = new RuleDiagnostics();
    d.add(PermissionCode.INVALID_TOOL_GLOB, key.element(2), "'[' is not a valid glob");
    assertThat(d.toList())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.rule().orElseThrow().pointer())
                  .isEqualTo("kiroAgent.trustedCommands[2]");
              assertThat(e.diagnostic().message())
                  .isEqualTo("kiroAgent.trustedCommands[2]: '[' is not a valid glob");
            });
  }
}
