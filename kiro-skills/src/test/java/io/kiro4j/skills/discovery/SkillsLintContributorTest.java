package io.kiro4j.skills.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.lint.LintReport;
import io.kiro4j.core.lint.Linter;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skills on core's lint seam: found by ServiceLoader, profile switched by .kiro4j.yaml. */
class SkillsLintContributorTest {

  @TempDir Path tmp;

  private LintReport lint() {
    return Linter.discover(getClass().getClassLoader())
        .lint(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(tmp.resolve("ws"))
                    .userHome(tmp.resolve("home"))
                    .environment(Environment.empty())
                    .build()));
  }

  private void skill(String frontMatter) throws Exception {
    Path dir = tmp.resolve("ws/.kiro/skills/demo");
    Files.createDirectories(dir);
    Files.createDirectories(tmp.resolve("home"));
    Files.writeString(dir.resolve("SKILL.md"), "---\n" + frontMatter + "---\nBody.\n");
  }

  @Test
  void theServiceLoaderFindsTheSkillsContributorAndItsRules() {
    assertThat(Linter.discover(getClass().getClassLoader()).rule("SKILL-001")).isPresent();
    assertThat(Linter.core().rule("SKILL-001")).isEmpty();
  }

  @Test
  void skillsRefInTheConfigValidatesWithTheReferenceProfile() throws Exception {
    // Flow style: Kiro's lenient YAML reads it, the reference profile (strictyaml) rejects it.
    skill("name: demo\ndescription: Does a thing.\nallowed-tools: [Read]\n");
    assertThat(lint().diagnostics())
        .extracting(Diagnostic::code)
        .noneMatch(c -> c.startsWith("YAML-"));
    Files.writeString(tmp.resolve("ws/.kiro4j.yaml"), "skills: skills-ref\n");
    assertThat(lint().diagnostics())
        .filteredOn(d -> d.path().endsWith("SKILL.md"))
        .extracting(Diagnostic::code)
        .anyMatch(c -> c.startsWith("YAML-") || c.startsWith("SKILL-"));
  }
}
