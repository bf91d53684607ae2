package io.kiro4j.core.yaml;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A YAML scalar: its text exactly as YAML defines it (quotes removed, escapes and folding applied),
 * how it was written, and the type it has in the profile it was parsed with.
 *
 * <p>The {@link #style()} lets a caller tell {@code alwaysApply: true} from {@code alwaysApply:
 * "true"}; the {@link #type()} does the same work for the common case. In the {@link
 * YamlProfile#LENIENT lenient} profile a plain scalar is typed by the YAML 1.2 core schema ({@code
 * true}/{@code False} booleans, {@code 42}/{@code 0x2A}/{@code 0o52} integers, {@code 1.5}/ {@code
 * .inf} floats, {@code null}/{@code ~}/empty nulls); everything else, and every scalar in the
 * {@link YamlProfile#STRICT strict} profile, is a {@link Type#STRING}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the scalar's text; for a null this is the written text ({@code ""}, {@code "~"},
 *     ...)
 * @param style how it was written
 * @param type what it is; either {@link Type#STRING} or the core schema type of {@code value}
 * @param line 1-based file line where the scalar starts
 * @param column 1-based column where the scalar starts
 */
public record YamlScalar(String value, Style style, Type type, int line, int column)
    implements YamlNode {

  /** How a scalar was written. */
  public enum Style {
    /** Unquoted: {@code key: value}. */
    PLAIN,
    /** {@code 'value'}. */
    SINGLE_QUOTED,
    /** {@code "value"}. */
    DOUBLE_QUOTED,
    /** A literal block scalar: {@code |} keeps line breaks. */
    LITERAL,
    /** A folded block scalar: {@code >} folds line breaks into spaces. */
    FOLDED
  }

  /** What a scalar is. */
  public enum Type {
    STRING,
    BOOLEAN,
    INTEGER,
    FLOAT,
    NULL;

    /**
     * The type a plain (unquoted, untagged) scalar with this text has under the YAML 1.2 core
     * schema: {@code true} is a boolean, {@code 0x1F} an integer, {@code ~} a null, {@code yes} a
     * string.
     *
     * @since 0.2
     */
    public static Type ofPlain(String text) {
      return CoreSchema.resolve(Objects.requireNonNull(text, "text"));
    }
  }

  public YamlScalar {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(type, "type");
    requirePosition(line, column);
    if (type != Type.STRING && CoreSchema.resolve(value) != type) {
      throw new IllegalArgumentException(
          "type " + type + " does not fit the value '" + value + "' under the YAML core schema");
    }
  }

  /** True when the scalar was written without quotes and is not a block scalar. */
  public boolean isPlain() {
    return style == Style.PLAIN;
  }

  /** True when the scalar is a YAML null ({@code key:} with no value, {@code null}, {@code ~}). */
  public boolean isNull() {
    return type == Type.NULL;
  }

  /** The boolean, when this scalar is a {@link Type#BOOLEAN}; empty otherwise. */
  public Optional<Boolean> asBoolean() {
    return type == Type.BOOLEAN ? Optional.of(CoreSchema.bool(value)) : Optional.empty();
  }

  /** The integer, when this scalar is an {@link Type#INTEGER} that fits an {@code int}. */
  public OptionalInt asInt() {
    if (type != Type.INTEGER) {
      return OptionalInt.empty();
    }
    BigInteger big = CoreSchema.integer(value);
    return big.bitLength() < Integer.SIZE ? OptionalInt.of(big.intValue()) : OptionalInt.empty();
  }

  /** The integer, when this scalar is an {@link Type#INTEGER} that fits a {@code long}. */
  public OptionalLong asLong() {
    if (type != Type.INTEGER) {
      return OptionalLong.empty();
    }
    BigInteger big = CoreSchema.integer(value);
    return big.bitLength() < Long.SIZE ? OptionalLong.of(big.longValue()) : OptionalLong.empty();
  }

  /** The number, when this scalar is a {@link Type#FLOAT} or an {@link Type#INTEGER}. */
  public OptionalDouble asDouble() {
    if (type == Type.FLOAT) {
      return OptionalDouble.of(CoreSchema.floating(value));
    }
    if (type == Type.INTEGER) {
      return OptionalDouble.of(CoreSchema.integer(value).doubleValue());
    }
    return OptionalDouble.empty();
  }

  @Override
  public String kind() {
    return "scalar";
  }

  @Override
  public Object toPlainObject() {
    switch (type) {
      case NULL:
        return null;
      case BOOLEAN:
        return CoreSchema.bool(value);
      case INTEGER:
        BigInteger big = CoreSchema.integer(value);
        if (big.bitLength() < Integer.SIZE) {
          return big.intValue();
        }
        return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
      case FLOAT:
        return CoreSchema.floating(value);
      default:
        return value;
    }
  }

  static void requirePosition(int line, int column) {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based, got " + line + ":" + column);
    }
  }
}
