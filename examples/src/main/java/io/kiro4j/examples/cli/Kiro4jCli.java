package io.kiro4j.examples.cli;

import io.kiro4j.core.Kiro;
import java.io.PrintWriter;
import java.util.List;
import java.util.OptionalInt;
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
        "Read, validate and act on Kiro workspaces (steering, agents, hooks, skills, specs, MCP).")
public final class Kiro4jCli implements Runnable {

  /**
   * The subcommands, in the order help lists them. Registered by {@link #commandLine(String...)}
   * rather than in the annotation: picocli instantiates and introspects every registered class (and
   * runs its static initialisers), which was most of a short run's time. A command that prints
   * through {@link CommandOutput} (not a {@code @Spec} of its own) and has plain options also runs
   * without picocli's model ({@link DirectRun}).
   */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          InspectCommand.class,
          LintCommand.class,
          LspCommand.class,
          ExplainCommand.class,
          SteeringCommand.class,
          ContextCommand.class,
          HooksCommand.class,
          AgentsCommand.class,
          AgentCommand.class,
          McpCommand.class,
          SettingsCommand.class,
          SkillsCommand.class,
          PowersCommand.class,
          SpecsCommand.class,
          CheckCommand.class,
          MigrateCommand.class,
          ToolsCommand.class,
          TurnCommand.class,
          CommandLine.HelpCommand.class);

  /** Exit code: ran, no error-severity diagnostic. */
  static final int OK = 0;

  /** Exit code: ran, at least one error-severity diagnostic. */
  static final int ERRORS = 1;

  /** Exit code: usage error or unreadable input. */
  static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    if (isVersionOnly(args)) {
      // Answered before picocli builds its model: that alone costs a fresh JVM over 100 ms.
      printVersion(new PrintWriter(System.out, true));
      System.exit(OK);
    }
    // The common command lines run without picocli's model; the rest (help, usage errors, the
    // commands that read picocli's model) go to picocli.
    OptionalInt direct = DirectRun.run(args);
    System.exit(direct.isPresent() ? direct.getAsInt() : run(args));
  }

  /** Prints what {@code --version} prints, as picocli would (one line per version line). */
  static void printVersion(PrintWriter out) {
    for (String line : new Version().getVersion()) {
      out.println(line);
    }
    out.flush();
  }

  private static boolean isVersionOnly(String[] args) {
    return args.length == 1 && (args[0].equals("-V") || args[0].equals("--version"));
  }

  /** Runs the CLI and returns the exit code (tests call this). */
  public static int run(String... args) {
    return commandLine(args).execute(args);
  }

  /** The whole command tree (tests, help). */
  static CommandLine commandLine() {
    return commandLine(new String[] {"help"});
  }

  /**
   * The command tree {@code args} needs: only the subcommand named first (its own subcommands
   * included), none for a lone {@code --version}, every one otherwise — help lists them and picocli
   * suggests the nearest name for a typo.
   */
  static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new Kiro4jCli());
    boolean versionOnly = isVersionOnly(args);
    boolean named = args.length > 0 && !args[0].equals("help") && isSubcommand(args[0]);
    for (Class<?> c : SUBCOMMANDS) {
      if (!versionOnly && (!named || nameOf(c).equals(args[0]))) {
        cl.addSubcommand(c);
      }
    }
    cl.setExitCodeExceptionMapper(e -> USAGE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          HumanOutput.of(ex.getCommandLine().getErr()).println("kiro4j: " + ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> failed(ex, commandLine.getErr()));
    return cl;
  }

  /** Reports what a command threw on {@code stderr}; the exit code. */
  static int failed(Exception ex, PrintWriter stderr) {
    HumanOutput err = HumanOutput.of(stderr);
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
  }

  private static boolean isSubcommand(String name) {
    for (Class<?> c : SUBCOMMANDS) {
      if (nameOf(c).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The name in the class's {@code @Command}: reading it loads the class but does not initialise
   * it.
   */
  private static String nameOf(Class<?> command) {
    return command.getAnnotation(Command.class).name();
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
