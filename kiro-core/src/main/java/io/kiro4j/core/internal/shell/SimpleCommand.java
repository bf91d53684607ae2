package io.kiro4j.core.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One simple command of a shell command line: what a single {@code fork}/{@code exec} would run.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the command's source text, trimmed, as written (quotes and redirections included);
 *     for a command inside {@code $( )} or backticks, the text inside them
 * @param assignments leading {@code NAME=value} words, as written
 * @param arguments the command name and its arguments, as bash sees them
 * @param redirects its redirections, then those written after an enclosing {@code ( … )}
 * @param depth 0 for a top-level command, more for one nested in a subshell or a substitution
 */
public record SimpleCommand(
    String text,
    List<String> assignments,
    List<ShellWord> arguments,
    List<Redirection> redirects,
    int depth) {

  public SimpleCommand {
    Objects.requireNonNull(text, "text");
    assignments = List.copyOf(assignments);
    arguments = List.copyOf(arguments);
    redirects = List.copyOf(redirects);
  }

  /** The command name (first word's value), or the empty string for an assignment-only command. */
  public String name() {
    return arguments.isEmpty() ? "" : arguments.get(0).value();
  }

  /** The values of the words: the command name and its arguments without quotes. */
  public List<String> words() {
    List<String> values = new ArrayList<>(arguments.size());
    for (ShellWord w : arguments) {
      values.add(w.value());
    }
    return values;
  }

  /** The redirections as written ({@code >out.txt}, {@code 2>&1}, {@code <<EOF}). */
  public List<String> redirections() {
    List<String> raw = new ArrayList<>(redirects.size());
    for (Redirection r : redirects) {
      raw.add(r.raw());
    }
    return raw;
  }

  /** The words joined by single spaces: the command as it runs, without quotes. */
  public String plainText() {
    return String.join(" ", words());
  }

  /** True when every word is {@linkplain ShellWord#literal() literal}: bash runs exactly these. */
  public boolean literal() {
    for (ShellWord w : arguments) {
      if (!w.literal()) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a redirection writes a file or touches the network ({@link Redirection#writes()}).
   */
  public boolean writesOutput() {
    for (Redirection r : redirects) {
      if (r.writes()) {
        return true;
      }
    }
    return false;
  }

  SimpleCommand withOuterRedirections(List<Redirection> outer) {
    if (outer.isEmpty()) {
      return this;
    }
    List<Redirection> all = new ArrayList<>(redirects);
    all.addAll(outer);
    return new SimpleCommand(text, assignments, arguments, all, depth);
  }
}
