package io.kiro4j.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The architecture rules every library module checks ({@link ModuleArchitecture}, issue 15): a
 * module's {@code ArchitectureTest} extends this and names its root package.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ModuleArchitectureContract {

  private final String root;
  private JavaClasses classes;

  protected ModuleArchitectureContract(String root) {
    this.root = root;
  }

  /** Today's leaks of unexported types into the API; a new one fails, a fixed one must go. */
  protected Set<String> allowedLeaks() {
    return Set.of();
  }

  /** The module's main classes, imported once per test class. */
  protected final JavaClasses classes() {
    return classes;
  }

  protected final String root() {
    return root;
  }

  @BeforeAll
  void importClasses() {
    classes = ModuleArchitecture.importMain(root);
  }

  @Test
  void noPackageCycles() {
    ModuleArchitecture.assertNoPackageCycles(classes, root);
  }

  @Test
  void dependsOnNoSiblingModule() {
    ModuleArchitecture.assertDependencyDirection(classes, root);
  }

  @Test
  void apiUsesOnlyExportedPackages() {
    Set<String> leaks =
        ModuleArchitecture.apiLeaks(classes, root, ModuleArchitecture.exportedPackages());
    assertThat(leaks).containsExactlyInAnyOrderElementsOf(allowedLeaks());
  }

  @Test
  void noInternalTypeInTheApi() {
    assertThat(ModuleArchitecture.internalLeaks(classes, ModuleArchitecture.exportedPackages()))
        .isEmpty();
  }

  @Test
  void everyPackageIsExportedOrInternal() {
    assertThat(ModuleArchitecture.offTheLine(classes, root, ModuleArchitecture.exportedPackages()))
        .isEmpty();
  }

  /**
   * The compiled API equals the committed {@code api/<module>.api} ({@link ApiSignature}). After an
   * intended API change, rewrite the file and commit it with the change: {@code mvn -pl <module>
   * -am test -Dtest=ArchitectureTest -Dsurefire.failIfNoSpecifiedTests=false
   * -Dkiro4j.api.update=true}.
   */
  @Test
  void apiMatchesTheCommittedSignatureFile() {
    Path dir = Path.of("").toAbsolutePath();
    Path file = dir.resolve("api").resolve(dir.getFileName() + ".api");
    List<String> current = ApiSignature.of(classes, ModuleArchitecture.exportedPackages());
    if (Boolean.getBoolean(ApiSignature.UPDATE_PROPERTY)) {
      ApiSignature.write(file, current);
      return;
    }
    List<String> diff = ApiSignature.diff(ApiSignature.read(file), current);
    assertThat(diff)
        .as(
            "The public API of %s changed and %s was not updated (- removed, + added).%n"
                + "If the change is intended, rewrite the file and commit it:%n"
                + "  mvn -B -ntp -pl %s -am test -Dtest=ArchitectureTest"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dkiro4j.api.update=true%n"
                + "A removed or changed line breaks users: deprecate first (see the README's API"
                + " policy).%n%s",
            dir.getFileName(),
            dir.relativize(file),
            dir.getFileName(),
            String.join(System.lineSeparator(), diff))
        .isEmpty();
  }
}
