package io.kiro4j.skills.discovery;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.lint.LintConfig;
import io.kiro4j.core.lint.LintContributor;
import io.kiro4j.core.lint.LintSection;
import io.kiro4j.core.lint.SkillsProfile;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.skills.power.PowerCode;
import io.kiro4j.skills.power.PowerSet;
import io.kiro4j.skills.skill.SkillCode;
import io.kiro4j.skills.validation.ValidationOptions;
import io.kiro4j.skills.validation.ValidationProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Skills and powers for {@link io.kiro4j.core.lint.Linter}, registered on core's lint seam through
 * {@link java.util.ServiceLoader}. {@code skills: skills-ref} in {@code .kiro4j.yaml} validates
 * SKILL.md files with the Agent Skills reference profile instead of Kiro's.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class SkillsLintContributor implements LintContributor {

  private static final List<DiagnosticCode> CODES = allCodes();

  /** For {@link java.util.ServiceLoader}. */
  public SkillsLintContributor() {}

  private static List<DiagnosticCode> allCodes() {
    List<DiagnosticCode> out = new ArrayList<>(Arrays.asList(SkillCode.values()));
    out.addAll(Arrays.asList(PowerCode.values()));
    return List.copyOf(out);
  }

  @Override
  public String name() {
    return "skills";
  }

  @Override
  public List<DiagnosticCode> codes() {
    return CODES;
  }

  @Override
  public List<Diagnostic> diagnostics(Workspace workspace, LintConfig config) {
    return LintSection.diagnostics(SECTIONS, workspace, config);
  }

  /** Skills, then powers: each depends on its own files only. */
  @Override
  public List<LintSection> sections() {
    return SECTIONS;
  }

  private static final List<LintSection> SECTIONS =
      List.of(
          LintSection.of("skills", EnumSet.of(ArtifactKind.SKILL), new SkillsSection()),
          LintSection.of("powers", EnumSet.of(ArtifactKind.POWER), new PowersSection()));

  // The sections' functions are small classes, not lambdas: a fresh JVM links each lambda it
  // reaches through java.lang.invoke, which a short lint run pays for.

  /** The skills' diagnostics, validated with the profile {@code .kiro4j.yaml} chose. */
  private static final class SkillsSection
      implements BiFunction<Workspace, LintConfig, List<Diagnostic>> {
    @Override
    public List<Diagnostic> apply(Workspace workspace, LintConfig config) {
      SkillSet skills =
          config.skills() == SkillsProfile.SKILLS_REF
              ? SkillSet.load(
                  workspace,
                  ValidationOptions.builder().profile(ValidationProfile.SKILLS_REF).build())
              : SkillSet.of(workspace);
      return skills.diagnostics();
    }
  }

  /** The powers' diagnostics. */
  private static final class PowersSection
      implements BiFunction<Workspace, LintConfig, List<Diagnostic>> {
    @Override
    public List<Diagnostic> apply(Workspace workspace, LintConfig config) {
      return PowerSet.of(workspace).diagnostics();
    }
  }
}
