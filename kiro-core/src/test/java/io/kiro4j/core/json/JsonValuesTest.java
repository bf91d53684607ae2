package io.kiro4j.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One test per JSON shape, each way, and every value that is no JSON rejected naming where. */
class JsonValuesTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  static void sameBothWays(Object java, String json) {
    JsonNode tree = JSON.readTree(json);
    assertThat(JsonValues.write(JsonValues.toNode(java))).isEqualTo(json);
    assertThat(JsonValues.toJava(tree)).isEqualTo(java);
  }

  @Test
  void nullIsJsonNull() {
    sameBothWays(null, "null");
    assertThat(JsonValues.toJava(null)).isNull();
    assertThat(JsonValues.toJava(JSON.missingNode())).isNull();
  }

  @Test
  void aStringIsAJsonStringWithEveryCharacter() {
    sameBothWays("", "\"\"");
    sameBothWays("a\"b\\c\n\u0000é日😀", "\"a\\\"b\\\\c\\n\\u0000é日😀\"");
  }

  @Test
  void aBooleanIsAJsonBoolean() {
    sameBothWays(true, "true");
    sameBothWays(false, "false");
  }

  @Test
  void integersKeepTheirValueAndReadBackAsTheSmallestFittingType() {
    sameBothWays(42, "42");
    sameBothWays(Long.MAX_VALUE, "9223372036854775807");
    sameBothWays(
        new BigInteger("123456789012345678901234567890"), "123456789012345678901234567890");
    assertThat(JsonValues.write(JsonValues.toNode((short) 7))).isEqualTo("7");
    assertThat(JsonValues.write(JsonValues.toNode((byte) -8))).isEqualTo("-8");
    assertThat(JsonValues.write(JsonValues.toNode(new AtomicLong(9)))).isEqualTo("9");
  }

  @Test
  void fractionsKeepTheirValue() {
    sameBothWays(1.5, "1.5");
    assertThat(JsonValues.write(JsonValues.toNode(0.25f))).isEqualTo("0.25");
    assertThat(JsonValues.toNode(new BigDecimal("1.10")).decimalValue())
        .isEqualTo(new BigDecimal("1.10"));
  }

  @Test
  void aNumberThatIsNoJsonNumberIsRejected() {
    for (Object n : List.of(Double.NaN, Double.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY)) {
      assertThatThrownBy(() -> JsonValues.toNode(List.of(n)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("no JSON number at /0");
    }
  }

  @Test
  void aListIsAJsonArrayInOrderWithNulls() {
    sameBothWays(List.of(), "[]");
    sameBothWays(Arrays.asList(1, null, "x", List.of(true)), "[1,null,\"x\",[true]]");
  }

  @Test
  void aMapIsAJsonObjectInIterationOrder() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("z", 1);
    map.put("a", null);
    map.put("m", Map.of("k", List.of()));
    sameBothWays(map, "{\"z\":1,\"a\":null,\"m\":{\"k\":[]}}");
    sameBothWays(Map.of(), "{}");
    assertThat(JsonValues.toObjectNode(null).isEmpty()).isTrue();
    assertThat(JsonValues.toMap(JSON.readTree("{\"a\":[1]}"))).isEqualTo(Map.of("a", List.of(1)));
  }

  @Test
  void valuesReadBackCannotBeModified() {
    Map<String, Object> map = JsonValues.toMap(JSON.readTree("{\"a\":[1]}"));
    assertThatThrownBy(() -> map.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
    @SuppressWarnings("unchecked")
    List<Object> list = (List<Object>) map.get("a");
    assertThatThrownBy(() -> list.add(2)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aValueOfAnotherTypeIsRejectedNamingItsPointer() {
    assertThatThrownBy(() -> JsonValues.toNode(Map.of("a/b", List.of(1, new Object()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.Object is no JSON value")
        .hasMessageEndingWith("at /a~1b/1");
    assertThatThrownBy(() -> JsonValues.toNode(new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at the top");
    assertThatThrownBy(() -> JsonValues.toNode('c')).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aKeyThatIsNoStringIsRejected() {
    Map<Object, Object> map = new HashMap<>();
    map.put(1, "x");
    assertThatThrownBy(() -> JsonValues.toNode(map))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("keys are Strings, not java.lang.Integer");
    Map<Object, Object> nullKey = new HashMap<>();
    nullKey.put(null, "x");
    assertThatThrownBy(() -> JsonValues.toNode(nullKey))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not null");
  }

  @Test
  void aContainerThatContainsItselfOrNestsTooDeepIsRejectedNotAStackOverflow() {
    List<Object> self = new ArrayList<>();
    self.add(self);
    assertThatThrownBy(() -> JsonValues.toNode(self))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("contains itself at /0");
    Object deep = List.of();
    for (int i = 0; i < 100_000; i++) {
      deep = List.of(deep);
    }
    Object tooDeep = deep;
    assertThatThrownBy(() -> JsonValues.toNode(tooDeep))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nested deeper than " + JsonValues.MAX_DEPTH);
  }

  @Test
  void theSameValueTwiceIsNoCycle() {
    List<Object> shared = List.of(1);
    assertThat(JsonValues.write(JsonValues.toNode(List.of(shared, shared)))).isEqualTo("[[1],[1]]");
  }

  @Test
  void parseReadsExactlyOneValueWithoutDuplicateKeys() {
    assertThat(JsonValues.parse(" {\"a\": [1, 2.5, \"x\"]} "))
        .isEqualTo(JSON.readTree("{\"a\":[1,2.5,\"x\"]}"));
    for (String bad :
        List.of("", " ", "{", "{} {}", "[1] x", "{\"a\":1,\"a\":2}", "{a:1}", "'x'")) {
      assertThatThrownBy(() -> JsonValues.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(bad.isBlank() ? "" : "malformed JSON");
    }
    assertThatThrownBy(() -> JsonValues.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
