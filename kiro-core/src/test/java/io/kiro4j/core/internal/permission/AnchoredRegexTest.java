package io.kiro4j.core.internal.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.permission.RuleOrigin;
import org.junit.jupiter.api.Test;

/** Regex rules compiled with RE2/J (upstream-cli-semantics §2.6). */
class AnchoredRegexTest {

  static final RuleOrigin AT = new RuleOrigin("dev.json", "/toolsSettings/shell/deniedCommands/0");

  static AnchoredRegex deny(String rule, Diagnostics d) {
    return AnchoredRegex.compile(rule, AnchoredRegex.Kind.DENY, AT, d);
  }

  static AnchoredRegex allow(String rule, Diagnostics d) {
    return AnchoredRegex.compile(rule, AnchoredRegex.Kind.ALLOW, AT, d);
  }

  @Test
  void ruleMustMatchTheWholeCommand() {
    Diagnostics d = new Diagnostics();
    AnchoredRegex r = allow("git status", d);
    assertThat(r.matches("git status")).isTrue();
    assertThat(r.matches("git status --short")).isFalse();
    assertThat(r.matches("x git status")).isFalse();
  }

  @Test
  void lookAroundIsRejectedSoAnInvalidDenyRuleDeniesEverything() {
    Diagnostics d = new Diagnostics();
    AnchoredRegex r = deny("git (?!status).*", d);
    assertThat(r.valid()).isFalse();
    assertThat(r.matches("ls")).isTrue();
    assertThat(r.display()).startsWith("\\A.*\\z");
    assertThat(d.toList()).extracting(x -> x.code()).containsExactly("PERM-001");
  }

  @Test
  void backReferenceInAllowRuleIsIgnored() {
    Diagnostics d = new Diagnostics();
    AnchoredRegex r = allow("(a)\\1", d);
    assertThat(r.valid()).isFalse();
    assertThat(r.matches("aa")).isFalse();
    assertThat(d.toList()).extracting(x -> x.code()).containsExactly("PERM-002");
  }

  @Test
  void topLevelAlternationDeniesAsWidelyAsKiroButAllowsOnlyAnchored() {
    Diagnostics d = new Diagnostics();
    assertThat(deny("rm|mv", d).matches("rmdir x")).isTrue();
    assertThat(allow("rm|mv", d).matches("rmdir x")).isFalse();
    assertThat(allow("rm|mv", d).matches("mv")).isTrue();
    assertThat(d.toList()).extracting(x -> x.code()).containsOnly("PERM-007");
  }

  @Test
  void hostileInputRunsInLinearTime() {
    Diagnostics d = new Diagnostics();
    AnchoredRegex r = deny("(a+)+b", d);
    long start = System.nanoTime();
    assertThat(r.matches("a".repeat(50_000))).isFalse();
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }

  @Test
  void denyRuleDotMatchesNewlineAllowRuleDotDoesNot() {
    Diagnostics d = new Diagnostics();
    assertThat(deny("echo .*", d).matches("echo a\nrm -rf /")).isTrue();
    assertThat(allow("echo .*", d).matches("echo a\nrm -rf /")).isFalse();
  }

  /**
   * Syntax differences from Rust's regex crate that remain: RE2/J's \d, \w, \s and \b are ASCII
   * only (Rust's are Unicode by default), and RE2/J has no class set operations ([a&&b]).
   */
  @Test
  void asciiOnlyPerlClassesDifferFromRust() {
    Diagnostics d = new Diagnostics();
    assertThat(allow("rm \\d", d).matches("rm \u0663")).isFalse(); // Rust: true
    assertThat(allow("rm \\p{Nd}", d).matches("rm \u0663")).isTrue(); // explicit Unicode works
  }

  @Test
  void namedGroupsInRustSyntaxCompile() {
    Diagnostics d = new Diagnostics();
    assertThat(allow("git (?P<sub>status|log)", d).matches("git log")).isTrue();
    assertThat(d.toList()).isEmpty();
  }

  @Test
  void literalPrefixPreCheckIsSafe() {
    assertThat(AnchoredRegex.literalPrefix("git push .*")).isEqualTo("git push ");
    assertThat(AnchoredRegex.literalPrefix("ab*c")).isEqualTo("a");
    assertThat(AnchoredRegex.literalPrefix("a{2}")).isEmpty();
    assertThat(AnchoredRegex.literalPrefix("(?i)git")).isEmpty();
    Diagnostics d = new Diagnostics();
    assertThat(deny("gits?", d).matches("git")).isTrue();
    assertThat(deny("ab*", d).matches("a")).isTrue();
    assertThat(deny("x|git .*", d).matches("git push")).isTrue();
  }

  @Test
  void requiredLiteralsPreCheckIsSafe() {
    assertThat(AnchoredRegex.requiredLiterals("git push .*--force.*"))
        .containsExactly("git push ", "--force");
    assertThat(AnchoredRegex.requiredLiterals("a{2,3}bc")).containsExactly("bc");
    assertThat(AnchoredRegex.requiredLiterals("ab(cd)?ef")).containsExactly("ab", "ef");
    assertThat(AnchoredRegex.requiredLiterals("xy[ab]*zw")).containsExactly("xy", "zw");
    Diagnostics d = new Diagnostics();
    assertThat(deny("npm run (a|b)x?", d).matches("npm run a")).isTrue();
    assertThat(deny("(?i)GIT push", d).matches("git push")).isTrue();
  }
}
