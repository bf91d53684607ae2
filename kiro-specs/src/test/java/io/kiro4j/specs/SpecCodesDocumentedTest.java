package io.kiro4j.specs;

import io.kiro4j.core.diagnostic.DiagnosticCodeTable;
import io.kiro4j.specs.design.DesignCode;
import io.kiro4j.specs.requirements.RequirementsCode;
import io.kiro4j.specs.tasks.TasksCode;
import io.kiro4j.specs.trace.TraceCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every code kiro-specs reports is in docs/diagnostics.md with its severity, and only those. */
class SpecCodesDocumentedTest {

  @Test
  void everySpecsCodeIsDocumentedWithItsSeverity() {
    DiagnosticCodeTable.assertDocumented(
        Path.of("..", "docs", "diagnostics.md"),
        SpecCode.class,
        RequirementsCode.class,
        DesignCode.class,
        TasksCode.class,
        TraceCode.class);
  }
}
