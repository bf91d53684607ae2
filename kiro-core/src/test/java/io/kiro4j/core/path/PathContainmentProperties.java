package io.kiro4j.core.path;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No path escapes its root through {@code ..}, {@code .} or symlinks. */
class PathContainmentProperties {

  private static Path base;
  private static Path root;

  @BeforeAll
  static void layout() throws IOException {
    base = Files.createTempDirectory("kiro4j-containment").toRealPath();
    root = Files.createDirectories(base.resolve("root"));
    Files.createDirectories(root.resolve("a/b"));
    Files.createDirectories(base.resolve("outside/x"));
    Files.createSymbolicLink(root.resolve("in"), root.resolve("a")); // stays inside
    Files.createSymbolicLink(root.resolve("out"), base.resolve("outside")); // escapes
    // Dangling: writing through them creates their target, outside the root.
    Files.createSymbolicLink(root.resolve("dangle"), base.resolve("outside/created"));
    Files.createSymbolicLink(root.resolve("gone"), Path.of("../nowhere"));
  }

  private static final CanonicalPathCache SHARED = CanonicalPathCache.create();

  @AfterAll
  static void cleanUp() throws IOException {
    try (var walk = Files.walk(base)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  static Gen<List<String>> segments() {
    return Gen.of("a", "b", "x", "in", "out", "dangle", "gone", "..", ".", "new")
        .list()
        .ofMaxSize(7);
  }

  @Test
  void containmentAgreesWithTheOperatingSystemView() {
    Property.forAll(segments())
        .tries(500)
        .check(
            segs -> {
              Path target = root;
              for (String s : segs) {
                target = target.resolve(s);
              }
              boolean within = PathCanonicalizer.isWithin(root, target);
              // Reference: walk the segments the way the kernel does, one real step at a time.
              Path real = root;
              for (String s : segs) {
                if (s.equals(".")) {
                  continue;
                }
                if (s.equals("..")) {
                  real = real.getParent() == null ? real : real.getParent();
                  continue;
                }
                real = real.resolve(s);
                if (Files.isSymbolicLink(real)) {
                  try {
                    real = real.getParent().resolve(Files.readSymbolicLink(real)).normalize();
                    if (Files.exists(real)) {
                      real = real.toRealPath();
                    }
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                }
              }
              assertThat(within).as("%s -> %s", segs, real).isEqualTo(real.startsWith(root));
            });
  }

  @Test
  void aWarmCacheGivesTheSameCanonicalFormAsTheFileSystem() {
    Property.forAll(segments())
        .tries(500)
        .check(
            segs -> {
              Path target = root;
              for (String s : segs) {
                target = target.resolve(s);
              }
              Path uncached = PathCanonicalizer.canonicalize(target);
              // The shared cache is warm from earlier tries; the layout does not change meanwhile.
              assertThat(PathCanonicalizer.canonicalize(target, SHARED)).isEqualTo(uncached);
              assertThat(PathCanonicalizer.canonicalize(target, SHARED)).isEqualTo(uncached);
            });
  }
}
