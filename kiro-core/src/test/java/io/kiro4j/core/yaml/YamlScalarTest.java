package io.kiro4j.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** YAML 1.2 core schema typing (section 10.3.2) and the scalar accessors. */
class YamlScalarTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "null|NULL",
        "Null|NULL",
        "NULL|NULL",
        "~|NULL",
        "''|NULL",
        "true|BOOLEAN",
        "True|BOOLEAN",
        "FALSE|BOOLEAN",
        "0|INTEGER",
        "-12|INTEGER",
        "+3|INTEGER",
        "007|INTEGER",
        "0o17|INTEGER",
        "0xFf|INTEGER",
        "1.5|FLOAT",
        "-.5|FLOAT",
        "1.|FLOAT",
        "1e3|FLOAT",
        "2.5E-3|FLOAT",
        ".inf|FLOAT",
        "-.Inf|FLOAT",
        ".NaN|FLOAT",
        "yes|STRING",
        "on|STRING",
        "tRue|STRING",
        "1.0.0|STRING",
        "0o8|STRING",
        "0X1F|STRING",
        "1_000|STRING",
        "nULL|STRING",
        "*.ts|STRING",
        "'.'|STRING"
      })
  void plainScalarsFollowTheCoreSchema(String value, YamlScalar.Type type) {
    assertThat(CoreSchema.resolve(value)).isEqualTo(type);
  }

  private static YamlScalar plain(String value) {
    return new YamlScalar(value, YamlScalar.Style.PLAIN, CoreSchema.resolve(value), 1, 1);
  }

  @Test
  void intAccessorIsEmptyWhenTheValueDoesNotFitAnInt() {
    assertThat(plain("2147483647").asInt()).hasValue(Integer.MAX_VALUE);
    assertThat(plain("-2147483648").asInt()).hasValue(Integer.MIN_VALUE);
    assertThat(plain("2147483648").asInt()).isEmpty();
    assertThat(plain("2147483648").asLong()).hasValue(2147483648L);
    assertThat(plain("9223372036854775808").asLong()).isEmpty();
    assertThat(plain("9223372036854775808").toPlainObject())
        .isEqualTo(new BigInteger("9223372036854775808"));
  }

  @Test
  void numericAccessorsAreEmptyForStringsAndBooleans() {
    YamlScalar text =
        new YamlScalar("42", YamlScalar.Style.DOUBLE_QUOTED, YamlScalar.Type.STRING, 1, 1);
    assertThat(text.asInt()).isEmpty();
    assertThat(text.asLong()).isEmpty();
    assertThat(text.asDouble()).isEmpty();
    assertThat(text.toPlainObject()).isEqualTo("42");
    assertThat(plain("true").asInt()).isEmpty();
    assertThat(plain("1").asBoolean()).isEmpty();
  }

  @Test
  void integerIsAlsoADouble() {
    assertThat(plain("0x10").asDouble()).hasValue(16.0);
    assertThat(plain(".nan").asDouble().getAsDouble()).isNaN();
  }

  @Test
  void typeMustFitTheValue() {
    assertThatThrownBy(
            () -> new YamlScalar("abc", YamlScalar.Style.PLAIN, YamlScalar.Type.INTEGER, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("INTEGER");
    assertThatThrownBy(
            () -> new YamlScalar("x", YamlScalar.Style.PLAIN, YamlScalar.Type.STRING, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nodeKindsAndCastsMatch() {
    YamlScalar s = plain("x");
    assertThat(s.kind()).isEqualTo("scalar");
    assertThat(s.asScalar()).contains(s);
    assertThat(s.asMapping()).isEmpty();
    assertThat(s.asSequence()).isEmpty();
  }
}
