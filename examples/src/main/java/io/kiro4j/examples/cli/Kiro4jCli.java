package io.kiro4j.examples.cli;

import io.kiro4j.core.Kiro;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code kiro4j} command line: every capability of the library, scriptable. The contract
 * (options, JSON shapes, exit codes) is in {@code docs/cli.md}.
 */
@Command(
    name = "kiro4j",
    mixinStandardHelpOptions = true,
    versionProvider = Kiro4jCli.Version.class,
    description =
        "Read, validate and act on Kiro workspaces (steering, agents, hooks, skills, specs, MCP).",
    subcommands = {
      InspectCommand.class,
      LintCommand.class,
      LspCommand.class,
      SteeringCommand.class,
      HooksCommand.class,
      AgentsCommand.class,
      AgentCommand.class,
      McpCommand.class,
      SkillsCommand.class,
      PowersCommand.class,
      SpecsCommand.class,
      CheckCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Kiro4jCli implements Runnable {

  /** Exit code: ran, no error-severity diagnostic. */
  static final int OK = 0;

  /** Exit code: ran, at least one error-severity diagnostic. */
  static final int ERRORS = 1;

  /** Exit code: usage error or unreadable input. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the CLI and returns the exit code (tests call this). */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Kiro4jCli());
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          HumanOutput.of(ex.getCommandLine().getErr()).println("kiro4j: " + ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          HumanOutput err = HumanOutput.of(commandLine.getErr());
          if (ex instanceof UsageException) {
            err.println("kiro4j: " + ex.getMessage());
            return USAGE;
          }
          // Not a usage error: a bug. Its message may quote hostile input, so it is escaped too.
          err.println("kiro4j: internal error: " + ex);
          for (StackTraceElement frame : ex.getStackTrace()) {
            err.println("    at " + frame);
          }
          err.flush();
          return USAGE;
        });
    return cl;
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code kiro4j --version}: the library version and the docs snapshot it implements. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "kiro4j " + Kiro.version(),
        "implements the Kiro documentation snapshot " + Kiro.docsSnapshot()
      };
    }
  }
}
