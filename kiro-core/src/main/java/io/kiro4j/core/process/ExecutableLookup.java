package io.kiro4j.core.process;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Finds the file a program name refers to, the way {@code execvp} does, before anything starts: so
 * a missing program is an {@link IOException} naming it, even when {@code setsid} would otherwise
 * be the process that fails, and so the child's {@code PATH} (not this JVM's) decides.
 */
final class ExecutableLookup {

  // glibc's execvp uses this when PATH is unset.
  private static final String DEFAULT_PATH = "/bin:/usr/bin";

  private ExecutableLookup() {}

  /**
   * The executable for {@code program}.
   *
   * @param program {@code argv[0]}
   * @param path the child's {@code PATH}, or null when it has none
   * @param directory the child's working directory
   * @throws IOException if there is no such executable; the message names {@code program} only
   */
  static Path find(String program, String path, Path directory) throws IOException {
    try {
      if (program.indexOf('/') >= 0) {
        Path candidate = directory.resolve(program);
        if (!Files.exists(candidate)) {
          throw new IOException("cannot start '" + program + "': no such file");
        }
        if (!isExecutableFile(candidate)) {
          throw new IOException("cannot start '" + program + "': not an executable file");
        }
        return candidate;
      }
      String search = path != null ? path : DEFAULT_PATH;
      for (String entry : search.split(File.pathSeparator, -1)) {
        // An empty PATH entry means the current directory (of the child).
        Path candidate;
        try {
          candidate = directory.resolve(entry.isEmpty() ? "." : entry).resolve(program);
        } catch (InvalidPathException e) {
          continue; // execvp skips entries it cannot use
        }
        if (isExecutableFile(candidate)) {
          return candidate;
        }
      }
    } catch (InvalidPathException e) {
      throw new IOException("cannot start '" + program + "': not a valid file name", e);
    }
    // PATH is an environment value: do not print it.
    throw new IOException("cannot start '" + program + "': not found on the child's PATH");
  }

  private static boolean isExecutableFile(Path candidate) {
    return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
  }
}
