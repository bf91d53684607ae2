package io.kiro4j.core.hook;

import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One IDE hook file, {@code <root>/.kiro/hooks/*.kiro.hook} (JSON, docs L1442–1458, L22291–22342).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name {@code name}, or the file name without {@code .kiro.hook} when absent
 * @param description {@code description}
 * @param version {@code version} as a string (a number is read as its text, reference A2)
 * @param enabled {@code enabled}; absent means enabled (reference A3)
 * @param trigger {@code when.type}, spellings normalised
 * @param patterns {@code when.patterns} as written (file events; {@code !} negates), valid ones
 *     only
 * @param toolTypes {@code when.toolTypes} as written (tool events), valid ones only
 * @param action {@code then}
 * @param path the file
 * @param displayPath the file relative to its root, with {@code /}
 * @param root the root whose {@code .kiro/hooks} holds the file: file events fire only for its
 *     files (L20447)
 */
public record IdeHook(
    String name,
    Optional<String> description,
    Optional<String> version,
    boolean enabled,
    IdeTrigger trigger,
    List<String> patterns,
    List<String> toolTypes,
    HookAction action,
    Path path,
    String displayPath,
    WorkspaceRoot root)
    implements Hook {

  public IdeHook {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(trigger, "trigger");
    patterns = List.copyOf(patterns);
    toolTypes = List.copyOf(toolTypes);
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(displayPath, "displayPath");
    Objects.requireNonNull(root, "root");
  }

  @Override
  public String source() {
    return "ide";
  }

  /**
   * The slash command a manual hook is offered as ({@code /name}, L19620–19644): the name with runs
   * of white space turned into {@code -}; empty for other triggers.
   */
  public Optional<String> slashCommand() {
    if (trigger != IdeTrigger.USER_TRIGGERED) {
      return Optional.empty();
    }
    return Optional.of("/" + name.strip().replaceAll("\\s+", "-"));
  }

  /** The file name without {@code .kiro.hook}. */
  public String fileStem() {
    String file = path.getFileName().toString();
    return file.endsWith(HookSet.EXTENSION)
        ? file.substring(0, file.length() - HookSet.EXTENSION.length())
        : file;
  }
}
