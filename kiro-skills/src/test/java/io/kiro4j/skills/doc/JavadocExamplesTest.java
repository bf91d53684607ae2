package io.kiro4j.skills.doc;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.skills.Skills;
import io.kiro4j.skills.discovery.SkillSet;
import io.kiro4j.skills.power.PowerSet;
import io.kiro4j.skills.validation.SkillReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code <pre>{@code …}</pre>} examples of kiro-skills' entry points, compiled and run against
 * a small workspace (the examples' {@code Kiro.open(Path.of("."))} opens it here).
 */
class JavadocExamplesTest {

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void workspace() throws IOException {
    root = Files.createDirectories(tmp.resolve("ws"));
    home = Files.createDirectories(tmp.resolve("home"));
    Path pdf = Files.createDirectories(root.resolve("skills/pdf"));
    Files.writeString(
        pdf.resolve("SKILL.md"), "---\nname: pdf\ndescription: Reads PDF files.\n---\nBody.\n");
    Path review = Files.createDirectories(root.resolve(".kiro/skills/pr-review"));
    Files.writeString(
        review.resolve("SKILL.md"),
        "---\nname: pr-review\ndescription: Reviews pull requests.\n---\nBody.\n");
    Path power = Files.createDirectories(root.resolve(".kiro/powers/supabase"));
    Files.writeString(
        power.resolve("POWER.md"),
        "---\nname: \"supabase\"\ndescription: \"Postgres\"\nkeywords: [\"database\"]\n---\n"
            + "# Onboarding\n");
  }

  private Workspace open() {
    return Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).build());
  }

  @Test // Skills
  void skills() {
    List<String> errors = new ArrayList<>();
    SkillReport report = Skills.validate(root.resolve("skills/pdf"));
    if (!report.isValid()) report.errors().forEach(errors::add);
    assertThat(errors).isEmpty();

    SkillSet skills = Skills.of(open()); // workspace + ~/.kiro skills
    String prompt = Skills.xml(skills); // <available_skills>...
    assertThat(prompt).startsWith("<available_skills>").contains("pr-review");
  }

  @Test // PowerSet
  void powerSet() {
    List<String> names = new ArrayList<>();
    PowerSet powers = PowerSet.of(open());
    powers.activate("Let's set up the database").forEach(m -> names.add(m.power().name()));
    assertThat(names).containsExactly("supabase");
  }

  @Test // SkillSet
  void skillSet() {
    List<String> descriptions = new ArrayList<>();
    SkillSet skills = SkillSet.of(open());
    skills.find("pr-review").ifPresent(s -> descriptions.add(s.description()));
    assertThat(descriptions).containsExactly("Reviews pull requests.");
  }
}
