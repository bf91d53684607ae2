package io.kiro4j.core.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.internal.json.JsonSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SARIF 2.1.0 output, validated against the official schema (test resource {@code
 * sarif-schema-2.1.0.json}, from the OASIS sarif-spec repository, {@code
 * sarif-2.1/schema/sarif-schema-2.1.0.json}).
 */
class SarifLogTest {

  private static JsonSchema sarifSchema;

  @TempDir Path tmp;

  @BeforeAll
  static void schema() throws IOException {
    try (InputStream in = SarifLogTest.class.getResourceAsStream("sarif-schema-2.1.0.json")) {
      sarifSchema =
          JsonSchema.fromText(new String(in.readAllBytes(), StandardCharsets.UTF_8), "sarif-2.1.0");
    }
  }

  private LintReport report() {
    return new LintFixture(tmp)
        .write(".kiro/steering/ts.md", LintFixture.COMMA_JOINED)
        .write(".kiro/steering/sp ace%.md", LintFixture.COMMA_JOINED)
        .write(".kiro/agents/a.json", "{\"name\": \"a\", \"prompt\": \"x\",}\n")
        .lint();
  }

  private static JsonNode tree(String sarif) {
    return JsonMapper.builder().build().readTree(sarif);
  }

  @Test
  void theSarifLogIsValidAgainstTheOfficialSchema() {
    String sarif = SarifLog.write(report());
    JsonResult parsed = JsonLoader.strict().parse(sarif, Path.of("out.sarif"));
    assertThat(parsed.diagnostics()).isEmpty();
    assertThat(sarifSchema.validate(parsed.document().orElseThrow())).isEmpty();
  }

  @Test
  void theSchemaRejectsABrokenLog() {
    String broken =
        SarifLog.write(report()).replace("\"version\" : \"2.1.0\"", "\"version\" : \"9\"");
    JsonResult parsed = JsonLoader.strict().parse(broken, Path.of("out.sarif"));
    assertThat(sarifSchema.validate(parsed.document().orElseThrow())).isNotEmpty();
  }

  @Test
  void theDriverListsEveryRuleWithHelpAndDefaultLevel() {
    LintReport report = report();
    JsonNode rules = tree(SarifLog.write(report)).at("/runs/0/tool/driver/rules");
    assertThat(rules.size()).isEqualTo(report.rules().size());
    JsonNode steer006 = null;
    for (JsonNode r : rules) {
      assertThat(r.at("/shortDescription/text").asString()).isNotBlank();
      assertThat(r.at("/help/text").asString()).isNotBlank();
      assertThat(r.at("/helpUri").asString()).startsWith(RuleDoc.DOCS_URL + "#");
      assertThat(r.at("/defaultConfiguration/level").asString()).isIn("error", "warning", "note");
      if (r.get("id").asString().equals("STEER-006")) {
        steer006 = r;
      }
    }
    assertThat(steer006).isNotNull();
    assertThat(steer006.at("/defaultConfiguration/level").asString()).isEqualTo("warning");
  }

  @Test
  void aResultHasRuleLevelMessageRelativeLocationAndFingerprint() {
    JsonNode run = tree(SarifLog.write(report())).at("/runs/0");
    JsonNode result = null;
    for (JsonNode r : run.get("results")) {
      if (r.get("ruleId").asString().equals("STEER-006")
          && r.at("/locations/0/physicalLocation/artifactLocation/uri")
              .asString()
              .endsWith("ts.md")) {
        result = r;
      }
    }
    assertThat(result).isNotNull();
    assertThat(result.get("level").asString()).isEqualTo("warning");
    assertThat(result.at("/message/text").asString()).contains("joins globs with commas");
    JsonNode location = result.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asString()).isEqualTo(".kiro/steering/ts.md");
    assertThat(location.at("/artifactLocation/uriBaseId").asString()).isEqualTo("ROOT0");
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(3);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(19);
    assertThat(result.at("/partialFingerprints/kiro4j~1v1").asString()).hasSize(32);
    assertThat(run.at("/originalUriBaseIds/ROOT0/uri").asString())
        .startsWith("file:")
        .endsWith("/");
    assertThat(run.get("columnKind").asString()).isEqualTo("unicodeCodePoints");
  }

  @Test
  void aPathIsPercentEncodedAsAUriReference() {
    assertThat(SarifLog.write(report())).contains("\".kiro/steering/sp%20ace%25.md\"");
  }

  @Test
  void theFingerprintStaysWhenTheLineMoves() {
    String before = fingerprintOf(LintFixture.COMMA_JOINED);
    String after = fingerprintOf(LintFixture.COMMA_JOINED.replace("inclusion", "\n\ninclusion"));
    assertThat(after).isEqualTo(before);
  }

  private String fingerprintOf(String steering) {
    Path dir = tmp.resolve("f" + steering.length());
    LintReport r = new LintFixture(dir).write(".kiro/steering/ts.md", steering).lint();
    for (JsonNode result : tree(SarifLog.write(r)).at("/runs/0/results")) {
      if (result.get("ruleId").asString().equals("STEER-006")) {
        return result.at("/partialFingerprints/kiro4j~1v1").asString();
      }
    }
    throw new AssertionError("no STEER-006");
  }
}
