package io.kiro4j.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Where a command prints, whichever way it was run: a mixin (no options of its own) that picocli
 * fills with the command's spec, and {@link DirectRun} with the writers and name of its run. A
 * command that prints through this rather than its own {@code @Spec} can be run directly. The empty
 * {@code @Command} is what makes picocli accept a mixin without options; it adds nothing.
 */
@Command
final class CommandOutput {

  /** Set by picocli. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  // Set by DirectRun instead.
  private PrintWriter out;
  private PrintWriter err;
  private String qualifiedName;

  /** This mixin for a direct run. */
  static CommandOutput direct(PrintWriter out, PrintWriter err, String qualifiedName) {
    CommandOutput o = new CommandOutput();
    o.out = out;
    o.err = err;
    o.qualifiedName = qualifiedName;
    return o;
  }

  /** The command's stdout, escaping. */
  HumanOutput out() {
    return HumanOutput.of(mixee == null ? out : mixee.commandLine().getOut());
  }

  /** The command's stderr, escaping. */
  HumanOutput err() {
    return HumanOutput.of(mixee == null ? err : mixee.commandLine().getErr());
  }

  /** The command's full name ({@code kiro4j skills validate}). */
  String qualifiedName() {
    return mixee == null ? qualifiedName : mixee.qualifiedName();
  }
}
