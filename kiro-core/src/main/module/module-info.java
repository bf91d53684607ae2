/**
 * kiro4j core: reads, validates and acts on a Kiro workspace's files (agents, steering, hooks, MCP
 * configuration, permissions).
 */
// "module": the qualified exports name sibling modules that are not built yet when this one is;
// "requires-automatic": see re2j and jtokkit below.
@SuppressWarnings({"module", "requires-automatic"})
module io.kiro4j.core {
  requires transitive tools.jackson.databind;
  requires com.networknt.schema;
  requires org.snakeyaml.engine;
  // RE2/J (com.google.re2j, linear-time regexes for user patterns) has neither a module descriptor
  // nor an Automatic-Module-Name, so on the module path it is the automatic module named after its
  // jar file: re2j-1.8.jar gives "re2j". The decision: require it under that name rather than
  // shade or repackage it. The name is stable as long as the artifact keeps its name (re2j) and the
  // jar keeps its Maven file name; no RE2/J type appears in kiro4j's API, so it is not transitive and
  // applications never require it themselves. An application that renames the jar, or links an image
  // with jlink (which refuses automatic modules), must keep RE2/J on the class path instead.
  requires re2j;
  // JTokkit 1.1 (token counts of the context assembly, loaded on first count) is the same case:
  // the automatic module jtokkit, with the same stability and class-path fallback.
  requires jtokkit;
  requires org.slf4j;

  // The API: every package not named ...internal... (ModuleArchitectureContract checks that no
  // internal type appears in the signatures of these packages).
  exports io.kiro4j.core;
  exports io.kiro4j.core.agent;
  exports io.kiro4j.core.context;
  exports io.kiro4j.core.diagnostic;
  exports io.kiro4j.core.edit;
  exports io.kiro4j.core.glob;
  exports io.kiro4j.core.hook;
  exports io.kiro4j.core.hook.run;
  exports io.kiro4j.core.ignore;
  exports io.kiro4j.core.json;
  exports io.kiro4j.core.json.edit;
  exports io.kiro4j.core.lint;
  exports io.kiro4j.core.lint.fix;
  exports io.kiro4j.core.mcp;
  exports io.kiro4j.core.migrate;
  exports io.kiro4j.core.path;
  exports io.kiro4j.core.permission;
  exports io.kiro4j.core.process;
  exports io.kiro4j.core.resource;
  exports io.kiro4j.core.steering;
  exports io.kiro4j.core.text;
  exports io.kiro4j.core.tool;
  exports io.kiro4j.core.turn;
  exports io.kiro4j.core.variable;
  exports io.kiro4j.core.workspace;
  exports io.kiro4j.core.write;
  exports io.kiro4j.core.yaml;

  // Implementation shared with the sibling modules only; not API. The other internal packages
  // (mcp, secret, shell, variable) are not exported at all.
  exports io.kiro4j.core.internal.file to
      io.kiro4j.skills,
      io.kiro4j.specs;
  exports io.kiro4j.core.internal.frontmatter to
      io.kiro4j.skills;
  exports io.kiro4j.core.internal.json to
      io.kiro4j.skills,
      io.kiro4j.specs;
  exports io.kiro4j.core.internal.permission to
      io.kiro4j.mcp;
  exports io.kiro4j.core.internal.classpath to
      io.kiro4j.skills;
  exports io.kiro4j.core.internal.yaml to
      io.kiro4j.skills;

  uses io.kiro4j.core.resource.ResourceResolver;
  uses io.kiro4j.core.context.ContextProvider;
  uses io.kiro4j.core.lint.LintContributor;
  uses io.kiro4j.core.lint.fix.FixProvider;

  provides io.kiro4j.core.resource.ResourceResolver with
      io.kiro4j.core.agent.FileResourceResolver;

  provides io.kiro4j.core.lint.fix.FixProvider with
      io.kiro4j.core.steering.CommaJoinedPatternFix,
      io.kiro4j.core.agent.TrailingCommaFix,
      io.kiro4j.core.workspace.MisplacedMcpJsonFix;
}
