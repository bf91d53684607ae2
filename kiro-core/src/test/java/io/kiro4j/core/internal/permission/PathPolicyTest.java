package io.kiro4j.core.internal.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** allowedPaths / deniedPaths (upstream-cli-semantics §2.3–2.5) and .kiroignore (L20273–20408). */
class PathPolicyTest {

  static final RuleOrigin READ = new RuleOrigin("dev.json", "/toolsSettings/read");

  @TempDir Path tmp;
  Path home;
  Path cwd;
  PathExpansion expansion;

  @BeforeEach
  void setUp() throws IOException {
    tmp = tmp.toRealPath();
    home = Files.createDirectories(tmp.resolve("home"));
    cwd = Files.createDirectories(tmp.resolve("work/app"));
    expansion =
        new PathExpansion(home, Environment.of(Map.of("DATA", tmp.resolve("data").toString())));
  }

  PathPolicy.Builder read() {
    return PathPolicy.builder(expansion, cwd, READ).workingDirectoryAllowed(true);
  }

  String decide(PathPolicy p, String... paths) {
    return p.evaluate(List.of(paths), false).label();
  }

  @Test
  void workingDirectoryIsReadableByDefault() {
    PathPolicy p = read().build();
    assertThat(decide(p, "src/Main.java")).isEqualTo("allow");
    assertThat(decide(p, cwd.resolve("x").toString())).isEqualTo("allow");
    assertThat(decide(p, "../other/x")).isEqualTo("ask");
  }

  @Test
  void writingThroughADanglingSymlinkIsJudgedAtTheFileItWouldCreate() throws Exception {
    Files.createSymbolicLink(cwd.resolve("drop"), home.resolve(".ssh/authorized_keys"));
    PathPolicy p =
        PathPolicy.builder(expansion, cwd, READ)
            .allowedPaths(List.of("."))
            .deniedPaths(List.of("~/.ssh"))
            .canonicalPathCache(io.kiro4j.core.path.CanonicalPathCache.create())
            .build();
    assertThat(decide(p, "drop")).isEqualTo("deny");
    assertThat(decide(p, "other.txt")).isEqualTo("allow");
  }

  @Test
  void workingDirectoryIsNotWritableByDefault() {
    PathPolicy p = PathPolicy.builder(expansion, cwd, READ).build();
    assertThat(decide(p, "src/Main.java")).isEqualTo("ask");
  }

  @Test
  void allowedPathMatchesThePathAndEverythingBelowIt() {
    PathPolicy p = read().allowedPaths(List.of("~/temp")).build();
    assertThat(decide(p, "~/temp")).isEqualTo("allow");
    assertThat(decide(p, "~/temp/child")).isEqualTo("allow");
    assertThat(decide(p, "~/temp/child/grandchild")).isEqualTo("allow");
    assertThat(decide(p, "~/temporary")).isEqualTo("ask");
  }

  @Test
  void variablesExpandInPatternsAndTargets() {
    PathPolicy p = read().allowedPaths(List.of("$DATA/in")).build();
    assertThat(decide(p, "${DATA}/in/a.csv")).isEqualTo("allow");
    assertThat(decide(p, "$NOPE/x")).isEqualTo("ask");
  }

  @Test
  void unsetVariableInAPatternIsReported() {
    PathPolicy p = read().allowedPaths(List.of("$NOPE/x")).build();
    assertThat(p.diagnostics()).extracting(d -> d.code()).containsExactly("PERM-005");
  }

  @Test
  void deniedPathBeatsAllowedPathAndTrustedTool() {
    PathPolicy p = read().allowedPaths(List.of("~")).deniedPaths(List.of("~/.ssh")).build();
    assertThat(decide(p, "~/notes")).isEqualTo("allow");
    PermissionDecision d = p.evaluate(List.of("~/.ssh/id_rsa"), true);
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons().get(0).origin().orElseThrow().pointer())
        .isEqualTo("/toolsSettings/read/deniedPaths/0");
  }

  @Test
  void deniedPathInsideWorkingDirectoryIsDenied() {
    PathPolicy p = read().deniedPaths(List.of("secrets")).build();
    assertThat(decide(p, "secrets/key")).isEqualTo("deny");
    assertThat(decide(p, "./src/../secrets")).isEqualTo("deny");
  }

  @Test
  void everyPathOfAnOperationIsDecided() {
    PathPolicy p = read().deniedPaths(List.of("secrets")).build();
    assertThat(decide(p, "a.txt", "secrets/k")).isEqualTo("deny");
    assertThat(decide(p, "a.txt", "/etc/passwd")).isEqualTo("ask");
    assertThat(decide(p, "a.txt", "b.txt")).isEqualTo("allow");
  }

  @Test
  void dotDotCannotEscapeAnAllowedPath() {
    PathPolicy p = PathPolicy.builder(expansion, cwd, READ).allowedPaths(List.of("~/ok")).build();
    assertThat(decide(p, "~/ok/../secret")).isEqualTo("ask");
    assertThat(decide(p, "~/ok/./a/../b")).isEqualTo("allow");
  }

  @Test
  void symlinkOutOfAnAllowedPathDoesNotEscape() throws IOException {
    Path ok = Files.createDirectories(home.resolve("ok"));
    Path secret = Files.createDirectories(tmp.resolve("secret"));
    Files.createSymbolicLink(ok.resolve("link"), secret);
    PathPolicy p = PathPolicy.builder(expansion, cwd, READ).allowedPaths(List.of("~/ok")).build();
    assertThat(decide(p, "~/ok/link/file")).isEqualTo("ask");
  }

  @Test
  void patternUnderASymlinkedFolderMatchesItsTargets() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real"));
    Files.createSymbolicLink(home.resolve("linked"), real);
    PathPolicy p =
        PathPolicy.builder(expansion, cwd, READ).allowedPaths(List.of("~/linked")).build();
    assertThat(decide(p, real.resolve("a.txt").toString())).isEqualTo("allow");
    assertThat(decide(p, "~/linked/a.txt")).isEqualTo("allow");
  }

  @Test
  void allowedGlobStarStaysWithinOneFolder() {
    PathPolicy p =
        PathPolicy.builder(expansion, cwd, READ).allowedPaths(List.of("/tmp/x/*.log")).build();
    assertThat(decide(p, "/tmp/x/a.log")).isEqualTo("allow");
    assertThat(decide(p, "/tmp/x/sub/a.log")).isEqualTo("ask");
  }

  @Test
  void deniedGlobStarCrossesFoldersAsKiroDoes() {
    PathPolicy p = read().deniedPaths(List.of("/tmp/x/*.log")).build();
    assertThat(decide(p, "/tmp/x/sub/a.log")).isEqualTo("deny");
    assertThat(decide(p, "/tmp/x/a.log/inner")).isEqualTo("deny");
  }

  @Test
  void invalidDeniedGlobDeniesItsLiteralPrefix() {
    PathPolicy p = read().deniedPaths(List.of("/tmp/y/[a")).build();
    assertThat(p.diagnostics()).extracting(d -> d.code()).containsExactly("PERM-006");
    assertThat(decide(p, "/tmp/y/anything")).isEqualTo("deny");
  }

  @Test
  void kiroignoredFileIsDeniedWithFileAndLine() throws IOException {
    Files.writeString(cwd.resolve(".kiroignore"), "# secrets\n.env\n");
    Files.writeString(cwd.resolve(".env"), "X=1\n");
    Workspace ws = Workspace.open(WorkspaceOptions.builder().root(cwd).userHome(home).build());
    PathPolicy p = read().kiroIgnore(ws).build();
    PermissionDecision d = p.evaluate(List.of(".env"), true);
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons().get(0).code()).isEqualTo("KIROIGNORE");
    assertThat(d.reasons().get(0).origin().orElseThrow().pointer()).isEqualTo("line 2");
    assertThat(d.reasons().get(0).origin().orElseThrow().source()).isEqualTo(".kiroignore");
    assertThat(decide(p, "README.md")).isEqualTo("allow");
  }

  @Test
  void anUnreadableKiroignoreDeniesEverythingBelowItsFolder() throws IOException {
    Path web = Files.createDirectories(cwd.resolve("web"));
    Files.write(web.resolve(".kiroignore"), new byte[] {(byte) 0xC3, '\n'}); // not UTF-8
    Workspace ws = Workspace.open(WorkspaceOptions.builder().root(cwd).userHome(home).build());
    PathPolicy p = read().kiroIgnore(ws).build();
    PermissionDecision d = p.evaluate(List.of("web/.env"), true);
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons().get(0).code()).isEqualTo("KIROIGNORE");
    assertThat(d.reasons().get(0).origin().orElseThrow().source()).isEqualTo("web/.kiroignore");
    assertThat(d.reasons().get(0).origin().orElseThrow().pointer()).isEqualTo("unreadable");
    assertThat(decide(p, "web/index.html")).isEqualTo("deny");
    assertThat(decide(p, "README.md")).isEqualTo("allow");
  }

  @Test
  void anUnreadableGlobalKiroignoreDeniesEveryPathOutsideTheRootsToo() throws IOException {
    Path global = Files.createDirectories(home.resolve(".kiro/settings")).resolve("kiroignore");
    Files.write(global, new byte[] {(byte) 0xFF});
    Workspace ws = Workspace.open(WorkspaceOptions.builder().root(cwd).userHome(home).build());
    PathPolicy p =
        read().allowedPaths(List.of(tmp.resolve("data").toString())).kiroIgnore(ws).build();
    assertThat(decide(p, "README.md")).isEqualTo("deny");
    PermissionDecision d = p.evaluate(List.of(tmp.resolve("data/x.csv").toString()), true);
    assertThat(d.label()).isEqualTo("deny");
    assertThat(d.reasons().get(0).origin().orElseThrow().source())
        .isEqualTo("~/.kiro/settings/kiroignore");
  }
}
