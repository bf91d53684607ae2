package io.kiro4j.core.internal.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.path.PathExpansion;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.variable.Environment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Generated paths with {@code ..}, {@code .}, {@code ~} and symlinks in a real temp folder never
 * escape {@code allowedPaths}; a denied path always wins; the order of rules does not matter.
 */
class PathPolicyProperties {

  private static Path base;
  private static Path home;
  private static Path allowed;
  private static Path denied;
  private static PathExpansion expansion;

  @BeforeAll
  static void layout() throws IOException {
    base = Files.createTempDirectory("kiro4j-pathpolicy").toRealPath();
    home = Files.createDirectories(base.resolve("home"));
    allowed = Files.createDirectories(home.resolve("ok"));
    Files.createDirectories(allowed.resolve("a/b"));
    denied = Files.createDirectories(allowed.resolve("secret"));
    Files.createDirectories(base.resolve("outside/x"));
    Files.createSymbolicLink(allowed.resolve("in"), allowed.resolve("a"));
    Files.createSymbolicLink(allowed.resolve("out"), base.resolve("outside"));
    Files.createSymbolicLink(allowed.resolve("hide"), denied);
    expansion = new PathExpansion(home, Environment.of(Map.of("OK", allowed.toString())));
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

  static Gen<String> paths() {
    Gen<String> start = Gen.of("~/ok", "$OK", "${OK}", "~/ok/.", "~", "~/ok/a/..");
    Gen<List<String>> rest =
        Gen.of("a", "b", "x", "in", "out", "hide", "secret", "..", ".", "new").list().ofMaxSize(6);
    return Gen.combine(start, rest, (s, r) -> r.isEmpty() ? s : s + "/" + String.join("/", r));
  }

  /** Where the OS would land: every existing prefix resolved, one segment at a time. */
  static Path osView(String raw) {
    String text = expansion.expand(raw).text();
    Path current = Path.of("/");
    for (Path seg : Path.of(text)) {
      String s = seg.toString();
      if (s.equals(".")) {
        continue;
      }
      if (s.equals("..")) {
        current = current.getParent() == null ? current : current.getParent();
        continue;
      }
      current = current.resolve(s);
      if (Files.exists(current)) {
        try {
          current = current.toRealPath();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return current;
  }

  @Test
  void allowedTargetsNeverEscapeAllowedPaths() {
    Property.forAll(paths())
        .tries(400)
        .check(
            raw -> {
              PathPolicy policy =
                  PathPolicy.builder(expansion, base, new RuleOrigin("t", ""))
                      .allowedPaths(List.of("~/ok"))
                      .build();
              PermissionDecision d = policy.evaluate(List.of(raw), false);
              if (d instanceof PermissionDecision.Allow) {
                assertThat(osView(raw).startsWith(allowed)).as(raw).isTrue();
              }
              if (osView(raw).startsWith(allowed)) {
                assertThat(d.label()).as(raw).isEqualTo("allow");
              }
            });
  }

  @Test
  void deniedPathAlwaysWins() {
    Property.forAll(paths(), Gen.booleans())
        .tries(400)
        .check(
            (raw, trusted) -> {
              PathPolicy policy =
                  PathPolicy.builder(expansion, base, new RuleOrigin("t", ""))
                      .workingDirectoryAllowed(true)
                      .allowedPaths(List.of("~", "~/ok"))
                      .deniedPaths(List.of("~/ok/secret"))
                      .build();
              PermissionDecision d = policy.evaluate(List.of(raw), trusted);
              assertThat(d instanceof PermissionDecision.Deny)
                  .as(raw)
                  .isEqualTo(osView(raw).startsWith(denied));
            });
  }

  @Test
  void decisionDoesNotDependOnRuleOrder() {
    Property.forAll(paths(), Gen.longs())
        .tries(200)
        .check(
            (raw, seed) -> {
              List<String> allow =
                  new ArrayList<>(List.of("~/ok/a", "$OK/in", "/nowhere", "~/ok/*/b"));
              List<String> deny =
                  new ArrayList<>(List.of("~/ok/secret", "~/ok/a/b/*", "/elsewhere"));
              PermissionDecision first = policy(allow, deny).evaluate(List.of(raw), false);
              Collections.shuffle(allow, new java.util.Random(seed));
              Collections.shuffle(deny, new java.util.Random(seed + 1));
              PermissionDecision second = policy(allow, deny).evaluate(List.of(raw), false);
              assertThat(second.label()).as(raw).isEqualTo(first.label());
            });
  }

  static PathPolicy policy(List<String> allow, List<String> deny) {
    return PathPolicy.builder(expansion, base, new RuleOrigin("t", ""))
        .allowedPaths(allow)
        .deniedPaths(deny)
        .build();
  }
}
