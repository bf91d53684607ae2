package io.kiro4j.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.variable.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KiroIgnoreTest {

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(tmp.resolve("project"));
    home = Files.createDirectories(tmp.resolve("home"));
  }

  private void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private KiroIgnore ignore(WorkspaceOptions.Builder b) {
    return KiroIgnore.load(Kiro.open(b.build()));
  }

  private WorkspaceOptions.Builder options() {
    return WorkspaceOptions.builder().root(root).userHome(home).environment(Environment.empty());
  }

  @Test
  void kiroignoreAtTheRootExcludesMatchingFiles() throws IOException {
    write(root.resolve(".kiroignore"), "# secrets\n.env\n*.pem\nsecrets/\n");
    KiroIgnore ignore = ignore(options());
    assertThat(ignore.isIgnored(root.resolve(".env"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve("deep/key.pem"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve("secrets/a/b.txt"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve("src/Main.java"))).isFalse();
    assertThat(ignore.files()).containsExactly(root.toRealPath().resolve(".kiroignore"));
  }

  @Test
  void onACaseInsensitiveFileSystemPatternsAndFoldersIgnoreLetterCase() throws IOException {
    write(root.resolve(".kiroignore"), "secrets/\n*.pem\n");
    write(root.resolve("web/.kiroignore"), "*.log\n");
    write(home.resolve(".kiro/settings/kiroignore"), ".env\n");
    KiroIgnore ignore =
        ignore(options().caseSensitivity(io.kiro4j.core.path.CaseSensitivity.INSENSITIVE));
    assertThat(ignore.isIgnored(root.resolve("SECRETS/a.txt"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve("deep/KEY.PEM"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve("WEB/debug.LOG"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve(".ENV"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve("src/Main.java"))).isFalse();
  }

  @Test
  void onACaseSensitiveFileSystemLetterCaseDistinguishesNames() throws IOException {
    write(root.resolve(".kiroignore"), "secrets/\n*.pem\n");
    KiroIgnore ignore =
        ignore(options().caseSensitivity(io.kiro4j.core.path.CaseSensitivity.SENSITIVE));
    assertThat(ignore.isIgnored(root.resolve("SECRETS/a.txt"))).isFalse();
    assertThat(ignore.isIgnored(root.resolve("deep/KEY.PEM"))).isFalse();
    assertThat(ignore.isIgnored(root.resolve("secrets/a.txt"))).isTrue();
  }

  @Test
  void aFileCannotBeReIncludedWhenItsParentFolderIsExcluded() throws IOException {
    write(root.resolve(".kiroignore"), "secrets/\n!secrets/public.txt\n");
    Files.createDirectories(root.resolve("secrets"));
    KiroIgnore ignore = ignore(options());
    assertThat(ignore.isIgnored(root.resolve("secrets/public.txt"))).isTrue();
    assertThat(ignore.diagnostics()).extracting(d -> d.code()).contains("IGN-002");
  }

  @Test
  void subfolderIgnoreFilesTakePrecedenceForTheirFiles() throws IOException {
    write(root.resolve(".kiroignore"), "*.log\n");
    write(root.resolve("web/.kiroignore"), "!keep.log\n");
    KiroIgnore ignore = ignore(options());
    assertThat(ignore.isIgnored(root.resolve("web/keep.log"))).isFalse();
    assertThat(ignore.isIgnored(root.resolve("web/other.log"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve("keep.log"))).isTrue();
  }

  @Test
  void globalKiroignoreWithoutALeadingDotAppliesToEveryRoot() throws IOException {
    write(home.resolve(".kiro/settings/kiroignore"), "*.key\n");
    Path second = Files.createDirectories(tmp.resolve("lib"));
    KiroIgnore ignore = ignore(options().root(second));
    assertThat(ignore.isIgnored(root.resolve("a.key"))).isTrue();
    assertThat(ignore.isIgnored(second.resolve("x/b.key"))).isTrue();
  }

  @Test
  void anEmptySettingTurnsWorkspaceIgnoreFilesOffButNotTheGlobalOne() throws IOException {
    write(root.resolve(".kiroignore"), ".env\n");
    write(home.resolve(".kiro/settings/kiroignore"), "*.key\n");
    KiroIgnore ignore = ignore(options().agentIgnoreFiles(List.of()));
    assertThat(ignore.isIgnored(root.resolve(".env"))).isFalse();
    assertThat(ignore.isIgnored(root.resolve("a.key"))).isTrue();
  }

  @Test
  void theSettingIsReadFromVsCodeSettingsWithComments() throws IOException {
    write(root.resolve(".gitignore"), "dist/\n");
    write(root.resolve(".kiroignore"), ".env\n");
    write(
        root.resolve(".vscode/settings.json"),
        "{\n  // which files hide things from the agent\n  \"kiroAgent.agentIgnoreFiles\":"
            + " [\".gitignore\", \".kiroignore\"],\n}\n");
    KiroIgnore ignore = ignore(options());
    assertThat(ignore.isIgnored(root.resolve("dist/app.js"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve(".env"))).isTrue();
    assertThat(ignore.diagnostics()).isEmpty();
  }

  @Test
  void foldersAlreadyIgnoredAreNotWalkedForMoreIgnoreFiles() throws IOException {
    write(root.resolve(".kiroignore"), "vendor/\n");
    write(root.resolve("vendor/.kiroignore"), "!*\n");
    KiroIgnore ignore = ignore(options());
    assertThat(ignore.files()).hasSize(1);
    assertThat(ignore.isIgnored(root.resolve("vendor/lib.js"))).isTrue();
  }

  @Test
  void steeringReferencesToIgnoredFilesAreBlocked() throws IOException {
    write(root.resolve(".kiroignore"), ".env\n");
    write(root.resolve(".env"), "TOKEN=s3cret\n");
    write(root.resolve(".kiro/steering/s.md"), "Config: #[[file:.env]]\n");
    SteeringSet steering = SteeringSet.load(Kiro.open(options().build()));
    assertThat(steering.diagnostics()).extracting(d -> d.code()).containsExactly("STEER-019");
    assertThat(steering.expand(steering.files().get(0)).text()).doesNotContain("s3cret");
  }
}
