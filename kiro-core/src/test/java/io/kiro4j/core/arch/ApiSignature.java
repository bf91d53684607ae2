package io.kiro4j.core.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A module's API as text, one sorted line per accessible type and per public or protected member of
 * it, in the packages {@code module-info.java} exports to everyone (issue 15). The committed {@code
 * <module>/api/<module>.api} holds it; {@code ModuleArchitectureContract} fails with a diff when
 * the compiled API no longer matches, so every API change is a visible line in a review.
 *
 * <p>Read by reflection from the compiled main classes (no class-file library): type headers with
 * modifiers, generic supertypes and a sealed type's permitted subtypes; fields, constructors and
 * methods by their generic signature ({@code toGenericString}). Members inherited from a type that
 * is not API are not listed; synthetic and bridge members are not API.
 */
public final class ApiSignature {

  /** The system property that rewrites the signature file instead of comparing with it. */
  public static final String UPDATE_PROPERTY = "kiro4j.api.update";

  private ApiSignature() {}

  /** The signature lines of the accessible types of {@code exported} packages, sorted. */
  public static List<String> of(JavaClasses classes, Set<String> exported) {
    Set<String> out = new TreeSet<>();
    for (JavaClass jc : classes) {
      if (!exported.contains(jc.getPackageName())) {
        continue;
      }
      Class<?> c = load(jc.getName());
      if (!accessible(c)) {
        continue;
      }
      String owner = c.getTypeName();
      out.add(owner + " " + header(c));
      for (Field f : c.getDeclaredFields()) {
        if (api(f)) {
          out.add(owner + " " + f.toGenericString());
        }
      }
      for (Constructor<?> k : c.getDeclaredConstructors()) {
        if (api(k)) {
          out.add(owner + " " + k.toGenericString());
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (api(m) && !m.isBridge()) {
          out.add(owner + " " + m.toGenericString());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The differences between the committed file and the compiled API: {@code - line} for what the
   * file has and the code no longer has, {@code + line} for what is new; empty when they agree.
   */
  public static List<String> diff(List<String> committed, List<String> current) {
    Set<String> was = new TreeSet<>(committed);
    Set<String> now = new TreeSet<>(current);
    List<String> out = new ArrayList<>();
    for (String line : was) {
      if (!now.contains(line)) {
        out.add("- " + line);
      }
    }
    for (String line : now) {
      if (!was.contains(line)) {
        out.add("+ " + line);
      }
    }
    return out;
  }

  /** The lines of a signature file; none if it does not exist. */
  public static List<String> read(Path file) {
    try {
      return Files.exists(file)
          ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList()
          : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code lines} as the signature file, one per line. */
  public static void write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, String.join("\n", lines) + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String header(Class<?> c) {
    StringBuilder h = new StringBuilder();
    int mods = c.getModifiers() & ~Modifier.INTERFACE;
    if (c.isInterface()) {
      mods &= ~Modifier.ABSTRACT; // every interface is abstract
    }
    if (c.isEnum() || c.isRecord()) {
      mods &= ~Modifier.FINAL; // implied
    }
    if (c.isMemberClass() && (c.isInterface() || c.isEnum() || c.isRecord())) {
      mods &= ~Modifier.STATIC; // implied
    }
    String m = Modifier.toString(mods);
    h.append(m.isEmpty() ? "" : m + " ");
    if (c.isSealed()) {
      h.append("sealed ");
    }
    h.append(
        c.isAnnotation()
            ? "@interface"
            : c.isInterface()
                ? "interface"
                : c.isEnum() ? "enum" : c.isRecord() ? "record" : "class");
    Type sup = c.getGenericSuperclass();
    if (sup != null && sup != Object.class && !c.isEnum() && !c.isRecord()) {
      h.append(" extends ").append(sup.getTypeName());
    }
    Type[] ifaces = c.getGenericInterfaces();
    if (ifaces.length > 0) {
      h.append(c.isInterface() ? " extends " : " implements ")
          .append(Arrays.stream(ifaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    if (c.isSealed()) {
      h.append(" permits ")
          .append(
              Arrays.stream(c.getPermittedSubclasses())
                  .map(Class::getTypeName)
                  .sorted()
                  .collect(Collectors.joining(", ")));
    }
    return h.toString();
  }

  private static boolean accessible(Class<?> c) {
    if (c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
      return false;
    }
    for (Class<?> k = c; k != null; k = k.getDeclaringClass()) {
      int m = k.getModifiers();
      boolean nestedProtected = Modifier.isProtected(m) && k.getDeclaringClass() != null;
      if (!Modifier.isPublic(m) && !nestedProtected) {
        return false;
      }
    }
    return true;
  }

  private static boolean api(Member m) {
    int mods = m.getModifiers();
    return (Modifier.isPublic(mods) || Modifier.isProtected(mods)) && !m.isSynthetic();
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, ApiSignature.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name, e);
    }
  }
}
