/** kiro4j skills: discovers, validates and renders Agent Skills and Kiro powers. */
module io.kiro4j.skills {
  requires transitive io.kiro4j.core;

  exports io.kiro4j.skills;
  exports io.kiro4j.skills.discovery;
  exports io.kiro4j.skills.power;
  exports io.kiro4j.skills.prompt;
  exports io.kiro4j.skills.skill;
  exports io.kiro4j.skills.validation;

  // io.kiro4j.skills.internal.python is not exported.

  provides io.kiro4j.core.resource.ResourceResolver with
      io.kiro4j.skills.discovery.SkillResourceResolver;
  provides io.kiro4j.core.context.ContextProvider with
      io.kiro4j.skills.power.PowerContextProvider,
      io.kiro4j.skills.discovery.SkillContextProvider;

  provides io.kiro4j.core.lint.LintContributor with
      io.kiro4j.skills.discovery.SkillsLintContributor;
}
