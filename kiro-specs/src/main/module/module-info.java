/** kiro4j specs: parses and checks Kiro specs (requirements, design, tasks) and their tracing. */
module io.kiro4j.specs {
  requires transitive io.kiro4j.core;

  exports io.kiro4j.specs;
  exports io.kiro4j.specs.design;
  exports io.kiro4j.specs.requirements;
  exports io.kiro4j.specs.source;
  exports io.kiro4j.specs.tasks;
  exports io.kiro4j.specs.trace;

  provides io.kiro4j.core.context.ContextProvider with
      io.kiro4j.specs.SpecContextProvider;
  provides io.kiro4j.core.lint.LintContributor with
      io.kiro4j.specs.SpecsLintContributor;
}
