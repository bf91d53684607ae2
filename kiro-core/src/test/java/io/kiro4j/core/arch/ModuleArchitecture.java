package io.kiro4j.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Architecture rules every library module checks on its own main classes (issue 15): no package
 * cycles, the dependency direction between modules, the API line (a package is exported or named
 * {@code ..internal..}, never both), no type of a package the module does not export and no type of
 * any kiro4j {@code ..internal..} package in the API of the packages it does export. Each module's
 * {@code ArchitectureTest} calls these; the exported packages are read from its {@code
 * src/main/module/module-info.java}, so the rule follows the descriptor.
 */
public final class ModuleArchitecture {

  /** The library modules' root packages. */
  public static final List<String> MODULE_ROOTS =
      List.of("io.kiro4j.core", "io.kiro4j.skills", "io.kiro4j.specs", "io.kiro4j.mcp");

  private static final Pattern EXPORTS =
      Pattern.compile("\\bexports\\s+([\\w.]+)\\s*(;|to\\b)", Pattern.MULTILINE);

  private ModuleArchitecture() {}

  /** The module's main classes (no tests, no jars) under {@code root}. */
  public static JavaClasses importMain(String root) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
        .importPackages(root);
  }

  /**
   * (a) The packages under {@code root} form no cycle. An internal package counts as part of the
   * API package it implements ({@code internal.permission} with {@code permission}): the API facade
   * calls its implementation, which uses the API's value types, and that is not a cycle between
   * concepts. The root package (the entry points) is not a slice.
   */
  public static void assertNoPackageCycles(JavaClasses classes, String root) {
    slices()
        .assignedFrom(
            new SliceAssignment() {
              @Override
              public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (!p.startsWith(root + ".")) {
                  return SliceIdentifier.ignore(); // the root package is not a slice, as before
                }
                String sub = p.substring(root.length() + 1);
                return SliceIdentifier.of(sub.startsWith("internal.") ? sub.substring(9) : sub);
              }

              @Override
              public String getDescription() {
                return "packages of " + root + ", internal ones with their API package";
              }
            })
        .should()
        .beFreeOfCycles()
        .check(classes);
  }

  /**
   * (b) The classes under {@code root} depend on no other library module but core (and core on
   * none).
   */
  public static void assertDependencyDirection(JavaClasses classes, String root) {
    String[] others =
        MODULE_ROOTS.stream()
            .filter(r -> !r.equals(root) && !r.equals("io.kiro4j.core"))
            .map(r -> r + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage(root + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .check(classes);
  }

  /**
   * The packages {@code module-info.java} exports to everyone (a qualified {@code exports ... to}
   * is not API).
   */
  public static Set<String> exportedPackages(Path moduleInfo) {
    String text;
    try {
      text = Files.readString(moduleInfo);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    text = text.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    Set<String> out = new TreeSet<>();
    Matcher m = EXPORTS.matcher(text);
    while (m.find()) {
      if (m.group(2).equals(";")) {
        out.add(m.group(1));
      }
    }
    assertThat(out).as("exports of " + moduleInfo).isNotEmpty();
    return out;
  }

  /** {@link #exportedPackages(Path)} of this module's {@code src/main/module/module-info.java}. */
  public static Set<String> exportedPackages() {
    return exportedPackages(Path.of("src", "main", "module", "module-info.java"));
  }

  /**
   * (c) Every type in a public or protected signature (supertypes, fields, constructors, methods:
   * parameters, results, type parameters' bounds, throws) of an accessible type of an exported
   * package is in an exported package of this module or outside {@code root}. Returns the
   * violations, sorted, one line each ({@code Type.member: Used}).
   */
  public static Set<String> apiLeaks(JavaClasses classes, String root, Set<String> exported) {
    return signatureLeaks(classes, exported, p -> inside(p, root) && !exported.contains(p));
  }

  /**
   * (d) No type of an {@code ..internal..} package of any kiro4j module (this one's or one exported
   * to it with a qualified export, such as kiro-core's {@code internal.file} for kiro-skills)
   * appears in a public or protected signature of an accessible type of an exported package:
   * supertypes, fields, method parameters and results, type parameters' bounds, throws. Returns the
   * violations as {@link #apiLeaks} does.
   */
  public static Set<String> internalLeaks(JavaClasses classes, Set<String> exported) {
    return signatureLeaks(classes, exported, ModuleArchitecture::isInternal);
  }

  /**
   * (e) The API line: every package of the module is either exported to everyone or has an {@code
   * internal} segment, and no exported package has one. Returns the packages that break it.
   */
  public static Set<String> offTheLine(JavaClasses classes, String root, Set<String> exported) {
    Set<String> out = new TreeSet<>();
    for (JavaClass c : classes) {
      String p = c.getPackageName();
      if (inside(p, root) && exported.contains(p) == isInternal(p)) {
        out.add(
            p
                + (exported.contains(p)
                    ? ": exported but internal"
                    : ": neither exported nor internal"));
      }
    }
    return out;
  }

  /** True for a kiro4j package with an {@code internal} segment. */
  public static boolean isInternal(String pkg) {
    return pkg.startsWith("io.kiro4j.")
        && (pkg.contains(".internal.") || pkg.endsWith(".internal"));
  }

  private static boolean inside(String pkg, String root) {
    return pkg.equals(root) || pkg.startsWith(root + ".");
  }

  private static Set<String> signatureLeaks(
      JavaClasses classes, Set<String> exported, Predicate<String> forbidden) {
    Set<String> out = new TreeSet<>();
    for (JavaClass c : classes) {
      if (!exported.contains(c.getPackageName()) || !accessible(c)) {
        continue;
      }
      List<JavaType> types = new ArrayList<>();
      c.getRawSuperclass().ifPresent(types::add);
      c.getSuperclass().ifPresent(types::add);
      types.addAll(c.getInterfaces());
      types.addAll(c.getTypeParameters());
      check(c, "<class>", types, forbidden, out);
      for (JavaField f : c.getFields()) {
        if (api(f)) {
          check(c, f.getName(), List.of(f.getType()), forbidden, out);
        }
      }
      for (JavaCodeUnit u : c.getCodeUnits()) {
        if (!api(u) || u.getName().equals("<clinit>")) {
          continue;
        }
        List<JavaType> sig = new ArrayList<>();
        sig.add(u.getReturnType());
        sig.addAll(u.getParameterTypes());
        sig.addAll(u.getTypeParameters());
        sig.addAll(u.getThrowsClause().getTypes());
        check(c, u.getName(), sig, forbidden, out);
      }
    }
    return out;
  }

  private static void check(
      JavaClass owner,
      String member,
      Collection<? extends JavaType> types,
      Predicate<String> forbidden,
      Set<String> out) {
    for (JavaType t : types) {
      for (JavaClass used : t.getAllInvolvedRawTypes()) {
        JavaClass base = used.getBaseComponentType();
        if (forbidden.test(base.getPackageName())) {
          out.add(owner.getName() + "." + member + ": " + base.getName());
        }
      }
    }
  }

  private static boolean accessible(JavaClass c) {
    for (JavaClass k = c; k != null; k = k.getEnclosingClass().orElse(null)) {
      if (!k.getModifiers().contains(JavaModifier.PUBLIC)) {
        // a protected nested type of a public non-final class is API too
        if (!(k.getModifiers().contains(JavaModifier.PROTECTED)
            && k.getEnclosingClass().isPresent())) {
          return false;
        }
      }
      if (k.isAnonymousClass() || k.isLocalClass()) {
        return false;
      }
    }
    return true;
  }

  private static boolean api(JavaMember m) {
    Set<JavaModifier> mods = m.getModifiers();
    return (mods.contains(JavaModifier.PUBLIC) || mods.contains(JavaModifier.PROTECTED))
        && !mods.contains(JavaModifier.SYNTHETIC)
        && !mods.contains(JavaModifier.BRIDGE);
  }
}
