package io.kiro4j.examples.cli;

import io.kiro4j.core.text.DisplayText;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The CLI's stdout and stderr as every command writes them: each {@code print}/{@code println} of a
 * string or object and each {@code printf} argument goes through the one escaping function, {@link
 * DisplayText#escape}, so a name, path, reason or message taken from a workspace file, a tool input
 * or an MCP server prints as one inert line (no ESC, CR, LF or other C0/C1 control, no
 * U+2028/U+2029, no bidirectional override). Format strings and {@code println()} line ends are the
 * CLI's own and pass as written. Multi-line documents (JSON, the skills-ref XML) go through {@link
 * #lines}: each line is escaped, which inside a JSON string is a valid JSON escape ({@code \n},
 * {@code \}{@code uXXXX}), so JSON stays JSON and only gains escapes for C1 controls, DEL, U+2028/9
 * and the bidirectional controls.
 */
final class HumanOutput extends PrintWriter {

  private HumanOutput(PrintWriter target) {
    // Auto-flush, as picocli's own writers: each line reaches the terminal (and stays in order
    // with what is written to the target directly, such as usage help).
    super(target, true);
  }

  /** {@code writer} escaping what it prints (itself if it already does). */
  static HumanOutput of(PrintWriter writer) {
    return writer instanceof HumanOutput ? (HumanOutput) writer : new HumanOutput(writer);
  }

  /** The command's stdout, escaping. */
  static HumanOutput out(CommandSpec spec) {
    return of(spec.commandLine().getOut());
  }

  /** The command's stderr, escaping. */
  static HumanOutput err(CommandSpec spec) {
    return of(spec.commandLine().getErr());
  }

  @Override
  public void print(String s) {
    super.print(DisplayText.escape(s));
  }

  @Override
  public void print(Object obj) {
    print(String.valueOf(obj));
  }

  @Override
  public void println(String x) {
    synchronized (lock) {
      print(x);
      println();
    }
  }

  @Override
  public void println(Object x) {
    println(String.valueOf(x));
  }

  @Override
  public PrintWriter format(String format, Object... args) {
    return super.format(format, escaped(args));
  }

  @Override
  public PrintWriter format(Locale l, String format, Object... args) {
    return super.format(l, format, escaped(args));
  }

  /** Prints a multi-line text ({@code \n} or {@code \r\n} between lines), each line escaped. */
  void lines(String text) {
    synchronized (lock) {
      for (String line : text.split("\r?\n", -1)) {
        println(line);
      }
    }
  }

  /** Numbers and booleans stay as they are (for {@code %d}); everything else becomes its text. */
  private static Object[] escaped(Object[] args) {
    if (args == null) {
      return null;
    }
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      Object a = args[i];
      out[i] = a == null || a instanceof Number || a instanceof Boolean ? a : DisplayText.escape(a);
    }
    return out;
  }
}
