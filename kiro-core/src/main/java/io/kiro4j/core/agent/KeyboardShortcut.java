package io.kiro4j.core.agent;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed {@code keyboardShortcut} (docs L6385-6425, L6860-6881): optional distinct modifiers
 * {@code ctrl} and {@code shift}, then one key a-z or 0-9, case-insensitive. The docs' grammar says
 * one modifier, their own example uses {@code ctrl+shift+r} (L6860–6881): both are accepted.
 *
 * <p>Immutable and thread-safe.
 *
 * @param ctrl whether {@code ctrl} is held
 * @param shift whether {@code shift} is held
 * @param key the key, lower case
 */
public record KeyboardShortcut(boolean ctrl, boolean shift, char key) {

  /** Parses {@code text}; empty when it is not a valid shortcut. */
  public static Optional<KeyboardShortcut> parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.toLowerCase(Locale.ROOT).split("\\+", -1);
    String key = parts[parts.length - 1];
    if (key.length() != 1) {
      return Optional.empty();
    }
    char k = key.charAt(0);
    if (!((k >= 'a' && k <= 'z') || (k >= '0' && k <= '9'))) {
      return Optional.empty();
    }
    boolean ctrl = false;
    boolean shift = false;
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].equals("ctrl") && !ctrl) {
        ctrl = true;
      } else if (parts[i].equals("shift") && !shift) {
        shift = true;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new KeyboardShortcut(ctrl, shift, k));
  }

  /** The normal form: {@code ctrl+shift+r}. */
  @Override
  public String toString() {
    return (ctrl ? "ctrl+" : "") + (shift ? "shift+" : "") + key;
  }
}
