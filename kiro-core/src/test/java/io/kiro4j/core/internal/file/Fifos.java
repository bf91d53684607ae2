package io.kiro4j.core.internal.file;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Makes real FIFOs (named pipes) for tests of "never open a FIFO": with the {@code mkfifo} command,
 * since Java has no API for it. A test on a platform without {@code mkfifo} (Windows) is skipped.
 * Shared with other modules through kiro-core's test jar.
 */
public final class Fifos {

  private Fifos() {}

  /** Creates a FIFO at {@code path} (and its parent folders); returns {@code path}. */
  public static Path make(Path path) throws IOException, InterruptedException {
    Files.createDirectories(path.toAbsolutePath().getParent());
    Process p;
    try {
      p =
          new ProcessBuilder("mkfifo", path.toAbsolutePath().toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo command on this platform: " + e.getMessage());
      throw e;
    }
    p.getOutputStream().close();
    byte[] out = p.getInputStream().readAllBytes();
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS), "mkfifo did not finish");
    assumeTrue(p.exitValue() == 0, "mkfifo failed: " + new String(out));
    assumeTrue(
        Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path),
        "mkfifo made no FIFO");
    return path;
  }
}
