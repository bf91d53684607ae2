package io.kiro4j.core.path;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PathCanonicalizerTest {

  @TempDir Path tmp;

  @Test
  void symlinksAreResolvedInPatternsAndTargetsAlike() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("real/project"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("real"));
    Path viaLink = link.resolve("project/src/Main.java"); // does not exist yet
    assertThat(PathCanonicalizer.isWithin(real, viaLink)).isTrue();
    assertThat(PathCanonicalizer.isWithin(link.resolve("project"), real.resolve("a.txt"))).isTrue();
  }

  @Test
  void symlinkPointingOutsideTheRootEscapes() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Path outside = Files.createDirectories(tmp.resolve("outside"));
    Files.createSymbolicLink(root.resolve("door"), outside);
    assertThat(PathCanonicalizer.isWithin(root, root.resolve("door/secret"))).isFalse();
  }

  @Test
  void dotDotAfterASymlinkFollowsTheRealParent() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("root"));
    Path deep = Files.createDirectories(tmp.resolve("elsewhere/deep"));
    Files.createSymbolicLink(root.resolve("d"), deep);
    // root/d/.. is tmp/elsewhere for the OS, not root.
    Path target = root.resolve("d/../x");
    assertThat(PathCanonicalizer.canonicalize(target))
        .isEqualTo(tmp.toRealPath().resolve("elsewhere/x"));
    assertThat(PathCanonicalizer.isWithin(root, target)).isFalse();
  }

  @Test
  void dotDotCannotEscapeLexically() {
    Path root = tmp.resolve("root");
    assertThat(PathCanonicalizer.isWithin(root, root.resolve("a/../../b"))).isFalse();
    assertThat(PathCanonicalizer.isWithin(root, root.resolve("a/../b"))).isTrue();
  }

  @Test
  void siblingWithCommonPrefixIsNotWithin() {
    assertThat(PathCanonicalizer.isWithin(tmp.resolve("app"), tmp.resolve("app2/x"))).isFalse();
  }

  @Test
  void ignoreCaseComparesNamesCaseInsensitively() {
    assertThat(PathCanonicalizer.isWithin(tmp.resolve("Secret"), tmp.resolve("SECRET/x"), true))
        .isTrue();
    assertThat(PathCanonicalizer.isWithin(tmp.resolve("Secret"), tmp.resolve("SECRET/x"), false))
        .isFalse();
  }

  @Test
  void linuxTempFileSystemIsCaseSensitive() {
    assertThat(PathCanonicalizer.isCaseInsensitive(tmp)).isFalse();
  }
}
