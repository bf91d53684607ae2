package io.kiro4j.core.migrate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link Migration}: a file copied, a file left alone and why, or MCP servers merged
 * into an existing {@code mcp.json}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public sealed interface MigrationStep {

  /** The legacy file. */
  Path from();

  /** Where it goes in Kiro's layout. */
  Path to();

  /** Copy {@code from} to {@code to} byte for byte ({@code to} does not exist). */
  record Copy(Path from, Path to, String kind) implements MigrationStep {
    public Copy {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** Nothing is done for {@code from}: {@code reason} says why. */
  record Skip(Path from, Path to, String reason) implements MigrationStep {
    public Skip {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * {@code to} exists: the servers of {@code from} it lacks ({@code servers}) are to be added to
   * it; same-named ones ({@code conflicts}) are not copied (docs L10917).
   */
  record MergeServers(Path from, Path to, List<String> servers, List<String> conflicts)
      implements MigrationStep {
    public MergeServers {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      servers = List.copyOf(servers);
      conflicts = List.copyOf(conflicts);
    }
  }
}
