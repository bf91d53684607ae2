package io.kiro4j.core.steering;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The context a steering selection is made for: the files being worked on and the {@code #name}
 * references in the prompt. What counts as "working with files" is the host's decision (docs L1136
 * leaves it open): pass every file in the agent's context.
 *
 * <pre>{@code
 * SteeringRequest req = SteeringRequest.builder()
 *     .file(Path.of("src/components/Button.tsx"))
 *     .reference("#troubleshooting-guide")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param files files being worked on; relative ones are resolved against {@code workingDirectory}
 * @param references {@code #name} references ({@code name} or {@code #name})
 * @param workingDirectory base for relative files; empty means the first workspace root
 */
public record SteeringRequest(
    List<Path> files, List<String> references, Optional<Path> workingDirectory) {

  public SteeringRequest {
    files = List.copyOf(files);
    references = List.copyOf(references);
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /** A request with no files and no references: only always-on steering applies. */
  public static SteeringRequest empty() {
    return builder().build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SteeringRequest}. */
  public static final class Builder {
    private final List<Path> files = new ArrayList<>();
    private final List<String> references = new ArrayList<>();
    private Path workingDirectory;

    private Builder() {}

    /** Adds a file being worked on. */
    public Builder file(Path file) {
      files.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Adds a {@code #name} reference; the leading {@code #} is optional. */
    public Builder reference(String name) {
      Objects.requireNonNull(name, "name");
      String bare = name.startsWith("#") ? name.substring(1) : name;
      if (bare.isBlank()) {
        throw new IllegalArgumentException("empty steering reference '" + name + "'");
      }
      references.add(bare);
      return this;
    }

    /** The base for relative files (default: the first workspace root). */
    public Builder workingDirectory(Path dir) {
      this.workingDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** The request. */
    public SteeringRequest build() {
      return new SteeringRequest(files, references, Optional.ofNullable(workingDirectory));
    }
  }
}
