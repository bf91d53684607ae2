package io.kiro4j.core.property;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The test method that ran a property, for the failure's name and its replay command. */
final class Caller {

  private final Class<?> type;
  private final String method;

  private Caller(Class<?> type, String method) {
    this.type = type;
    this.method = method;
  }

  /** The nearest JUnit test method on the stack, else the nearest frame outside the harness. */
  static Caller find() {
    String property = Property.class.getName();
    List<StackWalker.StackFrame> frames =
        StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE)
            .walk(
                s ->
                    s.filter(f -> f.getDeclaringClass() != Caller.class)
                        .filter(f -> !f.getClassName().equals(property))
                        .filter(f -> !f.getClassName().startsWith(property + "$"))
                        .filter(f -> !f.getMethodName().startsWith("lambda$"))
                        .collect(Collectors.toList()));
    return frames.stream()
        .filter(Caller::isTestMethod)
        .findFirst()
        .or(() -> frames.stream().findFirst())
        .map(f -> new Caller(f.getDeclaringClass(), f.getMethodName()))
        .orElse(new Caller(Caller.class, "?"));
  }

  private static boolean isTestMethod(StackWalker.StackFrame frame) {
    for (Method m : frame.getDeclaringClass().getDeclaredMethods()) {
      if (m.getName().equals(frame.getMethodName())) {
        for (Annotation a : m.getAnnotations()) {
          if (a.annotationType().getName().startsWith("org.junit.")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  String name() {
    return outermost().getSimpleName() + "." + method;
  }

  /** The Maven command that runs just this test with {@code seed}. */
  String replay(long seed) {
    String module = module().map(m -> " -pl " + m + " -am").orElse("");
    return "mvn -B -ntp"
        + module
        + " test -Dsurefire.failIfNoSpecifiedTests=false -Dtest='"
        + outermost().getSimpleName()
        + "#"
        + method
        + "' -D"
        + Property.SEED
        + "="
        + seed;
  }

  private Class<?> outermost() {
    Class<?> c = type;
    while (c.getEnclosingClass() != null) {
      c = c.getEnclosingClass();
    }
    return c;
  }

  /** The module folder: tests run from {@code <module>/target/test-classes}. */
  private Optional<String> module() {
    try {
      Path classes = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path target = classes.getParent();
      if (target != null && target.getFileName().toString().equals("target")) {
        return Optional.ofNullable(target.getParent()).map(p -> p.getFileName().toString());
      }
    } catch (Exception | LinkageError e) {
      // No code source (a JDK class, a jar we cannot place): the command works from the module.
    }
    return Optional.empty();
  }
}
