package io.kiro4j.skills;

import io.kiro4j.core.diagnostic.DiagnosticCodeTable;
import io.kiro4j.skills.power.PowerCode;
import io.kiro4j.skills.skill.SkillCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SkillCodesDocumentedTest {

  @Test
  void everySkillAndPowerCodeIsDocumented() {
    DiagnosticCodeTable.assertDocumented(
        Path.of("../docs/diagnostics.md"), SkillCode.class, PowerCode.class);
  }
}
