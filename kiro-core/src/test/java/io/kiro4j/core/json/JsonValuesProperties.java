package io.kiro4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Random JSON values as Java: converting to a tree and back gives the same value. */
class JsonValuesProperties {

  static final BigInteger HUGE = BigInteger.TWO.pow(200);

  /** Every kind of leaf; {@code BigDecimal}s only with {@code decimals}. */
  static Gen<Object> leaves(boolean decimals) {
    Gen<Object> plain =
        Gen.oneOf(
            Gen.<Object>constant(null),
            Gen.strings().ofMaxLength(12),
            Gen.booleans(),
            Gen.ints(Integer.MIN_VALUE, Integer.MAX_VALUE),
            Gen.longs(),
            Gen.bigIntegers(HUGE.negate(), HUGE),
            Gen.doubles().filter(d -> Double.isFinite(d)));
    return decimals
        ? Gen.oneOf(plain, Gen.combine(Gen.longs(), Gen.ints(-30, 30), BigDecimal::valueOf))
        : plain;
  }

  static Gen<Object> values(boolean decimals) {
    return Gen.recursive(
        leaves(decimals),
        inner ->
            Gen.oneOf(
                inner,
                inner.list().ofMaxSize(5).map(l -> (Object) l),
                Gen.strings().ofMaxLength(6).mapTo(inner, 0, 5).map(m -> (Object) m)),
        5);
  }

  static Gen<Map<String, Object>> objects() {
    return Gen.strings().ofMaxLength(6).mapTo(values(true), 0, 6);
  }

  @Test
  void aJsonValueConvertedMapToTreeToMapRoundTrips() {
    Property.forAll(objects())
        .tries(500)
        .check(
            map -> {
              JsonNode tree = JsonValues.toNode(map);
              assertThat(JsonValues.toMap(tree)).isEqualTo(map);
            });
  }

  @Test
  void aTreeConvertedToJavaAndBackIsTheSameTree() {
    Property.forAll(values(true))
        .tries(500)
        .check(
            value -> {
              JsonNode tree = JsonValues.toNode(value);
              assertThat(JsonValues.toNode(JsonValues.toJava(tree))).isEqualTo(tree);
            });
  }

  /** Text reads fractions as {@code double}, as most JSON libraries do: no BigDecimals here. */
  @Test
  void writtenTextParsesToTheSameTextAgain() {
    Property.forAll(values(false))
        .tries(500)
        .check(
            value -> {
              String text = JsonValues.write(value);
              assertThat(JsonValues.write(JsonValues.parse(text))).isEqualTo(text);
            });
  }
}
