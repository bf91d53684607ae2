package io.kiro4j.core.path;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.variable.Environment;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PathExpansionTest {

  private final PathExpansion expansion =
      new PathExpansion(
          Path.of("/home/testuser"), Environment.of(Map.of("TEST_VAR", "test_var", "HOME", "/h")));

  @Test
  void leadingTildeIsTheUserHome() {
    assertThat(expansion.expand("~").text()).isEqualTo("/home/testuser");
    assertThat(expansion.expand("~/temp").text()).isEqualTo("/home/testuser/temp");
  }

  @Test
  void tildeElsewhereIsLiteral() {
    assertThat(expansion.expand("a/~/b").text()).isEqualTo("a/~/b");
    assertThat(expansion.expand("~other/x").text()).isEqualTo("~other/x");
  }

  @Test
  void expandHomeTouchesOnlyALeadingTildeAndNoVariable() {
    assertThat(expansion.expandHome("~")).isEqualTo("/home/testuser");
    assertThat(expansion.expandHome("~/bin/server")).isEqualTo("/home/testuser/bin/server");
    assertThat(expansion.expandHome("~other/x")).isEqualTo("~other/x");
    assertThat(expansion.expandHome("--root=~/x")).isEqualTo("--root=~/x");
    assertThat(expansion.expandHome("~/$TEST_VAR")).isEqualTo("/home/testuser/$TEST_VAR");
  }

  @Test
  void dollarAndBraceVariablesAreExpanded() {
    assertThat(expansion.expand("$TEST_VAR/x").text()).isEqualTo("test_var/x");
    assertThat(expansion.expand("${TEST_VAR}x").text()).isEqualTo("test_varx");
  }

  @Test
  void unsetVariableIsKeptAndNamed() {
    PathExpansion.Expanded e = expansion.expand("/a/$NOPE/${ALSO_NOPE}");
    assertThat(e.text()).isEqualTo("/a/$NOPE/${ALSO_NOPE}");
    assertThat(e.unsetVariables()).containsExactly("NOPE", "ALSO_NOPE");
  }

  @Test
  void relativePathsResolveAgainstTheBase() {
    assertThat(expansion.resolve("src/../lib/./x", Path.of("/work/p")).path())
        .isEqualTo(Path.of("/work/p/lib/x"));
    assertThat(expansion.resolve("~/a/..", Path.of("/work")).path())
        .isEqualTo(Path.of("/home/testuser"));
  }

  @Test
  void dotDotAfterASymlinkGoesToTheLinkTargetsParent(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws java.io.IOException {
    Path ok = java.nio.file.Files.createDirectories(tmp.resolve("ok"));
    Path deep = java.nio.file.Files.createDirectories(tmp.resolve("outside/deep"));
    java.nio.file.Files.createSymbolicLink(ok.resolve("link"), deep);
    // Lexically "ok/link/.." is "ok"; for the OS it is "outside".
    assertThat(expansion.resolve("link/..", ok).path())
        .isEqualTo(tmp.toRealPath().resolve("outside"));
  }

  @Test
  void dotDotNeverClimbsAboveTheRoot() {
    assertThat(expansion.resolve("/../../etc", Path.of("/")).path()).isEqualTo(Path.of("/etc"));
  }
}
