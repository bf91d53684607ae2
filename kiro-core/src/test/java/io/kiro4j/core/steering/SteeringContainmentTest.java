package io.kiro4j.core.steering;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workspace steering files and {@code AGENTS.md} are held to the containment check of {@code
 * #[[file:]]} references: where their symlinks lead must be inside a workspace root and not
 * ignored. Global steering may point anywhere (docs L18380–18402).
 */
class SteeringContainmentTest {

  @TempDir Path tmp;
  Path root;
  Path home;
  Path credentials;

  @BeforeEach
  void layout() throws IOException {
    tmp = tmp.toRealPath();
    root = Files.createDirectories(tmp.resolve("cloned-repo"));
    home = Files.createDirectories(tmp.resolve("home"));
    credentials = write(home.resolve(".aws/credentials"), "aws_secret_access_key = SECRET\n");
  }

  private static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private static Path link(Path link, Path target) throws IOException {
    Files.createDirectories(link.getParent());
    return Files.createSymbolicLink(link, target);
  }

  private SteeringSet load(Path... roots) {
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .roots(List.of(roots.length == 0 ? new Path[] {root} : roots))
                .userHome(home)
                .environment(Environment.empty())
                .build());
    return SteeringSet.load(ws);
  }

  private static boolean anyTextContains(SteeringSet set, String text) {
    return set.files().stream().anyMatch(f -> f.body().contains(text));
  }

  @Test
  void workspaceSteeringSymlinkLeadingOutsideTheRootsIsNotLoaded() throws IOException {
    write(root.resolve(".kiro/steering/product.md"), "# Product\n");
    Path evil = link(root.resolve(".kiro/steering/aws.md"), credentials);
    SteeringSet set = load();
    assertThat(set.files()).extracting(SteeringFile::name).containsExactly("product");
    assertThat(anyTextContains(set, "SECRET")).isFalse();
    assertThat(set.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-024"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isError()).isTrue();
              assertThat(d.path()).isEqualTo(evil);
              assertThat(d.message()).contains(credentials.toString());
            });
  }

  @Test
  void workspaceSteeringFolderSymlinkedOutsideTheRootsIsNotLoaded() throws IOException {
    write(tmp.resolve("elsewhere/team.md"), "# Team SECRET\n");
    link(root.resolve(".kiro/steering/shared"), tmp.resolve("elsewhere"));
    SteeringSet set = load();
    assertThat(set.files()).isEmpty();
    assertThat(set.diagnostics()).extracting(Diagnostic::code).containsExactly("STEER-024");
  }

  @Test
  void agentsMdSymlinkLeadingOutsideTheRootsIsNotLoaded() throws IOException {
    link(root.resolve("AGENTS.md"), credentials);
    SteeringSet set = load();
    assertThat(set.files()).isEmpty();
    assertThat(set.diagnostics()).extracting(Diagnostic::code).containsExactly("STEER-024");
  }

  @Test
  void workspaceSteeringSymlinkToAnIgnoredFileIsNotLoaded() throws IOException {
    write(root.resolve(".kiroignore"), "secrets/\n");
    write(root.resolve("secrets/prod.env"), "TOKEN=SECRET\n");
    Path evil = link(root.resolve(".kiro/steering/env.md"), root.resolve("secrets/prod.env"));
    SteeringSet set = load();
    assertThat(set.files()).isEmpty();
    assertThat(set.diagnostics())
        .filteredOn(d -> d.code().equals("STEER-025"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo(evil);
              assertThat(d.message()).contains("secrets/prod.env");
            });
  }

  @Test
  void agentsMdThatIsIgnoredIsNotLoaded() throws IOException {
    write(root.resolve(".kiroignore"), "AGENTS.md\n");
    write(root.resolve("AGENTS.md"), "# Agents\n");
    SteeringSet set = load();
    assertThat(set.files()).isEmpty();
    assertThat(set.diagnostics()).extracting(Diagnostic::code).containsExactly("STEER-025");
  }

  @Test
  void workspaceSteeringSymlinkWithinTheRootIsLoaded() throws IOException {
    write(root.resolve("docs/conventions.md"), "# Conventions\n");
    link(root.resolve(".kiro/steering/conventions.md"), root.resolve("docs/conventions.md"));
    link(root.resolve("AGENTS.md"), root.resolve("docs/conventions.md"));
    SteeringSet set = load();
    assertThat(set.files()).extracting(SteeringFile::name).containsExactly("AGENTS", "conventions");
    assertThat(set.diagnostics()).isEmpty();
  }

  @Test
  void workspaceSteeringSymlinkIntoAnotherWorkspaceRootIsLoaded() throws IOException {
    Path lib = Files.createDirectories(tmp.resolve("shared-lib"));
    write(lib.resolve("docs/style.md"), "# Style\n");
    link(root.resolve(".kiro/steering/style.md"), lib.resolve("docs/style.md"));
    SteeringSet set = load(root, lib);
    assertThat(set.files()).extracting(SteeringFile::name).containsExactly("style");
    assertThat(set.diagnostics()).isEmpty();
  }

  @Test
  void globalSteeringSymlinkMayPointAnywhere() throws IOException {
    // docs L18380–18402: team steering cloned elsewhere and symlinked into ~/.kiro/steering.
    write(tmp.resolve("opt/company/kiro-steering/security.md"), "# Security policy\n");
    link(
        home.resolve(".kiro/steering/security.md"),
        tmp.resolve("opt/company/kiro-steering/security.md"));
    link(
        home.resolve(".kiro/steering/AGENTS.md"),
        tmp.resolve("opt/company/kiro-steering/security.md"));
    SteeringSet set = load();
    assertThat(set.files()).extracting(SteeringFile::name).containsExactly("AGENTS", "security");
    assertThat(set.diagnostics()).isEmpty();
  }
}
