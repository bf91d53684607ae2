package io.kiro4j.core.agent;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.resource.ResourceContext;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.resource.ResourceResolver;
import io.kiro4j.core.workspace.Containment;
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
 *       is the file {@code README.md}, as Kiro reads it). {@code ~} and {@code ~/} are the user
 *       home; a path starting with {@code /} is absolute; anything else is relative to the working
 *       directory, the first workspace root (as the Kiro CLI resolves it).
 *   <li>A path with {@code *}, {@code ?} or {@code [} is a glob: the folders before the first
 *       segment with a wildcard are the base, the rest matches paths below it with the workspace
 *       glob dialect anchored at the base ({@code *} stays within a folder, {@code **} spans
 *       folders). Regular files only, sorted by path.
 *   <li>A folder stands for its files (not recursive); a missing file or a glob matching nothing is
 *       {@code AGENT-017} (Kiro skips it silently): a warning for a workspace path, an info for a
 *       glob or a {@code ~} or absolute path (nothing to fix in the file); a bad glob is {@code
 *       GLOB-001}.
 *   <li>Each file found is held to the {@link Containment} check of steering {@code #[[file:]]}
 *       references: where its symlinks lead it must lie inside a workspace root ({@code AGENT-021})
 *       and not be excluded by {@code .kiroignore} ({@code AGENT-022}); otherwise it is left out. A
 *       cloned repository's agent cannot load {@code ~/.aws/credentials} through {@code
 *       file://~/.aws/credentials} or a symlink. Exception, as for global steering (docs
 *       L18380–18402): a <em>global</em> agent ({@code ~/.kiro/agents}) is the user's own, so a
 *       {@code ~} or absolute path it writes may lead anywhere; its relative paths (resolved in the
 *       workspace) must stay in the workspace, and {@code .kiroignore} applies to it too.
 * </ul>
 *
 * Registered as a {@link java.util.ServiceLoader} provider of {@link ResourceResolver}.
 *
 * <p>Immutable and thread-safe: it has no state.
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
    boolean relativeToWorkspace = base.equals(ws.primaryRoot().path());
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
        files.addAll(ws.listFiles(folder, glob, diags));
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
      // A glob may match nothing yet, and a ~ or absolute path names another machine's files:
      // only a missing workspace file is something to fix.
      boolean speculative = hasGlob(relative) || !relativeToWorkspace;
      Diagnostic d =
          Diagnostic.of(
              AgentCode.RESOURCE_NOT_FOUND,
              context.source(),
              context.line(),
              context.column(),
              "resource '"
                  + uri
                  + "' matches no file"
                  + (speculative ? " here today; Kiro skips it" : ""));
      diags.add(speculative ? d.withSeverity(io.kiro4j.core.diagnostic.Severity.INFO) : d);
    }
    boolean mayLeave = !relativeToWorkspace && isGlobalAgent(ws, context.source());
    List<Path> kept = new ArrayList<>(files.size());
    for (Path file : files) {
      Containment c = Containment.check(ws, file);
      if (!c.insideRoots() && !mayLeave) {
        diags.add(
            Diagnostic.of(
                AgentCode.RESOURCE_OUTSIDE_WORKSPACE,
                context.source(),
                context.line(),
                context.column(),
                "resource '"
                    + uri
                    + "': "
                    + file
                    + (c.canonical().equals(file) ? "" : " (leads to " + c.canonical() + ")")
                    + " is outside every workspace root; not loaded"));
      } else if (c.ignored()) {
        diags.add(
            Diagnostic.of(
                AgentCode.RESOURCE_IGNORED,
                context.source(),
                context.line(),
                context.column(),
                "resource '"
                    + uri
                    + "': "
                    + ws.displayPath(file).path()
                    + " is excluded by .kiroignore; not loaded"));
      } else {
        kept.add(file);
      }
    }
    return new ResourceResolution(uri, kept, scheme(), diags.toList());
  }

  /** An agent defined below {@code ~/.kiro} (its own config, as global steering is). */
  private static boolean isGlobalAgent(Workspace ws, Path source) {
    return ws.canonicalize(source).startsWith(ws.canonicalize(ws.globalKiroDir()));
  }

  static boolean hasGlob(String s) {
    return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0;
  }
}
