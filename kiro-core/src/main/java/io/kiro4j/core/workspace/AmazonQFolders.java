package io.kiro4j.core.workspace;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The Amazon Q Developer CLI's folders, which Kiro CLI still reads or migrates (docs L10910–10959).
 *
 * <ul>
 *   <li>A project's {@code .amazonq} folder is read by Kiro CLI "as-is" — its {@code mcp.json},
 *       {@code cli-agents/} and {@code rules/} (L10920) — unless the project has a {@code .kiro}
 *       folder: "If both folders exist in your project, we'll read from .kiro folder" (L10922,
 *       L10959). {@link #projectFolder} applies that rule: the whole {@code .amazonq} folder is in
 *       effect or none of it.
 *   <li>The user's {@code ~/.aws/amazonq} is copied into {@code ~/.kiro} once, when Kiro CLI is
 *       installed (L10914–10919), and not read afterwards: kiro4j never loads it, {@code kiro4j
 *       migrate} copies it.
 * </ul>
 *
 * <p>The mapping between the two layouts (L10934–10944) is {@link #MAPPING}. The Kiro IDE never
 * reads {@code .amazonq}; kiro4j reads it like Kiro CLI and says so with an info diagnostic on
 * every legacy file it uses.
 *
 * <p>Immutable and thread-safe (no state).
 *
 * @since 0.2
 */
public final class AmazonQFolders {

  /** A project's legacy folder name. */
  public static final String PROJECT_FOLDER = ".amazonq";

  /**
   * One entry of the layout table (docs L10934–10944): the same kind of file in the Q Developer
   * CLI's folder and in Kiro's.
   *
   * @param kind what the files are (for messages)
   * @param amazonQ the path under {@code .amazonq} or {@code ~/.aws/amazonq}
   * @param kiro the path under {@code .kiro} or {@code ~/.kiro}
   * @param folder true for a folder of files, false for one file
   */
  public record Mapping(String kind, String amazonQ, String kiro, boolean folder) {

    public Mapping {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(amazonQ, "amazonQ");
      Objects.requireNonNull(kiro, "kiro");
    }
  }

  /** MCP servers, prompts, custom agents and rules/steering, user and workspace alike. */
  public static final List<Mapping> MAPPING =
      List.of(
          new Mapping("MCP servers", "mcp.json", "settings/mcp.json", false),
          new Mapping("prompts", "prompts", "prompts", true),
          new Mapping("custom agents", "cli-agents", "agents", true),
          new Mapping("rules", "rules", "steering", true));

  private AmazonQFolders() {}

  /**
   * The project's {@code .amazonq} folder when Kiro CLI reads it: it is a folder and the root has
   * no {@code .kiro} (docs L10922).
   */
  public static Optional<Path> projectFolder(WorkspaceRoot root) {
    Objects.requireNonNull(root, "root");
    Path legacy = root.path().resolve(PROJECT_FOLDER);
    if (!Files.isDirectory(legacy) || Files.exists(root.kiroDir(), LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    return Optional.of(legacy);
  }

  /** True when the root has both folders, so {@code .amazonq} is not read (docs L10959). */
  public static boolean shadowed(WorkspaceRoot root) {
    Objects.requireNonNull(root, "root");
    return Files.isDirectory(root.path().resolve(PROJECT_FOLDER))
        && Files.exists(root.kiroDir(), LinkOption.NOFOLLOW_LINKS);
  }

  /** The user's legacy folder, {@code ~/.aws/amazonq} (never read; {@code migrate} copies it). */
  public static Path userFolder(Workspace workspace) {
    return workspace.userHome().resolve(".aws").resolve("amazonq");
  }
}
