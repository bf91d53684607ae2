package io.kiro4j.core.arch;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
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
}
