package io.kiro4j.examples.lsp;

import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.path.PathCanonicalizer;
import io.kiro4j.core.resource.ResourceContext;
import io.kiro4j.core.resource.ResourceResolvers;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go-to-definition: the files a {@code #[[file:…]]} reference in Markdown (resolved from the file's
 * workspace root, docs L1192–1201, and refused outside it as the steering loader does) or a {@code
 * file://} / {@code skill://} resource stands for (resolved by the same resolvers as agent
 * resources, docs L6223–6265).
 *
 * <p>Immutable and thread-safe.
 */
final class References {

  // Fixed patterns of ours, linear: java.util.regex is safe here.
  private static final Pattern FILE_REFERENCE =
      Pattern.compile("#\\[\\[file:([^\\]\\r\\n]*)\\]\\]");
  private static final Pattern RESOURCE = Pattern.compile("(?i)(file|skill)://[^\\s\"',\\]\\)}]+");

  private final ResourceResolvers resolvers = ResolvedAgent.defaultResolvers();

  /** The files the reference under {@code character} of {@code line} (0-based) leads to. */
  List<Path> targets(Workspace ws, Path file, TextPositions text, int line, int character) {
    String l = text.line(line);
    Matcher m = FILE_REFERENCE.matcher(l);
    while (m.find()) {
      if (character >= m.start() && character <= m.end()) {
        return fileReference(ws, file, m.group(1));
      }
    }
    Matcher r = RESOURCE.matcher(l);
    while (r.find()) {
      if (character >= r.start() && character <= r.end()) {
        String uri = r.group();
        String scheme = r.group(1).toLowerCase(Locale.ROOT);
        return resolvers
            .forScheme(scheme)
            .map(
                res ->
                    res.resolve(uri, new ResourceContext(ws, file, line + 1, r.start() + 1))
                        .files())
            .orElse(List.of());
      }
    }
    return List.of();
  }

  private static List<Path> fileReference(Workspace ws, Path file, String target) {
    Path root = ws.rootOf(file).map(WorkspaceRoot::path).orElse(ws.primaryRoot().path());
    Path resolved = root.resolve(target.strip()).normalize();
    List<Path> out = new ArrayList<>();
    if (!target.isBlank()
        && PathCanonicalizer.isWithin(root, resolved)
        && Files.isRegularFile(resolved)) {
      out.add(resolved);
    }
    return out;
  }
}
