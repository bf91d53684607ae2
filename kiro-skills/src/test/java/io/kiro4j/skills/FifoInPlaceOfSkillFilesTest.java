package io.kiro4j.skills;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.file.Fifos;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.skills.power.PowerSet;
import io.kiro4j.skills.skill.SkillFile;
import io.kiro4j.skills.validation.SkillReport;
import io.kiro4j.skills.validation.SkillValidator;
import io.kiro4j.skills.validation.ValidationOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A FIFO in place of SKILL.md, POWER.md or a power's mcp.json is reported and never opened. */
class FifoInPlaceOfSkillFilesTest {

  private static final Duration PROMPTLY = Duration.ofSeconds(10);

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void layout() throws Exception {
    root = Files.createDirectories(tmp.resolve("ws")).toRealPath();
    home = Files.createDirectories(tmp.resolve("home")).toRealPath();
  }

  private List<Diagnostic> loadSkillsAndPowers() {
    Workspace ws = Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).build());
    return assertTimeoutPreemptively(
        PROMPTLY,
        () -> {
          List<Diagnostic> all = new ArrayList<>(Skills.of(ws).diagnostics());
          all.addAll(PowerSet.of(ws).diagnostics());
          return all;
        });
  }

  @Test
  void aFifoAsSkillMdFailsValidationWithoutBeingOpened() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("pdf"));
    Fifos.make(dir.resolve("SKILL.md"));
    SkillReport report =
        assertTimeoutPreemptively(
            PROMPTLY, () -> SkillValidator.validate(dir, ValidationOptions.reference()));
    assertThat(report.isValid()).isFalse();
    assertThat(report.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("SKILL-019");
              assertThat(d.message()).contains("not a regular file").contains("FIFO");
            });
    assertThat(
            assertTimeoutPreemptively(PROMPTLY, () -> SkillFile.readHead(dir.resolve("SKILL.md")))
                .error())
        .isPresent();
  }

  @Test
  void aFifoAsAWorkspaceSkillMdIsReportedAndNeverOpened() throws Exception {
    Path fifo = Fifos.make(root.resolve(".kiro/skills/pdf/SKILL.md"));
    assertThat(loadSkillsAndPowers())
        .filteredOn(d -> d.code().equals("SKILL-019"))
        .extracting(Diagnostic::path)
        .containsExactly(fifo);
  }

  @Test
  void aFifoAsPowerMdIsReportedAndNeverOpened() throws Exception {
    Path fifo = Fifos.make(home.resolve(".kiro/powers/stripe/POWER.md"));
    assertThat(loadSkillsAndPowers())
        .filteredOn(d -> d.code().equals("CORE-004"))
        .extracting(Diagnostic::path)
        .containsExactly(fifo);
  }

  @Test
  void aFifoAsAPowersMcpJsonIsReportedAndNeverOpened() throws Exception {
    Path dir = Files.createDirectories(home.resolve(".kiro/powers/stripe"));
    Files.writeString(
        dir.resolve("POWER.md"),
        "---\nname: stripe\ndescription: Payments\nkeywords: [stripe]\n---\n# Stripe\n");
    Path fifo = Fifos.make(dir.resolve("mcp.json"));
    assertThat(loadSkillsAndPowers())
        .filteredOn(d -> d.code().equals("CORE-004"))
        .extracting(Diagnostic::path)
        .containsExactly(fifo);
  }
}
