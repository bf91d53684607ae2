package io.kiro4j.core.diagnostic;

import io.kiro4j.core.agent.AgentCode;
import io.kiro4j.core.edit.ConfigEditCode;
import io.kiro4j.core.glob.GlobCode;
import io.kiro4j.core.hook.HookCode;
import io.kiro4j.core.ignore.IgnoreCode;
import io.kiro4j.core.internal.frontmatter.FrontMatterCode;
import io.kiro4j.core.internal.secret.SecretCode;
import io.kiro4j.core.json.JsonCode;
import io.kiro4j.core.json.SchemaCode;
import io.kiro4j.core.json.edit.JsonEditCode;
import io.kiro4j.core.lint.LintCode;
import io.kiro4j.core.mcp.McpCode;
import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.steering.SteeringCode;
import io.kiro4j.core.tool.ToolCode;
import io.kiro4j.core.variable.VariableCode;
import io.kiro4j.core.workspace.LayoutCode;
import io.kiro4j.core.yaml.YamlCode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every code kiro-core reports is in docs/diagnostics.md with its severity, and only those. */
class DiagnosticCodesDocumentedTest {

  @Test
  void everyCoreCodeIsDocumentedWithItsSeverity() {
    DiagnosticCodeTable.assertDocumented(
        Path.of("..", "docs", "diagnostics.md"),
        CoreCode.class,
        VariableCode.class,
        YamlCode.class,
        FrontMatterCode.class,
        JsonCode.class,
        SchemaCode.class,
        GlobCode.class,
        IgnoreCode.class,
        SteeringCode.class,
        HookCode.class,
        AgentCode.class,
        McpCode.class,
        PermissionCode.class,
        LayoutCode.class,
        SecretCode.class,
        ToolCode.class,
        io.kiro4j.core.context.ContextCode.class,
        JsonEditCode.class,
        ConfigEditCode.class,
        LintCode.class);
  }
}
