package io.kiro4j.core.internal.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whether a tool is allowed does not depend on the order of allowedTools; exact beats pattern. */
class ToolPatternIndexProperties {

  static Gen<List<String>> entries() {
    return Gen.of(
            "read",
            "r*",
            "w?ite",
            "@git",
            "@git/status",
            "@git-*",
            "@*/status",
            "@fetch/get_*",
            "@builtin/shell",
            "@s/[ab]*",
            "@s/{x,y}",
            "shell",
            "@builtin")
        .list()
        .ofMaxSize(6);
  }

  static Gen<String> names() {
    return Gen.of("read", "write", "shell", "aws", "rx", "wXite");
  }

  static Gen<String> servers() {
    return Gen.of("git", "git-server", "fetch", "s", "other");
  }

  static Gen<String> tools() {
    return Gen.of("status", "get_a", "a1", "x", "push");
  }

  /** An MCP server and tool as one value: a property takes at most four generators. */
  record McpTool(String server, String tool) {}

  @Test
  void orderDoesNotChangeWhetherAToolIsAllowed() {
    Property.forAll(entries(), names(), Gen.combine(servers(), tools(), McpTool::new), Gen.longs())
        .tries(500)
        .check(
            (entries, name, mcp, seed) -> {
              String server = mcp.server();
              String tool = mcp.tool();
              ToolPatternIndex a = ToolPatternIndex.compile(entries, new RuleOrigin("t", ""));
              List<String> shuffled = new ArrayList<>(entries);
              Collections.shuffle(shuffled, new Random(seed));
              ToolPatternIndex b = ToolPatternIndex.compile(shuffled, new RuleOrigin("t", ""));
              assertThat(b.matchBuiltin(name).isPresent())
                  .isEqualTo(a.matchBuiltin(name).isPresent());
              assertThat(b.matchMcp(server, tool).isPresent())
                  .isEqualTo(a.matchMcp(server, tool).isPresent());
            });
  }

  @Test
  void exactEntryIsReportedWheneverPresent() {
    Property.forAll(entries(), names())
        .tries(500)
        .check(
            (entries, name) -> {
              List<String> withExact = new ArrayList<>(entries);
              withExact.add(name);
              ToolPatternIndex i = ToolPatternIndex.compile(withExact, new RuleOrigin("t", ""));
              assertThat(i.matchBuiltin(name).orElseThrow().exact()).isTrue();
            });
  }
}
