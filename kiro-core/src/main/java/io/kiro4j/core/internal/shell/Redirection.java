package io.kiro4j.core.internal.shell;

import java.util.Objects;

/**
 * One redirection of a simple command: {@code >out.log}, {@code 2>&1}, {@code <<EOF}. A redirection
 * written after a {@code ( … )} subshell belongs to every command inside it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param raw the operator (with its descriptor number) and the target as written, without the
 *     blanks between them
 * @param operator the operator alone: one of {@code < > >> >| <> <& >& &> &>> << <<- <<<}
 * @param target the target word (the delimiter for a here-document)
 */
public record Redirection(String raw, String operator, ShellWord target) {

  public Redirection {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(target, "target");
  }

  /**
   * True when the redirection writes a file or touches the network: {@code >}, {@code >>}, {@code
   * >|}, {@code <>}, {@code &>}, {@code &>>} and {@code >&} to anything but {@code /dev/null} or a
   * descriptor number, and any redirection from or to bash's {@code /dev/tcp/…} and {@code
   * /dev/udp/…}, and any redirection whose target is only known at run time.
   */
  public boolean writes() {
    if (operator.startsWith("<<")) {
      return false; // here-documents and here-strings are data on standard input
    }
    String to = target.value();
    if (!target.literal() || to.startsWith("/dev/tcp/") || to.startsWith("/dev/udp/")) {
      return true; // a target known only at run time could be any file, or the network
    }
    switch (operator) {
      case ">":
      case ">>":
      case ">|":
      case "<>":
      case "&>":
      case "&>>":
        return !to.equals("/dev/null");
      case ">&":
        return !to.equals("/dev/null")
            && !to.equals("-")
            && !to.chars().allMatch(Character::isDigit);
      default:
        return false;
    }
  }
}
