package io.kiro4j.core.steering;

import java.util.Objects;

/**
 * A {@code #[[file:relative/path]]} reference in a steering file's body (docs L1195–1208): live
 * workspace content pulled into the steering text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param target the path as written, relative to the workspace root
 * @param line 1-based line of the reference's {@code #} in the file
 * @param column 1-based column of the reference's {@code #} in the file
 */
public record FileReference(String target, int line, int column) {

  public FileReference {
    Objects.requireNonNull(target, "target");
  }

  /** The reference as written: {@code #[[file:target]]}. */
  public String token() {
    return "#[[file:" + target + "]]";
  }
}
