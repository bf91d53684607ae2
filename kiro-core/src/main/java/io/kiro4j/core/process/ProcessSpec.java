package io.kiro4j.core.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to start: the argument vector, the working directory and the environment of a child process.
 *
 * <p>The argument vector is passed to the operating system as it is: nothing goes through a shell
 * unless {@code argv} itself starts one (for example {@code bash -c <command>} for hooks).
 *
 * <pre>{@code
 * ProcessSpec spec = ProcessSpec.builder("npx", "-y", "@modelcontextprotocol/server-everything")
 *     .name("mcp-everything")
 *     .workingDirectory(workspaceRoot)
 *     .environment("API_TOKEN", token)
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} shows environment variable names, never their values.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name a short label for thread names and log lines, for example {@code mcp-fetch}; by
 *     default the file name of {@code argv[0]}
 * @param argv the program and its arguments; never empty
 * @param workingDirectory where the child starts; absent means the current directory of this JVM
 * @param environment variables added to (or overriding) the inherited environment
 * @param inheritEnvironment whether the child starts from this JVM's environment (true by default)
 *     or from {@code environment} alone
 * @param isolation what the child is started apart from, so that a stop reaches its whole tree: its
 *     own {@link Isolation#SESSION session} (the default) or only its own {@link
 *     Isolation#PROCESS_GROUP process group}
 */
public record ProcessSpec(
    String name,
    List<String> argv,
    Optional<Path> workingDirectory,
    Map<String, String> environment,
    boolean inheritEnvironment,
    Isolation isolation) {

  /**
   * What a child is started apart from (on Linux; elsewhere children are supervised process by
   * process either way). Both give the child a process group of its own, which {@link
   * ChildProcess#stop} signals at once; they differ in the session.
   *
   * @since 0.2
   */
  public enum Isolation {
    /**
     * A new session and process group, through {@code setsid}: the child has no controlling
     * terminal, so it can neither read the terminal nor receive its signals (Ctrl-C, hang-up). The
     * default, and right for short commands such as hooks.
     */
    SESSION,
    /**
     * A new process group inside this JVM's session, for long-lived children that exchange many
     * small messages with this JVM (MCP stdio servers). Linux's autogroup scheduling ({@code
     * /proc/sys/kernel/sched_autogroup_enabled}) gives each session its own share of the CPU, so
     * under load a request/response between two sessions waits for two groups to be scheduled; in
     * one session it waits for one.
     *
     * <p>Started through GNU {@code timeout 0} (no time limit), which creates the group, stays as
     * the child's parent, forwards SIGTERM to the group and exits with the child's status (a child
     * killed by a signal makes it die of the same signal); {@link ChildProcess#pid()} is then that
     * of {@code timeout}, which is also the group's id. Used only when it is safe, otherwise the
     * child gets {@link #SESSION}:
     *
     * <ul>
     *   <li>this JVM has no controlling terminal ({@code tty_nr} of {@code /proc/self/stat} is 0,
     *       checked at every start): a child in a background group of a terminal's session that
     *       reads {@code /dev/tty} would be stopped by SIGTTIN instead of failing;
     *   <li>{@code /usr/bin/timeout} (or {@code /bin/timeout}) was seen, once per JVM, to start a
     *       command in a new process group of the caller's session (BusyBox's {@code timeout} does
     *       not).
     * </ul>
     */
    PROCESS_GROUP
  }

  /**
   * A spec in its own {@link Isolation#SESSION session}: the components before {@code isolation}
   * was added.
   */
  public ProcessSpec(
      String name,
      List<String> argv,
      Optional<Path> workingDirectory,
      Map<String, String> environment,
      boolean inheritEnvironment) {
    this(name, argv, workingDirectory, environment, inheritEnvironment, Isolation.SESSION);
  }

  public ProcessSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(argv, "argv");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(isolation, "isolation");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank");
    }
    argv = List.copyOf(argv);
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("argv must not be empty");
    }
    if (argv.get(0).isEmpty()) {
      throw new IllegalArgumentException("argv[0] must not be empty");
    }
    for (int i = 0; i < argv.size(); i++) {
      // The message names the index only: arguments may carry secrets.
      if (argv.get(i).indexOf('\0') >= 0) {
        throw new IllegalArgumentException("argv[" + i + "] contains a NUL character");
      }
    }
    Map<String, String> env = new LinkedHashMap<>();
    environment.forEach(
        (key, value) -> {
          checkVariable(key, value);
          env.put(key, value);
        });
    environment = Collections.unmodifiableMap(env);
  }

  /** A spec for {@code argv} with default options. */
  public static ProcessSpec of(String... argv) {
    return builder(argv).build();
  }

  /** A builder for {@code argv} (the program and its arguments). */
  public static Builder builder(String... argv) {
    return builder(List.of(argv));
  }

  /** A builder for {@code argv} (the program and its arguments). */
  public static Builder builder(List<String> argv) {
    return new Builder(argv);
  }

  /** A builder holding this spec's values, to derive a variant. */
  public Builder toBuilder() {
    Builder builder = new Builder(argv);
    builder.name = name;
    builder.workingDirectory = workingDirectory.orElse(null);
    builder.environment.putAll(environment);
    builder.inheritEnvironment = inheritEnvironment;
    builder.isolation = isolation;
    return builder;
  }

  /** The program, {@code argv[0]}: the only argument error messages name. */
  public String program() {
    return argv.get(0);
  }

  /** Shows variable names only: environment values are often secrets. */
  @Override
  public String toString() {
    return "ProcessSpec[name="
        + name
        + ", program="
        + program()
        + ", arguments="
        + (argv.size() - 1)
        + ", workingDirectory="
        + workingDirectory.map(Path::toString).orElse("(inherited)")
        + ", environment="
        + environment.keySet()
        + ", inheritEnvironment="
        + inheritEnvironment
        + ", isolation="
        + isolation
        + "]";
  }

  private static void checkVariable(String key, String value) {
    Objects.requireNonNull(key, "environment variable name");
    if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "environment variable name must be non-empty without '=' or NUL, got '"
              + key.replace("\0", "\\0")
              + "'");
    }
    Objects.requireNonNull(value, () -> "value of environment variable " + key);
    if (value.indexOf('\0') >= 0) {
      // Never echo the value.
      throw new IllegalArgumentException(
          "value of environment variable " + key + " contains a NUL character");
    }
  }

  static String defaultName(String program) {
    String fileName = program;
    int slash = Math.max(program.lastIndexOf('/'), program.lastIndexOf('\\'));
    if (slash >= 0 && slash < program.length() - 1) {
      fileName = program.substring(slash + 1);
    }
    return fileName.isBlank() ? "process" : fileName;
  }

  /** Builds a {@link ProcessSpec}. Setters reject bad values at once. Not thread-safe. */
  public static final class Builder {
    private final List<String> argv;
    private String name;
    private Path workingDirectory;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private boolean inheritEnvironment = true;
    private Isolation isolation = Isolation.SESSION;

    private Builder(List<String> argv) {
      Objects.requireNonNull(argv, "argv");
      this.argv = new ArrayList<>(argv);
      if (this.argv.isEmpty()) {
        throw new IllegalArgumentException("argv must not be empty");
      }
      for (String arg : this.argv) {
        Objects.requireNonNull(arg, "argv element");
      }
    }

    /** A short label for thread names and log lines (never a secret). */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name must not be blank");
      }
      this.name = name;
      return this;
    }

    /** Where the child starts. */
    public Builder workingDirectory(Path workingDirectory) {
      this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
      return this;
    }

    /** Adds or overrides one environment variable. */
    public Builder environment(String name, String value) {
      checkVariable(name, value);
      environment.put(name, value);
      return this;
    }

    /** Adds or overrides every variable of {@code variables}. */
    public Builder environment(Map<String, String> variables) {
      Objects.requireNonNull(variables, "variables");
      variables.forEach(this::environment);
      return this;
    }

    /**
     * Whether the child starts from this JVM's environment (the default) or from the variables
     * given here alone.
     */
    public Builder inheritEnvironment(boolean inheritEnvironment) {
      this.inheritEnvironment = inheritEnvironment;
      return this;
    }

    /**
     * What the child is started apart from: {@link Isolation#SESSION} by default; {@link
     * Isolation#PROCESS_GROUP} for long-lived children that talk to this JVM a lot (it falls back
     * to {@code SESSION} where it is not safe).
     */
    public Builder isolation(Isolation isolation) {
      this.isolation = Objects.requireNonNull(isolation, "isolation");
      return this;
    }

    /** The spec. */
    public ProcessSpec build() {
      String label = name != null ? name : defaultName(argv.get(0));
      return new ProcessSpec(
          label,
          argv,
          Optional.ofNullable(workingDirectory),
          environment,
          inheritEnvironment,
          isolation);
    }
  }
}
