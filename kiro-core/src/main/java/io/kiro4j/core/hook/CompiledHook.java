package io.kiro4j.core.hook;

import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.workspace.WorkspaceFile;
import java.util.List;
import java.util.Optional;

/** An IDE hook with its patterns compiled once. */
final class CompiledHook {
  final IdeHook hook;
  private final Glob[] include;
  private final Glob[] exclude;
  private final ToolTypeMatcher[] tools;

  CompiledHook(IdeHook hook, List<Glob> include, List<Glob> exclude, List<ToolTypeMatcher> tools) {
    this.hook = hook;
    this.include = include.toArray(new Glob[0]);
    this.exclude = exclude.toArray(new Glob[0]);
    this.tools = tools.toArray(new ToolTypeMatcher[0]);
  }

  /** Why a tool event matches, if it does. */
  Optional<String> matchTool(ToolUse tool) {
    for (ToolTypeMatcher m : tools) {
      if (m.matches(tool)) {
        return Optional.of("toolTypes:" + m.entry());
      }
    }
    return Optional.empty();
  }

  /** Why a file event matches one of {@code files}, if it does: only files of the hook's root. */
  Optional<String> matchFiles(List<WorkspaceFile> files) {
    for (WorkspaceFile f : files) {
      if (f.root().index() != hook.root().index()) {
        continue;
      }
      String rel = f.relativePath();
      Glob hit = null;
      for (Glob g : include) {
        if (g.matches(rel)) {
          hit = g;
          break;
        }
      }
      if (hit == null || excluded(rel)) {
        continue;
      }
      return Optional.of("patterns:" + hit.pattern() + " -> " + rel);
    }
    return Optional.empty();
  }

  private boolean excluded(String rel) {
    for (Glob g : exclude) {
      if (g.matches(rel)) {
        return true;
      }
    }
    return false;
  }
}
