package io.kiro4j.mcp.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BearerChallengeTest {

  @Test
  void resourceMetadataScopeAndErrorAreReadFromTheBearerChallenge() {
    BearerChallenge c =
        BearerChallenge.parse(
            List.of(
                "Bearer error=\"insufficient_scope\", scope=\"mcp:read mcp:write\","
                    + " resource_metadata=\"https://a.example/.well-known/oauth-protected-resource\""));
    assertThat(c.error()).contains("insufficient_scope");
    assertThat(c.scope()).contains("mcp:read mcp:write");
    assertThat(c.resourceMetadata())
        .contains("https://a.example/.well-known/oauth-protected-resource");
  }

  @Test
  void theBearerChallengeIsFoundAfterAnotherSchemeAndInALaterHeader() {
    assertThat(BearerChallenge.parse(List.of("Basic realm=\"x\", Bearer scope=\"a\"")).scope())
        .contains("a");
    assertThat(BearerChallenge.parse(List.of("Basic realm=\"x\"", "bearer scope=b")).scope())
        .contains("b");
  }

  @Test
  void schemeAndParameterNamesAreCaseInsensitiveAndTheFirstValueWins() {
    BearerChallenge c = BearerChallenge.parse(List.of("BEARER Scope=\"a\", scope=\"b\""));
    assertThat(c.scope()).contains("a");
  }

  @Test
  void quotedStringsKeepEscapedQuotesAndCommas() {
    BearerChallenge c = BearerChallenge.parse(List.of("Bearer scope=\"a\\\"b, c\""));
    assertThat(c.scope()).contains("a\"b, c");
  }

  @Test
  void malformedHeadersGiveAnEmptyChallengeNotAnException() {
    for (String header :
        List.of(
            "Bearer scope=\"unterminated",
            "Bearer scope=\"ctl\u0001\"",
            "Bearer ===",
            "\"Bearer\"",
            "",
            ",,,,",
            "Bearer abc==, scope=x")) {
      assertThat(BearerChallenge.parse(List.of(header)).params()).doesNotContainKey("scope");
    }
  }

  @Test
  void aHugeHeaderIsReadOnlyUpTo8KiBAndLongValuesAreDropped() {
    String huge = "Bearer scope=\"" + "s".repeat(3000) + "\", error=\"e\"" + "x".repeat(1_000_000);
    BearerChallenge c = BearerChallenge.parse(List.of(huge));
    assertThat(c.scope()).isEmpty();
    assertThat(c.error()).contains("e");
  }

  @Test
  void noHeaderMeansNoParameters() {
    assertThat(BearerChallenge.parse(List.of()).params()).isEmpty();
  }
}
