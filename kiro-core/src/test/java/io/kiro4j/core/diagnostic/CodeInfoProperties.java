package io.kiro4j.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import org.junit.jupiter.api.Test;

/** CodeInfo's written-out checks equal the pattern and the stream they replace. */
class CodeInfoProperties {

  static Gen<String> texts(String... pieces) {
    return Gen.of(pieces).list().ofMinSize(0).ofMaxSize(9).map(p -> String.join("", p));
  }

  @Test
  void idCheckEqualsThePattern() {
    Property.forAll(texts("A", "Z", "Q", "a", "-", "0", "9", "5", "_", " ", "É", "\n"))
        .tries(20_000)
        .check(id -> assertThat(CodeInfo.isId(id)).as(id).isEqualTo(id.matches("[A-Z]+-[0-9]{3}")));
    assertThat(CodeInfo.isId("STEER-003")).isTrue();
  }

  @Test
  void oneLineCheckEqualsStringLines() {
    Property.forAll(texts("a", " ", "\n", "\r", "\r\n", "\u2028", "\u0085", "b"))
        .tries(20_000)
        .check(
            t -> assertThat(CodeInfo.isOneLine(t)).as("%s", t).isEqualTo(t.lines().count() == 1));
  }
}
