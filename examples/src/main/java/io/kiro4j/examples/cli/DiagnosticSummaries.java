package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.AgentCode;
import io.kiro4j.core.diagnostic.CoreCode;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.glob.GlobCode;
import io.kiro4j.core.hook.HookCode;
import io.kiro4j.core.ignore.IgnoreCode;
import io.kiro4j.core.internal.frontmatter.FrontMatterCode;
import io.kiro4j.core.internal.secret.SecretCode;
import io.kiro4j.core.json.JsonCode;
import io.kiro4j.core.json.SchemaCode;
import io.kiro4j.core.mcp.McpCode;
import io.kiro4j.core.permission.PermissionCode;
import io.kiro4j.core.steering.SteeringCode;
import io.kiro4j.core.variable.VariableCode;
import io.kiro4j.core.workspace.LayoutCode;
import io.kiro4j.core.yaml.YamlCode;
import io.kiro4j.skills.power.PowerCode;
import io.kiro4j.skills.skill.SkillCode;
import io.kiro4j.specs.SpecCode;
import io.kiro4j.specs.design.DesignCode;
import io.kiro4j.specs.requirements.RequirementsCode;
import io.kiro4j.specs.tasks.TasksCode;
import io.kiro4j.specs.trace.TraceCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The one-line summary of every code the library reports, for {@code lint}'s info counts. */
final class DiagnosticSummaries {

  private static final Map<String, String> SUMMARIES = load();

  private DiagnosticSummaries() {}

  /** The summary of {@code code}, when it is a code of this build. */
  static Optional<String> summary(String code) {
    return Optional.ofNullable(SUMMARIES.get(code));
  }

  private static Map<String, String> load() {
    List<Class<? extends DiagnosticCode>> enums =
        List.of(
            CoreCode.class,
            VariableCode.class,
            YamlCode.class,
            FrontMatterCode.class,
            JsonCode.class,
            SchemaCode.class,
            GlobCode.class,
            IgnoreCode.class,
            LayoutCode.class,
            SecretCode.class,
            SteeringCode.class,
            HookCode.class,
            AgentCode.class,
            McpCode.class,
            PermissionCode.class,
            SkillCode.class,
            PowerCode.class,
            SpecCode.class,
            RequirementsCode.class,
            DesignCode.class,
            TasksCode.class,
            TraceCode.class);
    Map<String, String> out = new HashMap<>();
    for (Class<? extends DiagnosticCode> e : enums) {
      for (DiagnosticCode c : e.getEnumConstants()) {
        out.put(c.id(), c.summary());
      }
    }
    return Map.copyOf(out);
  }
}
