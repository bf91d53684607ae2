package io.kiro4j.mcp.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code WWW-Authenticate} parser on hostile input. */
class BearerChallengeProperties {

  private static final Gen<String> HEADERS =
      Gen.strings()
          .withChars("Bearer scope=\"\\, resource_metadata=error:/a\t\u0000=")
          .ofMaxLength(200);

  @Test
  void anyHeaderParsesWithoutExceptionIntoAtMost32BoundedParameters() {
    Property.forAll(HEADERS, HEADERS)
        .tries(3000)
        .check(
            (a, b) -> {
              BearerChallenge c = BearerChallenge.parse(List.of(a, b));
              assertThat(c.params()).hasSizeLessThanOrEqualTo(32);
              c.params().values().forEach(v -> assertThat(v.length()).isLessThanOrEqualTo(2048));
            });
  }

  @Test
  void aQuotedScopeRoundTripsWhateverItContains() {
    Property.forAll(Gen.strings().withChars("ab :\"\\,=").ofMaxLength(40))
        .tries(2000)
        .check(
            scope -> {
              String quoted = scope.replace("\\", "\\\\").replace("\"", "\\\"");
              BearerChallenge c =
                  BearerChallenge.parse(List.of("Bearer error=x, scope=\"" + quoted + "\""));
              if (scope.isBlank()) {
                assertThat(c.scope()).isEmpty();
              } else {
                assertThat(c.scope()).contains(scope);
              }
              assertThat(c.error()).contains("x");
            });
  }
}
