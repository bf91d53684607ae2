package io.kiro4j.core.hook;

import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;

/**
 * One {@code when.toolTypes} entry (L961–966): {@code *} matches every tool; {@code read}, {@code
 * write}, {@code shell} and {@code web} match the tools the host puts in that category (and a tool
 * of that very name); anything else is a tool-name pattern in the {@link GlobDialect#TOOL_NAME}
 * dialect, so {@code mcp_github_*} and {@code @github/*} work as "wildcarding" promises.
 */
final class ToolTypeMatcher {
  private final String entry;
  private final boolean any;
  private final boolean category;
  private final Glob glob;

  private ToolTypeMatcher(String entry, boolean any, boolean category, Glob glob) {
    this.entry = entry;
    this.any = any;
    this.category = category;
    this.glob = glob;
  }

  static ToolTypeMatcher of(String entry) {
    if (entry.equals("*")) {
      return new ToolTypeMatcher(entry, true, false, null);
    }
    boolean category = ToolUse.CATEGORIES.contains(entry);
    return new ToolTypeMatcher(entry, false, category, Glob.compile(entry, GlobDialect.TOOL_NAME));
  }

  boolean matches(ToolUse tool) {
    if (any) {
      return true;
    }
    if (category && tool.categories().contains(entry)) {
      return true;
    }
    return glob.matches(tool.name());
  }

  String entry() {
    return entry;
  }
}
