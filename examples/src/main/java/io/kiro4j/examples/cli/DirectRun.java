package io.kiro4j.examples.cli;

import io.kiro4j.examples.cli.CommandClassFile.ClassRef;
import io.kiro4j.examples.cli.CommandClassFile.FieldInfo;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs a command line without building picocli's model, when the command and every argument are
 * ones it binds exactly as picocli would; otherwise it declines and {@link Kiro4jCli} hands the
 * line to picocli. Picocli's model (annotations read by reflection, a converter registry, a spec
 * per subcommand) costs a fresh JVM about 90 ms of CPU before a command starts, more than {@code
 * kiro4j skills validate} needs for the rest of its run.
 *
 * <p>The options are still the commands' picocli annotations — the one definition — read from the
 * class files ({@link CommandClassFile}). What a direct run accepts is deliberately narrow:
 *
 * <ul>
 *   <li>a command whose fields carry only {@code @Option}, {@code @Parameters} and {@code @Mixin},
 *       and which prints through {@link CommandOutput} (no {@code @Spec} of its own);
 *   <li>options spelled {@code --name value}, {@code --name=value} or {@code -n value} (no
 *       clusters), used once unless they are lists; values that do not start with {@code -};
 *   <li>values of type {@code String}, {@code Path}, {@code boolean} (a flag, no value) and lists
 *       of the first two; options with a {@code converter}, {@code split} or other attribute that
 *       changes parsing decline when given, and a {@code required} or {@code defaultValue} one
 *       declines always;
 *   <li>one positional field ({@code arity} {@code 0..*} or {@code 1..*} for a list, {@code 1} for
 *       a value).
 * </ul>
 *
 * Anything else — {@code --help}, {@code --version}, {@code @argfiles}, {@code --}, an unknown
 * option, a missing argument, a command with subcommands named alone — declines, so every usage
 * error and every help text is picocli's. Declining happens before the command runs: nothing has
 * been printed. {@code DirectRunProperties} checks on generated command lines that a direct run
 * binds every field as picocli does whenever it does not decline.
 */
final class DirectRun {

  private static final String COMMAND = "Lpicocli/CommandLine$Command;";
  private static final String OPTION = "Lpicocli/CommandLine$Option;";
  private static final String PARAMETERS = "Lpicocli/CommandLine$Parameters;";
  private static final String MIXIN = "Lpicocli/CommandLine$Mixin;";
  private static final String SPEC = "Lpicocli/CommandLine$Spec;";

  /** Option attributes that only describe the option (help text); any other changes parsing. */
  private static final Set<String> DESCRIPTIVE =
      Set.of("names", "paramLabel", "description", "descriptionKey", "hidden", "order");

  /** Command attributes that do not change how the command's arguments are parsed. */
  private static final Set<String> PLAIN_COMMAND =
      Set.of(
          "name",
          "aliases",
          "description",
          "mixinStandardHelpOptions",
          "versionProvider",
          "subcommands",
          "hidden");

  /** A command object ready to run, with the names that led to it. */
  record Bound(Object command, String qualifiedName) {}

  private final PrintWriter out;
  private final PrintWriter err;

  private DirectRun(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  /** Runs {@code args} on stdout and stderr; empty when picocli must. */
  static OptionalInt run(String[] args) {
    return run(
        args, writer(System.out, "sun.stdout.encoding"), writer(System.err, "sun.stderr.encoding"));
  }

  /** Runs {@code args} printing to {@code out} and {@code err}; empty when picocli must. */
  static OptionalInt run(String[] args, PrintWriter out, PrintWriter err) {
    Optional<Bound> bound = new DirectRun(out, err).bind(args);
    if (bound.isEmpty()) {
      return OptionalInt.empty();
    }
    int exit;
    try {
      exit = execute(bound.get().command());
    } catch (Exception e) {
      exit = Kiro4jCli.failed(e, err);
    }
    out.flush();
    err.flush();
    return OptionalInt.of(exit);
  }

  /** The command {@code args} runs, its fields set, or empty if picocli must handle the line. */
  static Optional<Bound> bind(String[] args, PrintWriter out, PrintWriter err) {
    return new DirectRun(out, err).bind(args);
  }

  private Optional<Bound> bind(String[] args) {
    if (args.length == 0) {
      return Optional.empty();
    }
    for (String a : args) {
      if (a.startsWith("@")) {
        return Optional.empty(); // an argument file: picocli expands it
      }
    }
    Optional<CommandClassFile> root = CommandClassFile.of(Kiro4jCli.class);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder name = new StringBuilder(String.valueOf(commandName(root.get())));
    ClassLoader loader = Kiro4jCli.class.getClassLoader();
    Class<?> type = null;
    CommandClassFile file = null;
    for (Class<?> c : candidates(args[0])) {
      Optional<CommandClassFile> f =
          c.getClassLoader() == loader ? CommandClassFile.of(c) : Optional.empty();
      if (f.isPresent() && args[0].equals(commandName(f.get()))) {
        type = c;
        file = f.get();
        break;
      }
    }
    if (type == null) {
      return Optional.empty();
    }
    name.append(' ').append(args[0]);
    int next = 1;
    while (hasSubcommands(file)) {
      if (next == args.length) {
        return Optional.empty(); // a command of commands named alone prints its usage
      }
      Optional<Class<?>> sub = subcommand(file, args[next], loader);
      if (sub.isEmpty()) {
        return Optional.empty();
      }
      type = sub.get();
      Optional<CommandClassFile> f = CommandClassFile.of(type);
      if (f.isEmpty()) {
        return Optional.empty();
      }
      file = f.get();
      name.append(' ').append(args[next]);
      next++;
    }
    try {
      return bindCommand(type, file, args, next, name.toString());
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty(); // picocli will say what is wrong, in its words
    }
  }

  /**
   * The subcommands, the one whose class is named after {@code name} ({@code check}: {@code
   * CheckCommand}) first: each class file read costs about a millisecond in a fresh JVM. The
   * annotation still decides.
   */
  private static List<Class<?>> candidates(String name) {
    List<Class<?>> ordered = new ArrayList<>(Kiro4jCli.SUBCOMMANDS.size());
    for (Class<?> c : Kiro4jCli.SUBCOMMANDS) {
      if (c.getSimpleName().equalsIgnoreCase(name + "Command")) {
        ordered.add(0, c);
      } else {
        ordered.add(c);
      }
    }
    return ordered;
  }

  private static Object commandName(CommandClassFile file) {
    Optional<Map<String, Object>> command = file.annotation(COMMAND);
    return command.isPresent() ? command.get().get("name") : null;
  }

  private static boolean hasSubcommands(CommandClassFile file) {
    Optional<Map<String, Object>> command = file.annotation(COMMAND);
    return command.isPresent() && command.get().containsKey("subcommands");
  }

  @SuppressWarnings("unchecked")
  private static Optional<Class<?>> subcommand(
      CommandClassFile file, String arg, ClassLoader loader) {
    Object listed = file.annotation(COMMAND).get().get("subcommands");
    for (Object ref : (List<Object>) listed) {
      try {
        Class<?> c = ((ClassRef) ref).load(loader);
        Optional<CommandClassFile> f = CommandClassFile.of(c);
        if (f.isPresent() && arg.equals(commandName(f.get()))) {
          return Optional.of(c);
        }
      } catch (ClassNotFoundException | RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * An option or positional field and the object holding it (a class, not a record: compared by
   * identity).
   */
  private static final class Target {
    private final Object holder;
    private final Field field;
    private final Map<String, Object> annotation;
    private final String type;

    Target(Object holder, Field field, Map<String, Object> annotation, String type) {
      this.holder = holder;
      this.field = field;
      this.annotation = annotation;
      this.type = type;
    }

    Object holder() {
      return holder;
    }

    Field field() {
      return field;
    }

    Map<String, Object> annotation() {
      return annotation;
    }

    /** The field's generic signature, else its descriptor. */
    String type() {
      return type;
    }
  }

  private Optional<Bound> bindCommand(
      Class<?> type, CommandClassFile file, String[] args, int from, String qualifiedName)
      throws ReflectiveOperationException {
    if (!(Callable.class.isAssignableFrom(type) || Runnable.class.isAssignableFrom(type))
        || !PLAIN_COMMAND.containsAll(file.annotation(COMMAND).orElse(Map.of()).keySet())) {
      return Optional.empty(); // a parser setting of its own (separator, clusters...): picocli
    }
    Object command = newInstance(type);
    Map<String, Target> options = new HashMap<>();
    List<Target> positional = new ArrayList<>();
    if (!collect(command, file, options, positional, qualifiedName, false)
        || positional.size() > 1) {
      return Optional.empty();
    }
    Set<Target> seen = new HashSet<>();
    Set<Target> filled = new HashSet<>();
    List<String> values = new ArrayList<>();
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (!arg.startsWith("-")) {
        values.add(arg);
        continue;
      }
      int eq = arg.startsWith("--") ? arg.indexOf('=') : -1;
      Target t = options.get(eq < 0 ? arg : arg.substring(0, eq));
      if (t == null || !DESCRIPTIVE.containsAll(t.annotation().keySet())) {
        return Optional.empty(); // unknown (-h, --help, clusters, --) or parsed in its own way
      }
      boolean list = isList(t);
      if (!seen.add(t) && !list) {
        return Optional.empty(); // given twice: picocli's error
      }
      if (t.type().equals("Z")) {
        if (eq >= 0) {
          return Optional.empty();
        }
        t.field().setBoolean(t.holder(), true);
        continue;
      }
      String value;
      if (eq >= 0) {
        value = arg.substring(eq + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return Optional.empty(); // a missing value
      }
      if (value.isEmpty() || value.startsWith("-") || !assign(t, value, list, filled)) {
        return Optional.empty();
      }
    }
    if (!positional.isEmpty()) {
      Target p = positional.get(0);
      Object arity = p.annotation().get("arity");
      boolean list = isList(p);
      boolean fits =
          list
              ? "0..*".equals(arity) || "1..*".equals(arity) && !values.isEmpty()
              : "1".equals(arity) && values.size() == 1;
      if (!fits || !positionalOnlyDescribed(p)) {
        return Optional.empty();
      }
      for (String v : values) {
        if (!assign(p, v, list, filled)) {
          return Optional.empty();
        }
      }
    } else if (!values.isEmpty()) {
      return Optional.empty(); // an unmatched argument
    }
    return Optional.of(new Bound(command, qualifiedName));
  }

  private static boolean isList(Target t) {
    return t.type().startsWith("Ljava/util/List<");
  }

  private static boolean positionalOnlyDescribed(Target p) {
    for (String key : p.annotation().keySet()) {
      if (!key.equals("arity") && !DESCRIPTIVE.contains(key)) {
        return false; // index, defaultValue, converter, split...
      }
    }
    return true;
  }

  /**
   * Gathers the options and positional fields of {@code holder} (a command, or a mixin when {@code
   * inMixin}), creating its mixins; false when a field is one a direct run does not handle.
   */
  private boolean collect(
      Object holder,
      CommandClassFile file,
      Map<String, Target> options,
      List<Target> positional,
      String qualifiedName,
      boolean inMixin)
      throws ReflectiveOperationException {
    if (file.annotatedMethods() || !file.superName().equals("java/lang/Object")) {
      return false; // annotated setters, inherited options: picocli
    }
    for (FieldInfo f : file.fields()) {
      Map<String, Map<String, Object>> picocli = new HashMap<>();
      for (Map.Entry<String, Map<String, Object>> a : f.annotations().entrySet()) {
        if (a.getKey().startsWith("Lpicocli/")) {
          picocli.put(a.getKey(), a.getValue());
        }
      }
      if (picocli.isEmpty()) {
        continue;
      }
      if (picocli.size() > 1) {
        return false;
      }
      Field field = holder.getClass().getDeclaredField(f.name());
      field.setAccessible(true);
      String type = f.signature().orElse(f.descriptor());
      if (picocli.containsKey(OPTION)) {
        Map<String, Object> a = picocli.get(OPTION);
        if (a.containsKey("required") || a.containsKey("defaultValue")) {
          return false;
        }
        Target t = new Target(holder, field, a, type);
        Object names = a.get("names");
        for (Object n : names instanceof List<?> l ? l : List.of(names)) {
          options.put((String) n, t);
        }
      } else if (picocli.containsKey(PARAMETERS)) {
        positional.add(new Target(holder, field, picocli.get(PARAMETERS), type));
      } else if (picocli.containsKey(MIXIN) && !inMixin) {
        Class<?> mixinType = field.getType();
        if (mixinType == CommandOutput.class) {
          field.set(holder, CommandOutput.direct(out, err, qualifiedName));
          continue;
        }
        Optional<CommandClassFile> mixinFile = CommandClassFile.of(mixinType);
        Object mixin = newInstance(mixinType);
        if (mixinFile.isEmpty()
            || !collect(mixin, mixinFile.get(), options, positional, qualifiedName, true)) {
          return false;
        }
        field.set(holder, mixin);
      } else {
        return false; // @Spec (the command reads picocli's model), @ArgGroup, @ParentCommand...
      }
    }
    return true;
  }

  /** Converts {@code value} as picocli's built-in converters do and stores it; false if unsure. */
  @SuppressWarnings("unchecked")
  private static boolean assign(Target t, String value, boolean list, Set<Target> filled)
      throws IllegalAccessException {
    String element = list ? t.type().substring("Ljava/util/List<".length()) : t.type();
    Object converted;
    if (element.startsWith("Ljava/lang/String;")) {
      converted = value;
    } else if (element.startsWith("Ljava/nio/file/Path;")) {
      converted = Path.of(value); // picocli: Paths.get(value); a bad path declines
    } else {
      return false;
    }
    if (!list) {
      t.field().set(t.holder(), converted);
      return true;
    }
    List<Object> current = (List<Object>) t.field().get(t.holder());
    if (current == null || filled.add(t) && !current.isEmpty()) {
      return false; // a list with a default: how picocli adds to it is its own
    }
    current.add(converted);
    return true;
  }

  private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
    Constructor<?> c = type.getDeclaredConstructor();
    c.setAccessible(true);
    return c.newInstance();
  }

  private static int execute(Object command) throws Exception {
    if (command instanceof Callable<?> callable) {
      Object result = callable.call();
      return result instanceof Integer code ? code : Kiro4jCli.OK;
    }
    ((Runnable) command).run();
    return Kiro4jCli.OK;
  }

  /** A writer on {@code stream} in the encoding picocli picks for it. */
  private static PrintWriter writer(PrintStream stream, String encodingProperty) {
    return new PrintWriter(
        new BufferedWriter(new OutputStreamWriter(stream, charset(encodingProperty))), true);
  }

  private static Charset charset(String property) {
    String name = System.getProperty(property);
    if (name == null) {
      return Charset.defaultCharset();
    }
    try {
      return Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
    } catch (RuntimeException e) {
      return Charset.defaultCharset();
    }
  }
}
