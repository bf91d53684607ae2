package io.kiro4j.core.internal.shell;

import java.util.Objects;

/**
 * One word of a simple command as bash would see it before running the command.
 *
 * <p>Immutable and thread-safe.
 *
 * @param raw the word as written, quotes included
 * @param value the word with quotes removed and the quoting forms decoded ({@code $'a\tb'}); a
 *     parameter or command substitution is kept as written ({@code $HOME}, {@code $(date)})
 * @param expansion true when the word holds a parameter or command substitution: its value is only
 *     known when the line runs, and unquoted it may even split into several words
 * @param pattern true when the word holds an unquoted {@code *}, {@code ?} or {@code [}: bash
 *     replaces it with the names of matching files, which may start with {@code -}
 * @param tilde true when bash replaces an unquoted {@code ~} (at the start, or after {@code =} or
 *     {@code :}) with a home folder: the value is a path only known at run time, never an option
 */
public record ShellWord(
    String raw, String value, boolean expansion, boolean pattern, boolean tilde) {

  public ShellWord {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(value, "value");
  }

  /** True when bash passes exactly {@link #value()}: no expansion, pattern or tilde. */
  public boolean literal() {
    return !expansion && !pattern && !tilde;
  }
}
