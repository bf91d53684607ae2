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

  // Fail closed: an ignore file that cannot be read protects everything it could have protected.

  private static final java.time.Duration PROMPTLY = java.time.Duration.ofSeconds(10);

  private void assertFailsClosedBelow(Path folder, Path brokenFile, KiroIgnore ignore) {
    assertThat(ignore.isIgnored(folder.resolve(".env"))).isTrue();
    assertThat(ignore.isIgnored(folder.resolve("src/Main.java"))).isTrue();
    assertThat(ignore.diagnostics())
        .filteredOn(d -> d.code().equals("IGN-003"))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.isError()).isTrue();
              assertThat(d.path()).isEqualTo(brokenFile);
            });
  }

  @Test
  void ignoreFileThatIsNotUtf8ProtectsEverythingBelowItsFolder() throws IOException {
    Path web = Files.createDirectories(root.toRealPath().resolve("web"));
    Files.write(web.resolve(".kiroignore"), new byte[] {'.', 'e', 'n', 'v', (byte) 0xFF, '\n'});
    KiroIgnore ignore = ignore(options());
    assertFailsClosedBelow(web, web.resolve(".kiroignore"), ignore);
    assertThat(ignore.isIgnored(root.resolve("README.md"))).isFalse();
    assertThat(ignore.diagnostics())
        .filteredOn(d -> d.code().equals("IGN-003"))
        .extracting(d -> d.message())
        .singleElement()
        .asString()
        .contains("not valid UTF-8");
  }

  @Test
  void ignoreFileLargerThanItsSizeLimitProtectsEverythingBelowItsFolder() throws IOException {
    Path real = root.toRealPath();
    Path file = real.resolve(".kiroignore");
    Files.writeString(
        file, "#".repeat((int) io.kiro4j.core.internal.file.TextFile.DEFAULT_MAX_BYTES + 1));
    assertFailsClosedBelow(real, file, ignore(options()));
  }

  @Test
  void ignoreFileThatIsAFifoProtectsEverythingBelowItsFolderWithoutBlocking() throws Exception {
    Path web = Files.createDirectories(root.toRealPath().resolve("web"));
    io.kiro4j.core.internal.file.Fifos.make(web.resolve(".kiroignore"));
    KiroIgnore ignore =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            PROMPTLY, () -> ignore(options()));
    assertFailsClosedBelow(web, web.resolve(".kiroignore"), ignore);
    assertThat(ignore.isIgnored(root.resolve("README.md"))).isFalse();
  }

  @Test
  void ignoreFileThatIsUnreadableProtectsEverythingBelowItsFolder() throws IOException {
    Path real = root.toRealPath();
    Path file = real.resolve(".kiroignore");
    Files.writeString(file, ".env\n");
    // A dangling symlink is the portable "exists but cannot be read" (root ignores chmod 000).
    Files.delete(file);
    Files.createSymbolicLink(file, tmp.resolve("moved-away"));
    assertFailsClosedBelow(real, file, ignore(options()));
  }

  @Test
  void ignoreFileWithoutReadPermissionProtectsEverythingBelowItsFolder() throws IOException {
    Path real = root.toRealPath();
    Path file = Files.writeString(real.resolve(".kiroignore"), ".env\n");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        file.getFileSystem().supportedFileAttributeViews().contains("posix"));
    Files.setPosixFilePermissions(file, java.util.Set.of());
    try {
      org.junit.jupiter.api.Assumptions.assumeFalse(
          Files.isReadable(file), "running as root: permissions do not stop reading");
      assertFailsClosedBelow(real, file, ignore(options()));
    } finally {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  @Test
  void globalKiroignoreThatCannotBeReadProtectsEverything() throws Exception {
    Path global = home.toRealPath().resolve(".kiro/settings/kiroignore");
    io.kiro4j.core.internal.file.Fifos.make(global);
    Path outside = Files.createDirectories(tmp.resolve("elsewhere")).resolve("notes.txt");
    KiroIgnore ignore =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            PROMPTLY, () -> ignore(options()));
    assertThat(ignore.isIgnored(root.resolve("README.md"))).isTrue();
    assertThat(ignore.isIgnored(root.resolve("src/Main.java"))).isTrue();
    assertThat(ignore.isIgnored(outside)).isTrue();
    assertThat(ignore.unreadableGlobalFile()).isPresent();
    assertThat(ignore.diagnostics())
        .filteredOn(d -> d.code().equals("IGN-003"))
        .extracting(d -> d.path())
        .containsExactly(global);
  }

  @Test
  void aReadableGlobalKiroignoreDoesNotJudgeFilesOutsideTheRoots() throws IOException {
    write(home.resolve(".kiro/settings/kiroignore"), "*\n");
    Path outside = Files.createDirectories(tmp.resolve("elsewhere")).resolve("notes.txt");
    KiroIgnore ignore = ignore(options());
    assertThat(ignore.isIgnored(outside)).isFalse();
    assertThat(ignore.unreadableGlobalFile()).isEmpty();
  }

  @Test
  void steeringReferencesBelowAnUnreadableIgnoreFileAreBlocked() throws Exception {
    write(root.resolve(".kiro/steering/api.md"), "See #[[file:api/spec.yaml]]\n");
    write(root.resolve("api/spec.yaml"), "openapi: 3.0.0\n");
    io.kiro4j.core.internal.file.Fifos.make(root.resolve("api/.kiroignore"));
    Workspace ws = Kiro.open(options().build());
    SteeringSet set =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            PROMPTLY, () -> SteeringSet.load(ws));
    assertThat(set.diagnostics()).extracting(d -> d.code()).contains("STEER-019");
    assertThat(set.expand(set.files().get(0)).text()).doesNotContain("openapi");
  }
}
