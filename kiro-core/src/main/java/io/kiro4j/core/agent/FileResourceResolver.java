package io.kiro4j.core.agent;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.resource.ResourceContext;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.resource.ResourceResolver;
import io.kiro4j.core.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The built-in resolver of {@code file://} resources (docs L6214-6235): a path or a glob.
 *
 * <ul>
 *   <li>The text after {@code file://} is a path, never an RFC 8089 URI ({@code file://README.md}
 *       is the file {@code README.md}, reference note A30). {@code ~} and {@code ~/} are the user
 *       home; a path starting with {@code /} is absolute; anything else is relative to the working
 *       directory, the first workspace root (upstream {@code context.rs}; note A29).
 *   <li>A path with {@code *}, {@code ?} or {@code [} is a glob: the folders before the first
 *       segment with a wildcard are the base, the rest matches paths below it with the workspace
 *       glob dialect anchored at the base ({@code *} stays within a folder, {@code **} spans
 *       folders). Regular files only, sorted by path.
 *   <li>A folder stands for its files (not recursive); a missing file or a glob matching nothing is
 *       {@code AGENT-017} (Kiro skips it silently); a bad glob is {@code GLOB-001}.
 * </ul>
 *
 * Registered as a {@link java.util.ServiceLoader} provider of {@link ResourceResolver}.
 */
public final class FileResourceResolver implements ResourceResolver {

  /** Public for {@link java.util.ServiceLoader}. */
  public FileResourceResolver() {}

  @Override
  public String scheme() {
    return "file";
  }

  @Override
  public ResourceResolution resolve(String uri, ResourceContext context) {
    Diagnostics diags = new Diagnostics();
    Workspace ws = context.workspace();
    String rest =
        uri.length() >= 7 && uri.regionMatches(true, 0, "file://", 0, 7) ? uri.substring(7) : uri;
    String path = rest.replace('\\', '/');
    Path base;
    String relative;
    if (path.equals("~") || path.startsWith("~/")) {
      base = ws.userHome();
      relative = path.equals("~") ? "" : path.substring(2);
    } else if (path.startsWith("/")) {
      base = Path.of("/");
      relative = path.substring(1);
    } else {
      base = ws.primaryRoot().path();
      relative = path.startsWith("./") ? path.substring(2) : path;
    }
    List<Path> files = new ArrayList<>();
    if (hasGlob(relative)) {
      String[] segments = relative.split("/");
      StringBuilder dir = new StringBuilder();
      int i = 0;
      for (; i < segments.length && !hasGlob(segments[i]); i++) {
        dir.append(segments[i]).append('/');
      }
      String pattern = String.join("/", java.util.Arrays.copyOfRange(segments, i, segments.length));
      Path folder = base.resolve(dir.toString()).normalize();
      try {
        Glob glob = Glob.compile("/" + pattern, GlobDialect.WORKSPACE_FILE);
        files.addAll(ws.listFiles(folder, glob::matches, diags));
      } catch (GlobSyntaxException e) {
        diags.add(
            e.toDiagnostic(
                context.source(), context.line(), context.column() + 1 + 7 + dir.length() - 1));
        return new ResourceResolution(uri, List.of(), scheme(), diags.toList());
      }
    } else {
      Path target = base.resolve(relative).normalize();
      if (Files.isRegularFile(target)) {
        files.add(target);
      } else if (Files.isDirectory(target)) {
        try (Stream<Path> list = Files.list(target)) {
          list.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          // reported below as matching nothing
        }
      }
    }
    if (files.isEmpty()) {
      diags.add(
          Diagnostic.of(
              AgentCode.RESOURCE_NOT_FOUND,
              context.source(),
              context.line(),
              context.column(),
              "resource '" + uri + "' matches no file"));
    }
    return new ResourceResolution(uri, files, scheme(), diags.toList());
  }

  static boolean hasGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
  }
}
