/**
 * kiro4j core: reads, validates and acts on a Kiro workspace's files (agents, steering, hooks, MCP
 * configuration, permissions).
 */
// "module": the qualified exports name sibling modules that are not built yet when this one is;
// "requires-automatic": RE2/J 1.8 has no module descriptor nor Automatic-Module-Name, so it is the
// automatic module named after its jar, re2j (no type of it appears in our API).
@SuppressWarnings({"module", "requires-automatic"})
module io.kiro4j.core {
  requires transitive tools.jackson.databind;
  requires com.networknt.schema;
  requires org.snakeyaml.engine;
  requires re2j;
  requires org.slf4j;

  // The API. glob, ignore, json, path, process, variable and yaml are exported because their types appear
  // in the signatures of the packages above (javac -Xlint:exports).
  exports io.kiro4j.core;
  exports io.kiro4j.core.agent;
  exports io.kiro4j.core.diagnostic;
  exports io.kiro4j.core.glob;
  exports io.kiro4j.core.hook;
  exports io.kiro4j.core.hook.run;
  exports io.kiro4j.core.ignore;
  exports io.kiro4j.core.json;
  exports io.kiro4j.core.lint;
  exports io.kiro4j.core.lint.fix;
  exports io.kiro4j.core.mcp;
  exports io.kiro4j.core.path;
  exports io.kiro4j.core.permission;
  exports io.kiro4j.core.process;
  exports io.kiro4j.core.resource;
  exports io.kiro4j.core.steering;
  exports io.kiro4j.core.variable;
  exports io.kiro4j.core.workspace;
  exports io.kiro4j.core.write;
  exports io.kiro4j.core.yaml;

  // Implementation shared with the sibling modules only; not API. text, shell and secret are not
  // exported at all.
  exports io.kiro4j.core.file to
      io.kiro4j.skills,
      io.kiro4j.specs;
  exports io.kiro4j.core.frontmatter to
      io.kiro4j.skills;

  uses io.kiro4j.core.resource.ResourceResolver;
  uses io.kiro4j.core.lint.LintContributor;
  uses io.kiro4j.core.lint.fix.FixProvider;

  provides io.kiro4j.core.resource.ResourceResolver with
      io.kiro4j.core.agent.FileResourceResolver;

  provides io.kiro4j.core.lint.fix.FixProvider with
      io.kiro4j.core.steering.CommaJoinedPatternFix,
      io.kiro4j.core.agent.TrailingCommaFix,
      io.kiro4j.core.workspace.MisplacedMcpJsonFix;
}
