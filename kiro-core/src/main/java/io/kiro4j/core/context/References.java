package io.kiro4j.core.context;

import io.kiro4j.core.steering.SteeringFile;
import io.kiro4j.core.steering.SteeringSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A request's {@code #} references sorted by who handles them (IDE mode, docs L19183–19204):
 * steering names for {@link SteeringSet#select}, files and folders for core, the rest ({@code
 * spec:...}, {@code codebase}, ...) for the providers and the host.
 *
 * <p>A plain {@code #name} is a steering file when one has that name (its path below {@code
 * steering/}, its file name or an auto file's {@code name}); else a file or folder when the path
 * exists ({@code #auth.ts}, {@code #components/}, docs L19194–19197); else it stays a steering
 * reference, which the steering selection reports as unknown.
 *
 * @param steering the names for the steering selection
 * @param files the files and folders
 * @param others everything else, in request order
 */
record References(List<String> steering, List<FileRef> files, List<String> others) {

  /** A {@code #file:}, {@code #folder:} or plain reference to a path. */
  record FileRef(String reference, Path path) {}

  private static final Set<String> HOST_WORDS =
      Set.of("codebase", "git diff", "terminal", "problems", "repository", "current");

  static References classify(ContextRequest request, SteeringSet steering, Path base) {
    List<String> steer = new ArrayList<>();
    List<FileRef> files = new ArrayList<>();
    List<String> others = new ArrayList<>();
    Set<String> names = null;
    for (String ref : request.references()) {
      if (ref.startsWith("steering:")) {
        steer.add(stripMd(ref.substring("steering:".length())));
      } else if (ref.startsWith("file:") || ref.startsWith("folder:")) {
        String path = ref.substring(ref.indexOf(':') + 1);
        files.add(new FileRef(ref, base.resolve(path).normalize()));
      } else if (ref.indexOf(':') >= 0 || HOST_WORDS.contains(ref)) {
        others.add(ref);
      } else {
        if (names == null) {
          names = names(steering);
        }
        if (names.contains(ref) || names.contains(stripMd(ref))) {
          steer.add(stripMd(ref));
        } else if (Files.exists(base.resolve(ref))) {
          files.add(new FileRef(ref, base.resolve(ref).normalize()));
        } else {
          steer.add(ref);
        }
      }
    }
    return new References(List.copyOf(steer), List.copyOf(files), List.copyOf(others));
  }

  private static Set<String> names(SteeringSet steering) {
    Set<String> out = new HashSet<>();
    for (SteeringFile f : steering.files()) {
      out.add(f.name());
      out.add(f.fileName());
      f.autoName().ifPresent(out::add);
    }
    return out;
  }

  private static String stripMd(String name) {
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }
}
