package io.kiro4j.core.internal.shell;

import java.util.List;
import java.util.Objects;

/**
 * The result of {@link ShellParser#parse(String)}: either every simple command of the line, or the
 * reason it could not be proven.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface ShellParse permits ShellParse.Parsed, ShellParse.Unparsable {

  /**
   * The command line was fully understood.
   *
   * @param commands every simple command, outer ones before the ones nested in them, in source
   *     order; empty for a blank line or a comment
   * @param compound true when the line holds more than one simple command or a subshell
   */
  record Parsed(List<SimpleCommand> commands, boolean compound) implements ShellParse {
    public Parsed {
      commands = List.copyOf(commands);
    }
  }

  /**
   * The command line holds something the tokenizer does not prove (its callers then ask).
   *
   * @param reason one line, for the user
   * @param offset the 0-based character offset where the problem starts
   */
  record Unparsable(String reason, int offset) implements ShellParse {
    public Unparsable {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
