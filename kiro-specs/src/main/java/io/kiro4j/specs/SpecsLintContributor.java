package io.kiro4j.specs;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.lint.LintConfig;
import io.kiro4j.core.lint.LintContributor;
import io.kiro4j.core.lint.LintSection;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.specs.design.DesignCode;
import io.kiro4j.specs.requirements.RequirementsCode;
import io.kiro4j.specs.tasks.TasksCode;
import io.kiro4j.specs.trace.TraceCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Specs for {@link io.kiro4j.core.lint.Linter}, registered on core's lint seam through {@link
 * java.util.ServiceLoader}.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class SpecsLintContributor implements LintContributor {

  private static final List<DiagnosticCode> CODES = allCodes();

  /** For {@link java.util.ServiceLoader}. */
  public SpecsLintContributor() {}

  private static List<DiagnosticCode> allCodes() {
    List<DiagnosticCode> out = new ArrayList<>(Arrays.asList(SpecCode.values()));
    out.addAll(Arrays.asList(RequirementsCode.values()));
    out.addAll(Arrays.asList(DesignCode.values()));
    out.addAll(Arrays.asList(TasksCode.values()));
    out.addAll(Arrays.asList(TraceCode.values()));
    return List.copyOf(out);
  }

  @Override
  public String name() {
    return "specs";
  }

  @Override
  public List<DiagnosticCode> codes() {
    return CODES;
  }

  @Override
  public List<Diagnostic> diagnostics(Workspace workspace, LintConfig config) {
    return Specs.of(workspace).diagnostics();
  }

  /** One section: specs depend on their own files only. */
  @Override
  public List<LintSection> sections() {
    return List.of(LintSection.of("specs", EnumSet.of(ArtifactKind.SPEC), new SpecsSection()));
  }

  /**
   * The specs' diagnostics: a class, not a method reference, which a fresh JVM would link through
   * java.lang.invoke on every lint.
   */
  private static final class SpecsSection
      implements BiFunction<Workspace, LintConfig, List<Diagnostic>> {
    @Override
    public List<Diagnostic> apply(Workspace workspace, LintConfig config) {
      return Specs.of(workspace).diagnostics();
    }
  }
}
