package io.kiro4j.core.edit;

/**
 * The type of a documented CLI setting (docs L12485–12560): how a value typed on the command line
 * is read.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum SettingType {
  /** {@code true} or {@code false}, lower case only (docs L12629–12633). */
  BOOLEAN,
  /** A JSON number. */
  NUMBER,
  /** Any text, stored as a JSON string. */
  STRING,
  /** One character or key name (the key bindings), stored as a string. */
  CHAR,
  /** A JSON array, typed as JSON: {@code '["*.py", "*.js"]'} (docs L12635–12638). */
  LIST
}
