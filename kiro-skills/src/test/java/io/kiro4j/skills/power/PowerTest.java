package io.kiro4j.skills.power;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PowerTest {

  @TempDir Path tmp;
  Workspace ws;

  @BeforeEach
  void setUp() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("ws"));
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path p = Files.createDirectories(home.resolve(".kiro/powers/supabase"));
    Files.createDirectories(p.resolve("steering"));
    Files.writeString(
        p.resolve("POWER.md"),
        "---\nname: \"supabase\"\ndisplayName: \"Supabase\"\ndescription: \"Postgres\"\n"
            + "keywords: [\"database\", \"rls\", \"edge functions\"]\nauthor: me\n---\n"
            + "# Onboarding\n\n## Step 2: Add hooks\nAdd a hook to"
            + " `.kiro/hooks/review-advisors.kiro.hook`\n\n# Best Practices\nUse RLS.\n");
    Files.writeString(
        p.resolve("mcp.json"), "{\"mcpServers\": {\"supabase-local\": {\"command\": \"x\"}}}");
    Files.writeString(p.resolve("steering/sql.md"), "# SQL");
    Path bad = Files.createDirectories(root.resolve(".kiro/powers/agent-skills"));
    Files.writeString(bad.resolve("POWER.md"), "# Agent skills\nNo front matter here.\n");
    ws = Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).build());
  }

  @Test
  void powerMdFrontMatterBodyMcpAndSteeringAreRead() {
    Power p = PowerSet.of(ws).find("supabase").orElseThrow();
    assertThat(p.displayName()).contains("Supabase");
    assertThat(p.keywords()).containsExactly("database", "rls", "edge functions");
    assertThat(p.author()).contains("me");
    assertThat(p.version()).isEmpty();
    assertThat(p.mcpServers())
        .containsExactly(new PowerServer("supabase-local", "power-supabase-supabase-local"));
    assertThat(p.steering()).extracting(f -> f.name()).containsExactly("sql");
    assertThat(p.onboarding().orElseThrow()).contains("Step 2").doesNotContain("Use RLS");
    assertThat(p.onboardingHooks()).containsExactly(".kiro/hooks/review-advisors.kiro.hook");
    assertThat(p.diagnostics()).isEmpty();
  }

  @Test
  void aPowerMdWithoutFrontMatterIsAnError() {
    Power p = PowerSet.of(ws).find("agent-skills").orElseThrow();
    assertThat(p.diagnostics()).extracting(Diagnostic::code).containsExactly("POWER-001");
  }

  @Test
  void keywordsMatchWholeWordsIgnoringCase() {
    PowerSet set = PowerSet.of(ws);
    assertThat(set.activate("Let's set up the DATABASE"))
        .extracting(m -> m.power().name())
        .containsExactly("supabase");
    assertThat(set.activate("enable RLS. and Edge  functions")).hasSize(1);
    assertThat(set.activate("enable RLS.").get(0).matchedKeywords()).containsExactly("rls");
    assertThat(set.activate("curls and databases")).isEmpty();
    assertThat(PowerActivation.matches("edge functions!", "Edge Functions")).isTrue();
    assertThat(PowerActivation.matches("anything", " ")).isFalse();
  }

  @Test
  void installSourcesAreParsedAsData() {
    assertThat(InstallSource.parse("https://github.com/user/power-repo"))
        .isEqualTo(
            new InstallSource.GitHub("user", "power-repo", Optional.empty(), Optional.empty()));
    assertThat(InstallSource.parse("https://github.com/kirodotdev/powers/tree/main/stripe"))
        .isEqualTo(
            new InstallSource.GitHub(
                "kirodotdev", "powers", Optional.of("main"), Optional.of("stripe")));
    assertThat(InstallSource.parse("https://kiro.dev/powers/stripe"))
        .isEqualTo(new InstallSource.KiroDev("stripe"));
    assertThat(InstallSource.parse("./my-power"))
        .isEqualTo(new InstallSource.LocalPath(Path.of("./my-power")));
    assertThatThrownBy(() -> InstallSource.parse("https://example.com/x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test // docs L6560–6564: Kiro looks in the workspace's .kiro first; at ~ that is ~/.kiro
  void aWorkspaceAtTheUserHomeReadsEachGlobalPowerOnceAsAWorkspacePower() {
    Path home = tmp.resolve("home");
    PowerSet set =
        PowerSet.load(Kiro.open(WorkspaceOptions.builder().root(home).userHome(home).build()));
    assertThat(set.powers()).extracting(Power::name).containsExactly("supabase");
    assertThat(set.powers()).extracting(Power::scope).containsExactly(Scope.WORKSPACE);
    assertThat(set.diagnostics()).extracting(Diagnostic::code).doesNotContain("POWER-007");
  }
}
