package io.kiro4j.core.internal.variable;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.variable.VariableCode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VariableSubstitutionTest {

  private final Environment env = Environment.of(Map.of("GITHUB_TOKEN", "s3cret", "DEBUG", "1"));

  @Test
  void cliPolicyExpandsAnyVariableSetInTheEnvironment() {
    var subst = new VariableSubstitution(VariablePolicy.cli(env));
    VariableSubstitution.Result r = subst.apply("Bearer ${GITHUB_TOKEN} / ${DEBUG}");
    assertThat(r.value()).isEqualTo("Bearer s3cret / 1");
    assertThat(r.unresolved()).isEmpty();
  }

  @Test
  void idePolicyExpandsOnlyApprovedVariables() {
    var subst = new VariableSubstitution(VariablePolicy.ide(env, Set.of("DEBUG")));
    VariableSubstitution.Result r = subst.apply("${GITHUB_TOKEN}-${DEBUG}");
    assertThat(r.value()).isEqualTo("${GITHUB_TOKEN}-1");
    assertThat(r.unresolved())
        .containsExactly(
            new VariableSubstitution.Unresolved(VariableCode.UNAPPROVED, "GITHUB_TOKEN", 0));
  }

  @Test
  void unsetVariableKeepsTheLiteralReferenceAndIsReported() {
    var subst = new VariableSubstitution(VariablePolicy.cli(env));
    Diagnostics d = new Diagnostics();
    String v = subst.apply("x${MISSING}y", Path.of("mcp.json"), 4, 17, d);
    assertThat(v).isEqualTo("x${MISSING}y");
    assertThat(d.toList())
        .singleElement()
        .satisfies(
            diag -> {
              assertThat(diag.code()).isEqualTo("VAR-001");
              assertThat(diag.line()).isEqualTo(4);
              assertThat(diag.column()).isEqualTo(17);
              assertThat(diag.message()).contains("MISSING");
            });
  }

  @Test
  void diagnosticsNeverContainVariableValues() {
    var subst = new VariableSubstitution(VariablePolicy.ide(env, Set.of()));
    Diagnostics d = new Diagnostics();
    subst.apply("${GITHUB_TOKEN}", Path.of("mcp.json"), 1, 1, d);
    assertThat(d.toList()).extracting(Diagnostic::message).noneMatch(m -> m.contains("s3cret"));
    assertThat(env.toString()).doesNotContain("s3cret");
  }

  @Test
  void onlyTheBraceFormIsRecognised() {
    var subst = new VariableSubstitution(VariablePolicy.cli(env));
    assertThat(subst.apply("$DEBUG and ${DEBUG}").value()).isEqualTo("$DEBUG and 1");
  }

  @Test
  void malformedReferencesAreKeptAndReported() {
    var subst = new VariableSubstitution(VariablePolicy.cli(env));
    VariableSubstitution.Result r = subst.apply("${1BAD} ${unclosed");
    assertThat(r.value()).isEqualTo("${1BAD} ${unclosed");
    assertThat(r.unresolved())
        .extracting(VariableSubstitution.Unresolved::code)
        .containsExactly(VariableCode.MALFORMED, VariableCode.MALFORMED);
    assertThat(r.unresolved())
        .extracting(VariableSubstitution.Unresolved::name)
        .containsExactly("${1BAD}", "${unclosed");
  }
}
