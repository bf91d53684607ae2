package io.kiro4j.core.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonicalPathCacheTest {

  @TempDir Path tmp;

  private Path base() throws IOException {
    return tmp.toRealPath();
  }

  @Test
  void aDanglingSymlinkIsFollowedToTheFileItWouldCreate() throws IOException {
    Path base = base();
    Path ws = Files.createDirectories(base.resolve("ws"));
    Files.createDirectories(base.resolve("outside"));
    Files.createSymbolicLink(ws.resolve("link"), base.resolve("outside/new.txt"));

    assertThat(PathCanonicalizer.canonicalize(ws.resolve("link")))
        .isEqualTo(base.resolve("outside/new.txt"));
    assertThat(PathCanonicalizer.isWithin(ws, ws.resolve("link"))).isFalse();
  }

  @Test
  void aRelativeDanglingSymlinkResolvesAgainstItsOwnFolder() throws IOException {
    Path base = base();
    Path ws = Files.createDirectories(base.resolve("ws/sub"));
    Files.createSymbolicLink(ws.resolve("link"), Path.of("../../elsewhere/file"));

    assertThat(PathCanonicalizer.canonicalize(ws.resolve("link/more")))
        .isEqualTo(base.resolve("elsewhere/file/more"));
  }

  @Test
  void aSymlinkLoopEndsAsTheLexicalPath() throws IOException {
    Path base = base();
    Files.createSymbolicLink(base.resolve("a"), base.resolve("b"));
    Files.createSymbolicLink(base.resolve("b"), base.resolve("a"));

    Path result = PathCanonicalizer.canonicalize(base.resolve("a/x"));
    assertThat(result.startsWith(base)).as("%s", result).isTrue();
    assertThat(result.getFileName()).hasToString("x");
  }

  @Test
  void aCachedFolderIsReusedWithinItsTtl() throws IOException {
    Path base = base();
    Path dir = Files.createDirectories(base.resolve("dir"));
    Files.createDirectories(base.resolve("other"));
    CanonicalPathCache cache = CanonicalPathCache.create(Duration.ofHours(1), 100);
    assertThat(PathCanonicalizer.canonicalize(dir.resolve("f"), cache)).isEqualTo(dir.resolve("f"));

    Files.delete(dir);
    Files.createSymbolicLink(dir, base.resolve("other"));

    // The documented price: within the TTL the cache still sees the folder it saw.
    assertThat(PathCanonicalizer.canonicalize(dir.resolve("f"), cache)).isEqualTo(dir.resolve("f"));
    assertThat(PathCanonicalizer.canonicalize(dir.resolve("f"))).isEqualTo(base.resolve("other/f"));
  }

  @Test
  void anExpiredEntryIsAskedAgain() throws IOException, InterruptedException {
    Path base = base();
    Path dir = Files.createDirectories(base.resolve("dir"));
    Files.createDirectories(base.resolve("other"));
    CanonicalPathCache cache = CanonicalPathCache.create(Duration.ofMillis(20), 100);
    PathCanonicalizer.canonicalize(dir.resolve("f"), cache);

    Files.delete(dir);
    Files.createSymbolicLink(dir, base.resolve("other"));
    Thread.sleep(40);

    assertThat(PathCanonicalizer.canonicalize(dir.resolve("f"), cache))
        .isEqualTo(base.resolve("other/f"));
  }

  @Test
  void aMissingNameIsRememberedAsMissing() throws IOException {
    Path base = base();
    CanonicalPathCache cache = CanonicalPathCache.create(Duration.ofHours(1), 100);
    assertThat(PathCanonicalizer.canonicalize(base.resolve("new/deeper/f"), cache))
        .isEqualTo(base.resolve("new/deeper/f"));

    Files.createDirectories(base.resolve("elsewhere"));
    Files.createSymbolicLink(base.resolve("new"), base.resolve("elsewhere"));

    assertThat(PathCanonicalizer.canonicalize(base.resolve("new/deeper/f"), cache))
        .isEqualTo(base.resolve("new/deeper/f"));
    assertThat(PathCanonicalizer.canonicalize(base.resolve("new/deeper/f")))
        .isEqualTo(base.resolve("elsewhere/deeper/f"));
  }

  @Test
  void theCacheIsEmptiedWhenFull() throws IOException {
    Path base = base();
    CanonicalPathCache cache = CanonicalPathCache.create(Duration.ofHours(1), 3);
    for (int i = 0; i < 10; i++) {
      PathCanonicalizer.canonicalize(base.resolve("n" + i), cache);
    }
    assertThat(cache.toString()).doesNotContain("entries=4").doesNotContain("entries=10");
  }

  @Test
  void aZeroTtlDisablesTheCache() {
    assertThat(CanonicalPathCache.create(Duration.ZERO, 10))
        .isSameAs(CanonicalPathCache.disabled());
    assertThat(CanonicalPathCache.disabled().toString()).contains("disabled");
    assertThatThrownBy(() -> CanonicalPathCache.create(Duration.ofSeconds(-1), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
