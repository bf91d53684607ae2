package io.kiro4j.examples.lsp;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What a Kiro file is, from where it lies (the same places the loaders read; docs L1059–1063 for
 * steering, L5910–7006 agents, L1757–1812 mcp.json, L1442–1458 hooks), and which editor schema
 * describes its keys.
 */
enum KiroFileKind {
  /** {@code .kiro/agents/NAME.json}. */
  AGENT_JSON(Syntax.JSON, "/io/kiro4j/core/agent/agent.schema.json"),
  /** {@code .kiro/agents/NAME.md}: the agent's keys are the front matter. */
  AGENT_MARKDOWN(Syntax.FRONT_MATTER, "/io/kiro4j/core/agent/agent.schema.json"),
  /** {@code .kiro/settings/mcp.json}, a power's {@code mcp.json}. */
  MCP_JSON(Syntax.JSON, "/io/kiro4j/core/mcp/mcp.schema.json"),
  /** {@code .kiro/hooks/NAME.kiro.hook}. */
  HOOK(Syntax.JSON, "/io/kiro4j/examples/lsp/hook.schema.json"),
  /** {@code .kiro/steering/**.md} and a root's {@code AGENTS.md}. */
  STEERING(Syntax.FRONT_MATTER, "/io/kiro4j/examples/lsp/steering.schema.json"),
  /** {@code SKILL.md}. */
  SKILL(Syntax.FRONT_MATTER, "/io/kiro4j/examples/lsp/skill.schema.json"),
  /** {@code POWER.md}. */
  POWER(Syntax.FRONT_MATTER, "/io/kiro4j/examples/lsp/power.schema.json"),
  /** {@code .kiro/specs/NAME/*.md}. */
  SPEC(Syntax.MARKDOWN, null),
  /** Anything else. */
  OTHER(Syntax.MARKDOWN, null);

  /** How the keys of the file are written. */
  enum Syntax {
    JSON,
    FRONT_MATTER,
    MARKDOWN
  }

  private final Syntax syntax;
  private final String schema;

  KiroFileKind(Syntax syntax, String schema) {
    this.syntax = syntax;
    this.schema = schema;
  }

  Syntax syntax() {
    return syntax;
  }

  /** The class-path resource of the JSON Schema describing this kind's keys, if one is shipped. */
  Optional<String> schemaResource() {
    return Optional.ofNullable(schema);
  }

  /** The kind of {@code file}, judged by its name and the folders above it. */
  static KiroFileKind of(Path file) {
    Path name = file.getFileName();
    if (name == null) {
      return OTHER;
    }
    String n = name.toString();
    String parent = segment(file, 1);
    String kiro = segment(file, 2);
    if (n.endsWith(".kiro.hook")) {
      return HOOK;
    }
    if (n.equals("SKILL.md") || n.equals("skill.md")) {
      return SKILL;
    }
    if (n.equals("POWER.md")) {
      return POWER;
    }
    if (n.equals("mcp.json")) {
      return MCP_JSON;
    }
    if (parent.equals("agents") && kiro.equals(".kiro")) {
      if (n.endsWith(".json")) {
        return AGENT_JSON;
      }
      if (n.endsWith(".md")) {
        return AGENT_MARKDOWN;
      }
    }
    if (n.equals("AGENTS.md") || (n.endsWith(".md") && under(file, ".kiro", "steering"))) {
      return STEERING;
    }
    if (under(file, ".kiro", "specs")) {
      return SPEC;
    }
    return OTHER;
  }

  /** The name {@code up} levels above the file name ("" when there is none). */
  private static String segment(Path file, int up) {
    Path p = file;
    for (int i = 0; i < up && p != null; i++) {
      p = p.getParent();
    }
    return p == null || p.getFileName() == null ? "" : p.getFileName().toString();
  }

  /** True when {@code first/second} are consecutive folders above the file. */
  private static boolean under(Path file, String first, String second) {
    for (int i = 0; i + 1 < file.getNameCount() - 1; i++) {
      if (file.getName(i).toString().equals(first)
          && file.getName(i + 1).toString().equals(second)) {
        return true;
      }
    }
    return false;
  }
}
