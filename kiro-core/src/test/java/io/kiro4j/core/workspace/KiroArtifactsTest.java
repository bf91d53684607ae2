package io.kiro4j.core.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.file.Fifos;
import io.kiro4j.core.variable.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KiroArtifactsTest {

  @TempDir Path tmp;

  private static void touch(Path p) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
  }

  @Test
  void everyKindIsFoundGlobalFirstThenRootsInOrder() throws IOException {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    Path home = tmp.resolve("home");
    touch(home.resolve(".kiro/steering/g.md"));
    touch(a.resolve(".kiro/steering/sub/x.md"));
    touch(b.resolve(".kiro/steering/y.md"));
    touch(a.resolve(".kiro/agents/dev.json"));
    touch(a.resolve(".kiro/agents/nested/ignored.json"));
    touch(a.resolve(".kiro/hooks/lint.kiro.hook"));
    touch(a.resolve(".kiro/settings/mcp.json"));
    touch(a.resolve(".kiro/specs/auth/tasks.md"));
    touch(a.resolve(".kiro/specs/auth/.config.kiro"));
    touch(home.resolve(".kiro/skills/pdf/SKILL.md"));
    touch(home.resolve(".kiro/powers/stripe/POWER.md"));
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(a)
                .root(b)
                .userHome(home)
                .environment(Environment.empty())
                .build());
    KiroArtifacts artifacts = KiroArtifacts.load(ws);
    assertThat(artifacts.files(ArtifactKind.STEERING))
        .extracting(x -> x.scope() + ":" + ws.displayPath(x.path()).path())
        .containsExactly(
            "GLOBAL:~/.kiro/steering/g.md",
            "WORKSPACE:.kiro/steering/sub/x.md",
            "WORKSPACE:.kiro/steering/y.md");
    assertThat(artifacts.files(ArtifactKind.AGENT)).hasSize(1);
    assertThat(artifacts.files(ArtifactKind.HOOK)).hasSize(1);
    assertThat(artifacts.files(ArtifactKind.SETTINGS)).hasSize(1);
    assertThat(artifacts.files(ArtifactKind.SPEC)).hasSize(2);
    assertThat(artifacts.files(ArtifactKind.SKILL)).hasSize(1);
    assertThat(artifacts.files(ArtifactKind.POWER)).hasSize(1);
    assertThat(artifacts.diagnostics()).isEmpty();
  }

  @Test
  void aFifoWhereAConfigFileIsLookedForIsReportedAndNotListed() throws Exception {
    Path root = tmp.resolve("a");
    touch(root.resolve(".kiro/steering/ok.md"));
    Path fifo = Fifos.make(root.resolve(".kiro/steering/pipe.md"));
    Fifos.make(root.resolve(".kiro/steering/not-steering.txt")); // filtered out: not reported
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(root)
                .userHome(tmp.resolve("home"))
                .environment(Environment.empty())
                .build());
    KiroArtifacts artifacts =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> KiroArtifacts.load(ws));
    assertThat(artifacts.files(ArtifactKind.STEERING))
        .extracting(x -> x.relativePath())
        .containsExactly("ok.md");
    assertThat(artifacts.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("CORE-004");
              assertThat(d.path()).isEqualTo(ws.canonicalize(fifo));
            });
    assertThat(artifacts.diagnostics())
        .extracting(Diagnostic::message)
        .allMatch(m -> m.contains("FIFO"));
  }
}
