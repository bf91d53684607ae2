package io.kiro4j.examples.lsp;

import io.kiro4j.core.path.PathCanonicalizer;
import io.kiro4j.core.workspace.FileOverlay;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The documents open in the editor: their text as the editor has it, keyed by the file's canonical
 * path (the spelling the loaders see, symlinks resolved), with the URI the editor named them by.
 *
 * <p>Thread-safe: the protocol thread writes, the diagnostics worker reads.
 */
final class OpenDocuments {

  /** One open document. */
  record Document(String uri, Path path, int version, String text) {}

  private final Map<Path, Document> byPath = new ConcurrentHashMap<>();
  private final Map<String, Path> pathByUri = new ConcurrentHashMap<>();

  /**
   * The canonical path of a {@code file:} URI; empty for any other scheme (an untitled buffer, a
   * remote file) or a malformed URI: those are not Kiro files on this machine.
   */
  static Optional<Path> pathOf(String uri) {
    try {
      URI u = URI.create(uri);
      if (!"file".equalsIgnoreCase(u.getScheme())) {
        return Optional.empty();
      }
      return Optional.of(PathCanonicalizer.canonicalize(Path.of(u).toAbsolutePath().normalize()));
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  Optional<Document> open(String uri, int version, String text) {
    Optional<Path> path = pathOf(uri);
    path.ifPresent(
        p -> {
          byPath.put(p, new Document(uri, p, version, text));
          pathByUri.put(uri, p);
        });
    return path.map(byPath::get);
  }

  /** Replaces the text of an open document; empty when the URI is not open. */
  Optional<Document> update(String uri, int version, String text) {
    Path p = pathByUri.get(uri);
    if (p == null) {
      return Optional.empty();
    }
    Document d = new Document(uri, p, version, text);
    byPath.put(p, d);
    return Optional.of(d);
  }

  Optional<Path> close(String uri) {
    Path p = pathByUri.remove(uri);
    if (p != null) {
      byPath.remove(p);
    }
    return Optional.ofNullable(p);
  }

  Optional<Document> byUri(String uri) {
    return Optional.ofNullable(pathByUri.get(uri)).map(byPath::get);
  }

  Optional<Document> byPath(Path path) {
    return Optional.ofNullable(byPath.get(path));
  }

  Iterable<Document> all() {
    return byPath.values();
  }

  /** The editor texts, for the workspace to read instead of the files on disk. */
  FileOverlay overlay() {
    Map<Path, String> texts = new HashMap<>();
    byPath.forEach((p, d) -> texts.put(p, d.text()));
    return FileOverlay.of(texts);
  }

  /** The URI to publish {@code path}'s diagnostics under: the editor's own when it is open. */
  String uriOf(Path path) {
    Document d = byPath.get(path);
    return d != null ? d.uri() : path.toUri().toString();
  }
}
