package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.internal.permission.PathPolicy;
import io.kiro4j.core.path.CaseSensitivity;
import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.variable.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * On a case-insensitive file system (macOS default, Windows) letter case must not open a way around
 * a path rule: with {@link CaseSensitivity#INSENSITIVE} a case-flipped path under a denied root is
 * denied, for literal and glob rules, existing and new paths alike.
 */
class CaseInsensitivePathProperties {

  private static Path base;
  private static PathExpansion expansion;

  @BeforeAll
  static void layout() throws IOException {
    base = Files.createTempDirectory("kiro4j-case").toRealPath();
    Files.createDirectories(base.resolve("work/Secrets/keys"));
    Files.createDirectories(base.resolve("work/src/Generated"));
    expansion = new PathExpansion(base, Environment.of(Map.of()));
  }

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

  static PathPolicy policy(boolean ignoreCase, List<String> denied) {
    return PathPolicy.builder(
            expansion, base.resolve("work"), new RuleOrigin("dev.json", "/toolsSettings/write"))
        .allowedPaths(List.of("."))
        .deniedPaths(denied)
        .ignoreCase(ignoreCase)
        .build();
  }

  static Gen<String> deniedRoots() {
    return Gen.of("Secrets", "secrets/keys", "src/Generated", "src/*/", "SRC/gen*", "new/Dir");
  }

  static Gen<String> below() {
    return Gen.of("", "a.txt", "keys/id_rsa", "x/y/z.ts", "New/File");
  }

  static Gen<long[]> flips() {
    return Gen.longs().map(mask -> new long[] {mask});
  }

  /** {@code text} with the case of each letter flipped where the bit of {@code mask} is set. */
  static String flip(String text, long mask) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean f = (mask >>> (i % 64) & 1) == 1;
      b.append(
          !f ? c : Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    return b.toString();
  }

  /** The concrete path a denied rule names (a glob's {@code *} filled in). */
  static String instance(String rule) {
    String r = rule.endsWith("/") ? rule.substring(0, rule.length() - 1) : rule;
    return r.replace("*", "erated");
  }

  @Test
  void caseFlippedPathUnderADeniedRootIsDenied() {
    Property.forAll(deniedRoots(), below(), flips())
        .tries(300)
        .check(
            (denied, below, mask) -> {
              PathPolicy insensitive = policy(true, List.of(denied));
              String target = instance(denied) + (below.isEmpty() ? "" : "/" + below);
              String flipped = flip(target, mask[0]);
              PermissionDecision d = insensitive.evaluate(List.of(flipped), true);
              assertThat(d.label()).as(flipped + " under " + denied).isEqualTo("deny");
            });
  }

  @Test
  void caseInsensitiveMatchingNeverAllowsWhatCaseSensitiveMatchingDenies() {
    Property.forAll(deniedRoots(), below(), flips())
        .tries(200)
        .check(
            (denied, below, mask) -> {
              String target =
                  flip(instance(denied) + (below.isEmpty() ? "" : "/" + below), mask[0]);
              PermissionDecision sensitive =
                  policy(false, List.of(denied)).evaluate(List.of(target), false);
              PermissionDecision insensitive =
                  policy(true, List.of(denied)).evaluate(List.of(target), false);
              if (sensitive.label().equals("deny")) {
                assertThat(insensitive.label()).isEqualTo("deny");
              }
            });
  }

  @Test
  void sensitiveMatchingKeepsCaseApart() {
    // On a case-sensitive file system SECRETS is another folder: the rule for Secrets does not
    // apply, and allowedPaths "." allows it.
    assertThat(policy(false, List.of("Secrets")).evaluate(List.of("SECRETS/x"), false).label())
        .isEqualTo("allow");
    assertThat(policy(true, List.of("Secrets")).evaluate(List.of("SECRETS/x"), false).label())
        .isEqualTo("deny");
  }

  @Test
  void allowedPathsAndTheWorkingDirectoryFoldCaseToo() {
    PathPolicy read =
        PathPolicy.builder(expansion, base.resolve("work"), new RuleOrigin("dev.json", "/r"))
            .workingDirectoryAllowed(true)
            .ignoreCase(true)
            .build();
    String flippedCwd = flip(base.resolve("work").toString(), -1L);
    assertThat(read.evaluate(List.of(flippedCwd + "/README.md"), false).label()).isEqualTo("allow");
  }
}
