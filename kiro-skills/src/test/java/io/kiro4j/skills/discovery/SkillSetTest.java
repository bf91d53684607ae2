package io.kiro4j.skills.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.resource.ResourceContext;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.resource.ResourceResolvers;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.skills.Skills;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkillSetTest {

  @TempDir Path tmp;
  Path root;
  Path home;
  Workspace ws;

  void skill(Path skillsDir, String name, String description) throws IOException {
    Path d = Files.createDirectories(skillsDir.resolve(name));
    Files.writeString(
        d.resolve("SKILL.md"),
        "---\nname: " + name + "\ndescription: " + description + "\n---\n\n# " + name + "\n");
  }

  @BeforeEach
  void setUp() throws IOException {
    root = Files.createDirectories(tmp.resolve("ws"));
    home = Files.createDirectories(tmp.resolve("home"));
    skill(home.resolve(".kiro/skills"), "review", "global review");
    skill(home.resolve(".kiro/skills"), "notes", "global notes");
    skill(root.resolve(".kiro/skills"), "review", "workspace review");
    Files.createDirectories(root.resolve(".kiro/skills/review/references"));
    Files.writeString(root.resolve(".kiro/skills/review/references/checklist.md"), "x");
    ws = Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).build());
  }

  @Test
  void workspaceSkillOverridesGlobalByName() {
    SkillSet set = Skills.of(ws);
    assertThat(set.skills()).extracting(Skill::name).containsExactly("notes", "review");
    assertThat(set.find("review").orElseThrow().scope()).isEqualTo(Scope.WORKSPACE);
    assertThat(set.find("review").orElseThrow().description()).isEqualTo("workspace review");
    assertThat(set.shadowed()).extracting(Skill::scope).containsExactly(Scope.GLOBAL);
    assertThat(set.diagnostics()).extracting(Diagnostic::code).containsExactly("SKILL-022");
  }

  @Test
  void bodyIsReadOnFirstUseAndReReadWhenTheFileChanges() throws IOException {
    Skill s = Skills.of(ws).find("review").orElseThrow();
    assertThat(s.body()).isEqualTo("# review");
    Files.writeString(s.file(), "---\nname: review\ndescription: d\n---\nnew body, longer\n");
    Files.setLastModifiedTime(s.file(), FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertThat(s.body()).isEqualTo("new body, longer");
  }

  @Test
  void refreshRereadsChangedSkillsAndNoticesNewOnes() throws IOException {
    SkillSet set = Skills.of(ws);
    Skill notes = set.find("notes").orElseThrow();
    Skill review = set.find("review").orElseThrow();
    Files.writeString(
        review.file(), "---\nname: review\ndescription: changed description\n---\nbody\n");
    Files.setLastModifiedTime(
        review.file(), FileTime.fromMillis(System.currentTimeMillis() + 5000));
    skill(root.resolve(".kiro/skills"), "fresh", "new skill");
    SkillSet again = set.refresh();
    assertThat(again.skills()).extracting(Skill::name).containsExactly("fresh", "notes", "review");
    assertThat(again.find("notes").orElseThrow()).isSameAs(notes);
    assertThat(again.find("review").orElseThrow().description()).isEqualTo("changed description");
    assertThat(review.isStale()).isTrue();
  }

  @Test
  void resourcesAreListedLazily() {
    Skill s = Skills.of(ws).find("review").orElseThrow();
    assertThat(s.resources(ws)).containsExactly(s.directory().resolve("references/checklist.md"));
  }

  @Test
  void xmlListsTheEffectiveSkills() {
    assertThat(Skills.xml(Skills.of(ws)))
        .contains("<name>\nnotes\n</name>")
        .contains("workspace review")
        .doesNotContain("global review");
  }

  @Test
  void skillResourcesResolveThroughTheServiceLoader() {
    ResourceResolvers resolvers = ResourceResolvers.discover(getClass().getClassLoader());
    ResourceContext ctx = new ResourceContext(ws, root.resolve(".kiro/agents/a.json"), 3, 5);
    ResourceResolution r =
        resolvers.forScheme("skill").orElseThrow().resolve("skill://.kiro/skills/**/SKILL.md", ctx);
    assertThat(r.files()).containsExactly(root.resolve(".kiro/skills/review/SKILL.md"));
    assertThat(r.diagnostics()).isEmpty();
    ResourceResolution dir =
        resolvers.forScheme("skill").orElseThrow().resolve("skill://.kiro/skills/review", ctx);
    assertThat(dir.files()).containsExactly(root.resolve(".kiro/skills/review/SKILL.md"));
    ResourceResolution none =
        resolvers.forScheme("skill").orElseThrow().resolve("skill://missing/**/SKILL.md", ctx);
    assertThat(none.files()).isEmpty();
    assertThat(none.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("SKILL-023", 3));
  }

  @Test // docs L6241: skill files must begin with name and description (issue 14)
  void skillResourceNamingASteeringFileIsNotASkill() throws IOException {
    Files.createDirectories(root.resolve(".kiro/steering"));
    Files.writeString(
        root.resolve(".kiro/steering/Start Up Tasks.md"), "# Start up\n\nRun the tests first.\n");
    Files.writeString(
        root.resolve(".kiro/steering/api.md"), "---\ninclusion: manual\n---\n# API\n");
    ResourceResolvers resolvers = ResourceResolvers.discover(getClass().getClassLoader());
    ResourceContext ctx = new ResourceContext(ws, root.resolve(".kiro/agents/a.json"), 7, 5);
    ResourceResolution one =
        resolvers
            .forScheme("skill")
            .orElseThrow()
            .resolve("skill://.kiro/steering/Start Up Tasks.md", ctx);
    assertThat(one.files()).isEmpty();
    assertThat(one.diagnostics()).extracting(Diagnostic::code).containsExactly("SKILL-027");
    assertThat(one.diagnostics().get(0).message())
        .contains(
            "resolves to a file without skill front matter", ".kiro/steering/Start Up Tasks.md");
    ResourceResolution glob =
        resolvers.forScheme("skill").orElseThrow().resolve("skill://.kiro/**/*.md", ctx);
    assertThat(glob.files()).containsExactly(root.resolve(".kiro/skills/review/SKILL.md"));
    assertThat(glob.diagnostics()).extracting(Diagnostic::code).containsExactly("SKILL-027");
    assertThat(glob.diagnostics().get(0).message())
        .contains("3 of 4 files", "Kiro cannot load them");
  }

  @Test // docs L6560–6564: Kiro looks in the workspace's .kiro first; at ~ that is ~/.kiro
  void aWorkspaceAtTheUserHomeReadsEachGlobalSkillOnceAsAWorkspaceSkill() {
    Workspace atHome = Kiro.open(WorkspaceOptions.builder().root(home).userHome(home).build());
    SkillSet set = Skills.of(atHome);
    assertThat(set.skills()).extracting(Skill::name).containsExactly("notes", "review");
    assertThat(set.skills()).extracting(Skill::scope).containsOnly(Scope.WORKSPACE);
    assertThat(set.shadowed()).isEmpty();
    assertThat(set.diagnostics()).extracting(Diagnostic::code).doesNotContain("SKILL-022");
  }

  @Test // docs L1315: a skill is skills/<name>/SKILL.md; the letter case matters on Linux
  void aSkillMdSpelledInAnotherCaseIsAWarningWhereItIsNotRead() throws IOException {
    Path dir = Files.createDirectories(root.resolve(".kiro/skills/deploy"));
    Files.writeString(dir.resolve("Skill.md"), "---\nname: deploy\ndescription: d\n---\n");
    SkillSet set =
        Skills.of(Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).build()));
    if (Files.exists(dir.resolve("SKILL.md"))) { // a case-insensitive file system reads it
      assertThat(set.find("deploy")).isPresent();
      return;
    }
    assertThat(set.find("deploy")).isEmpty();
    Diagnostic d = only(set, "SKILL-028");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.path()).endsWith(Path.of(".kiro/skills/deploy/Skill.md"));
    assertThat(d.message()).contains(".kiro/skills/deploy/Skill.md", "rename it SKILL.md");
  }

  @Test // docs L1315, kirodotdev/Kiro#7305: skills are read one level below skills/, no deeper
  void skillFoldersOneLevelTooDeepAreAWarning() throws IOException {
    skill(home.resolve(".kiro/skills/backend"), "api-design", "d");
    skill(home.resolve(".kiro/skills/backend"), "db-tuning", "d");
    SkillSet set = Skills.of(ws);
    assertThat(set.find("api-design")).isEmpty();
    Diagnostic d = only(set, "SKILL-028");
    assertThat(d.path()).endsWith(Path.of("home/.kiro/skills/backend/api-design/SKILL.md"));
    assertThat(d.message())
        .contains("~/.kiro/skills/backend/", "(api-design, db-tuning)", "move api-design/ up");
  }

  @Test // docs L1315: a folder without SKILL.md is not a skill; shared references are fine
  void aFolderWithoutSkillMdIsAnInfoAndAHiddenOneIsNotReported() throws IOException {
    Path shared = Files.createDirectories(root.resolve(".kiro/skills/_shared"));
    Files.writeString(shared.resolve("conventions.md"), "# Conventions\n");
    Files.createDirectories(root.resolve(".kiro/skills/.git/objects"));
    SkillSet set = Skills.of(ws);
    Diagnostic d = only(set, "SKILL-029");
    assertThat(d.severity()).isEqualTo(Severity.INFO);
    assertThat(d.path()).endsWith(Path.of("ws/.kiro/skills/_shared"));
    assertThat(d.message()).contains(".kiro/skills/_shared/ has no SKILL.md");
    assertThat(set.skills()).extracting(Skill::name).containsExactly("notes", "review");
  }

  private static Diagnostic only(SkillSet set, String code) {
    assertThat(set.diagnostics()).extracting(Diagnostic::code).containsOnlyOnce(code);
    return set.diagnostics().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
  }
}
