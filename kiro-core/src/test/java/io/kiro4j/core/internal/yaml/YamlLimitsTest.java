package io.kiro4j.core.internal.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.yaml.YamlProfile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Limits keep hostile YAML from using unbounded time or memory. */
class YamlLimitsTest {

  private static final Path FILE = Path.of("bomb.md");

  /** The classic "billion laughs": 9 levels of 9 aliases, 9^9 leaves when expanded. */
  static String billionLaughs() {
    StringBuilder yaml = new StringBuilder("lol0: &lol0 lol\n");
    for (int level = 1; level <= 9; level++) {
      yaml.append("lol").append(level).append(": &lol").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*lol").append(level - 1);
      }
      yaml.append("]\n");
    }
    return yaml.toString();
  }

  private static Diagnostic only(YamlResult result) {
    assertThat(result.diagnostics()).hasSize(1);
    return result.diagnostics().get(0);
  }

  @Test
  @Timeout(5)
  void billionLaughsIsRejectedQuicklyWithTheDefaultLimits() {
    YamlResult result = YamlParser.parse(billionLaughs(), FILE, 2, YamlProfile.LENIENT);
    Diagnostic d = only(result);
    // Level 5 expands to 66,430 nodes; the first alias on level 6 (file line 8) would pass 100,000.
    assertThat(d.code()).isEqualTo("YAML-006");
    assertThat(d.isError()).isTrue();
    assertThat(d.line()).isEqualTo(8);
    assertThat(result.root()).isEmpty();
  }

  @Test
  @Timeout(5)
  void billionLaughsIsRejectedByTheAliasLimitAlone() {
    YamlLimits noNodeLimit = YamlLimits.defaults().withMaxNodes(Integer.MAX_VALUE);
    YamlResult result =
        YamlParser.parse(billionLaughs(), FILE, 2, YamlProfile.LENIENT, noNodeLimit);
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-003");
    // The 51st alias: levels 1-5 use 45, so it is the 6th alias on level 6 (file line 8).
    assertThat(d.line()).isEqualTo(8);
    assertThat(d.column()).isEqualTo(14 + 5 * 7);
    assertThat(result.root()).isEmpty();
  }

  @Test
  @Timeout(5)
  void billionLaughsIsRejectedByTheNodeLimitAlone() {
    YamlLimits generous = YamlLimits.defaults().withMaxAliases(1_000_000);
    YamlResult result = YamlParser.parse(billionLaughs(), FILE, 2, YamlProfile.LENIENT, generous);
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-006");
    assertThat(result.root()).isEmpty();
  }

  @Test
  void aliasesWithinTheLimitsAreRead() {
    YamlLimits limits = YamlLimits.defaults().withMaxAliases(2);
    YamlResult result =
        YamlParser.parse("a: &a [1, 2]\nb: *a\nc: *a\n", FILE, 1, YamlProfile.LENIENT, limits);
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.root()).isPresent();
  }

  @Test
  void maxAliasesZeroForbidsAliases() {
    YamlLimits none = YamlLimits.defaults().withMaxAliases(0);
    YamlResult result = YamlParser.parse("a: &a x\nb: *a\n", FILE, 1, YamlProfile.LENIENT, none);
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-003");
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.column()).isEqualTo(4);
  }

  @Test
  void documentLongerThanTheLimitIsNotParsed() {
    YamlLimits small = YamlLimits.defaults().withMaxDocumentChars(10);
    YamlResult result = YamlParser.parse("name: abcdef\n", FILE, 2, YamlProfile.LENIENT, small);
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-004");
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.column()).isEqualTo(1);
    assertThat(d.message()).contains("13").contains("10");
    assertThat(result.root()).isEmpty();
    assertThat(YamlParser.parse("a: 1234\n", FILE, 1, YamlProfile.LENIENT, small).diagnostics())
        .isEmpty();
  }

  @Test
  @Timeout(5)
  void nestingDeeperThanTheLimitIsRejected() {
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    YamlResult result = YamlParser.parse(deep, FILE, 3, YamlProfile.LENIENT);
    Diagnostic d = only(result);
    assertThat(d.code()).isEqualTo("YAML-005");
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(51);
    assertThat(result.root()).isEmpty();
  }

  @Test
  void blockNestingAtTheLimitIsReadAndOneMoreLevelIsNot() {
    YamlLimits three = YamlLimits.defaults().withMaxDepth(3);
    String ok = "a:\n  b:\n    c: 1\n";
    assertThat(YamlParser.parse(ok, FILE, 1, YamlProfile.LENIENT, three).diagnostics()).isEmpty();
    String tooDeep = "a:\n  b:\n    c:\n      d: 1\n";
    Diagnostic d = only(YamlParser.parse(tooDeep, FILE, 1, YamlProfile.LENIENT, three));
    assertThat(d.code()).isEqualTo("YAML-005");
    assertThat(d.line()).isEqualTo(4);
  }

  @Test
  void nodeLimitCountsEveryNode() {
    YamlLimits four = YamlLimits.defaults().withMaxNodes(4);
    assertThat(YamlParser.parse("a: [1]\n", FILE, 1, YamlProfile.LENIENT, four).diagnostics())
        .isEmpty();
    assertThat(only(YamlParser.parse("a: [1, 2]\n", FILE, 1, YamlProfile.LENIENT, four)).code())
        .isEqualTo("YAML-006");
  }

  @Test
  void limitsRejectNonsenseAtOnce() {
    assertThatThrownBy(() -> YamlLimits.defaults().withMaxDepth(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxDepth");
    assertThatThrownBy(() -> YamlLimits.defaults().withMaxAliases(-1))
        .hasMessageContaining("maxAliases");
    assertThatThrownBy(() -> YamlLimits.defaults().withMaxDocumentChars(0))
        .hasMessageContaining("maxDocumentChars");
    assertThatThrownBy(() -> YamlLimits.defaults().withMaxNodes(0))
        .hasMessageContaining("maxNodes");
  }
}
