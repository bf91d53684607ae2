package io.kiro4j.core.context;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a session context entry stands for, as {@code /context add} takes them (docs
 * L7180–7203): a file, a folder (its files), or a glob such as {@code docs/*.md}; relative to the
 * working directory, {@code ~} for the user home.
 */
final class SessionFiles {

  private SessionFiles() {}

  static List<Path> resolve(Workspace ws, Path base, String entry, ContextContribution c) {
    String path = entry.replace('\\', '/');
    int glob = firstGlob(path);
    if (glob < 0) {
      Path target = ws.pathExpansion().resolve(path, base).path().normalize();
      if (Files.isRegularFile(target)) {
        return List.of(target);
      }
      if (Files.isDirectory(target)) {
        try (Stream<Path> list = Files.list(target)) {
          return list.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | SecurityException e) {
          return List.of();
        }
      }
      return List.of();
    }
    int slash = path.lastIndexOf('/', glob);
    String prefix = slash < 0 ? "." : path.substring(0, Math.max(1, slash));
    String pattern = path.substring(slash + 1);
    Path dir = ws.pathExpansion().resolve(prefix, base).path().normalize();
    try {
      Glob g = Glob.compile("/" + pattern, GlobDialect.WORKSPACE_FILE);
      Diagnostics problems = new Diagnostics();
      List<Path> files = new ArrayList<>(ws.listFiles(dir, g::matches, problems));
      problems.toList().forEach(c::diagnostic);
      return files;
    } catch (GlobSyntaxException e) {
      c.diagnostic(e.toDiagnostic(ws.primaryRoot().kiroDir(), 1, 1));
      return List.of();
    }
  }

  private static int firstGlob(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '*' || ch == '?' || ch == '[' || ch == '{') {
        return i;
      }
    }
    return -1;
  }
}
