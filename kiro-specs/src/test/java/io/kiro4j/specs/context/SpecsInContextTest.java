package io.kiro4j.specs.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.context.AssembledContext;
import io.kiro4j.core.context.ContextAssembler;
import io.kiro4j.core.context.ContextItem;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.context.ContextRequest;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code #spec:name} brings the spec's documents through core's provider seam. */
class SpecsInContextTest {

  @TempDir Path tmp;
  Path root;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(tmp.resolve("project"));
    Path spec = Files.createDirectories(root.resolve(".kiro/specs/user-auth"));
    Files.writeString(
        spec.resolve("requirements.md"),
        "# Requirements Document\n\n## Requirements\n\n### Requirement 1\n\n**User Story:** As a"
            + " user, I want to log in, so that I am known.\n\n#### Acceptance Criteria\n\n1."
            + " WHEN the user logs in THEN the system SHALL greet them\n");
    Files.writeString(spec.resolve("design.md"), "# Design\n\nJWT.\n");
    Files.writeString(spec.resolve("tasks.md"), "# Tasks\n\n- [ ] 1. Log in\n");
  }

  private AssembledContext assemble(ContextRequest.Builder request) {
    return ContextAssembler.of(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(root)
                    .userHome(tmp.resolve("home"))
                    .environment(Environment.empty())
                    .build()))
        .assemble(request.build());
  }

  @Test
  void hashSpecIncludesEveryDocumentOfTheSpecInOrder() {
    AssembledContext ctx = assemble(ContextRequest.builder().reference("#spec:user-auth"));
    assertThat(ctx.items())
        .extracting(ContextItem::source)
        .containsExactly(
            ".kiro/specs/user-auth/requirements.md",
            ".kiro/specs/user-auth/design.md",
            ".kiro/specs/user-auth/tasks.md");
    assertThat(ctx.items().get(0).reason().label()).isEqualTo("#spec:user-auth (docs L313–334)");
    assertThat(ctx.diagnostics()).isEmpty();
  }

  @Test
  void hashSpecWrittenInThePromptCountsToo() {
    AssembledContext ctx =
        assemble(ContextRequest.builder().prompt("#spec:user-auth implement task 1"));
    assertThat(ctx.items()).hasSize(3);
  }

  @Test
  void anUnknownSpecIsAWarningNotAFailure() {
    AssembledContext ctx = assemble(ContextRequest.builder().reference("spec:nope"));
    assertThat(ctx.items()).isEmpty();
    assertThat(ctx.diagnostics()).extracting(Diagnostic::code).containsExactly("CONTEXT-002");
  }

  @Test
  void specsAreNotAddedInCliMode() {
    AssembledContext ctx =
        assemble(ContextRequest.builder().mode(ContextMode.CLI).prompt("#spec:user-auth"));
    assertThat(ctx.items()).noneMatch(i -> i.source().contains("specs"));
  }
}
