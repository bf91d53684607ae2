package io.kiro4j.core.shell;

import java.util.List;
import java.util.Objects;

/**
 * One simple command of a shell command line: what a single {@code fork}/{@code exec} would run.
 *
 * @param text the command's source text, trimmed, as written (quotes and redirections included);
 *     for a command inside {@code $( )} or backticks, the text inside them
 * @param assignments leading {@code NAME=value} words, as written
 * @param words the command name and its arguments with quotes removed; a word holding an expansion
 *     keeps it as written ({@code $HOME}, {@code $(date)})
 * @param redirections the redirection operators with their targets, as written ({@code >out.txt},
 *     {@code 2>&1}, {@code <<EOF})
 * @param depth 0 for a top-level command, more for one nested in a subshell or a substitution
 */
public record SimpleCommand(
    String text,
    List<String> assignments,
    List<String> words,
    List<String> redirections,
    int depth) {

  public SimpleCommand {
    Objects.requireNonNull(text, "text");
    assignments = List.copyOf(assignments);
    words = List.copyOf(words);
    redirections = List.copyOf(redirections);
  }

  /** The command name (first word), or the empty string for an assignment-only command. */
  public String name() {
    return words.isEmpty() ? "" : words.get(0);
  }

  /** The words joined by single spaces: the command as it runs, without quotes. */
  public String plainText() {
    return String.join(" ", words);
  }

  /**
   * True when a redirection writes to a file: {@code >}, {@code >>}, {@code >|}, {@code &>}, {@code
   * <>} to anything but {@code /dev/null} or a descriptor duplication such as {@code 2>&1}.
   */
  public boolean writesOutput() {
    for (String r : redirections) {
      int i = 0;
      while (i < r.length() && Character.isDigit(r.charAt(i))) {
        i++;
      }
      String rest = r.substring(i);
      if (!rest.contains(">")) {
        continue;
      }
      int t = 0;
      while (t < rest.length() && "<>&|".indexOf(rest.charAt(t)) >= 0) {
        t++;
      }
      String op = rest.substring(0, t);
      String target = rest.substring(t);
      boolean duplication = op.endsWith(">&") && target.matches("[0-9]+|-");
      if (!duplication && !target.equals("/dev/null")) {
        return true;
      }
    }
    return false;
  }
}
