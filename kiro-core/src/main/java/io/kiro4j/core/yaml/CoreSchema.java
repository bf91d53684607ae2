package io.kiro4j.core.yaml;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The YAML 1.2 core schema's rules for plain scalars (YAML 1.2.2, section 10.3.2). Written out here
 * rather than borrowed from SnakeYAML's resolver so that {@link YamlScalar} can check its own type
 * and convert its value without the engine.
 */
final class CoreSchema {

  private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
  private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern INT_10 = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern INT_8 = Pattern.compile("0o[0-7]+");
  private static final Pattern INT_16 = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INF = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.nan|\\.NaN|\\.NAN");

  private CoreSchema() {}

  /** The type a plain, untagged scalar with this text has. */
  static YamlScalar.Type resolve(String value) {
    if (NULL.matcher(value).matches()) {
      return YamlScalar.Type.NULL;
    }
    if (BOOL.matcher(value).matches()) {
      return YamlScalar.Type.BOOLEAN;
    }
    if (INT_10.matcher(value).matches()
        || INT_8.matcher(value).matches()
        || INT_16.matcher(value).matches()) {
      return YamlScalar.Type.INTEGER;
    }
    if (FLOAT.matcher(value).matches()
        || INF.matcher(value).matches()
        || NAN.matcher(value).matches()) {
      return YamlScalar.Type.FLOAT;
    }
    return YamlScalar.Type.STRING;
  }

  /** The value of text the core schema types as an integer. */
  static BigInteger integer(String value) {
    if (value.startsWith("0o")) {
      return new BigInteger(value.substring(2), 8);
    }
    if (value.startsWith("0x")) {
      return new BigInteger(value.substring(2), 16);
    }
    // BigInteger accepts a leading '+' and leading zeros, as the core schema does.
    return new BigInteger(value);
  }

  /** The value of text the core schema types as a float. */
  static double floating(String value) {
    if (NAN.matcher(value).matches()) {
      return Double.NaN;
    }
    if (INF.matcher(value).matches()) {
      return value.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return Double.parseDouble(value);
  }

  /** The value of text the core schema types as a boolean. */
  static boolean bool(String value) {
    return value.charAt(0) == 't' || value.charAt(0) == 'T';
  }
}
