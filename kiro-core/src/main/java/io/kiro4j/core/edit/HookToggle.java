package io.kiro4j.core.edit;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.json.edit.JsonEdit;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import io.kiro4j.core.write.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.node.BooleanNode;

/**
 * Switches an IDE hook on or off without deleting it, as the eye icon in Kiro's Agent Hooks panel
 * does (docs L872–877): sets {@code "enabled"} in {@code .kiro/hooks/NAME.kiro.hook}. The hook is
 * found by file name ({@code NAME.kiro.hook}) or, failing that, by its {@code name} member. A hook
 * without {@code enabled} is on, as Kiro reads it.
 *
 * <pre>{@code
 * EditOutcome off = HookToggle.of(workspace).setEnabled(workspace.primaryRoot(), "lint-on-save", false);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class HookToggle {

  private static final String SUFFIX = ".kiro.hook";

  private final AtomicFileWriter writer;

  private HookToggle(AtomicFileWriter writer) {
    this.writer = Objects.requireNonNull(writer, "writer");
  }

  /** A toggle writing with {@link AtomicFileWriter#defaults()}. */
  public static HookToggle of(Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    return new HookToggle(AtomicFileWriter.defaults());
  }

  /** The same toggle writing with {@code writer}. */
  public HookToggle withWriter(AtomicFileWriter writer) {
    return new HookToggle(writer);
  }

  /** Sets hook {@code name}'s {@code enabled} in {@code root} ({@code CONF-007} if not found). */
  public EditOutcome setEnabled(WorkspaceRoot root, String name, boolean enabled) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(name, "name");
    Path hooks = root.kiroDir().resolve("hooks");
    Optional<Path> file = find(hooks, name);
    if (file.isEmpty()) {
      return new EditOutcome.Refused(
          List.of(
              Diagnostic.ofFile(
                  ConfigEditCode.NO_SUCH_HOOK,
                  hooks,
                  "no hook named '"
                      + name
                      + "' (no "
                      + name
                      + SUFFIX
                      + ", no hook with that name)")));
    }
    return ConfigFile.edit(
        file.get(),
        writer,
        current ->
            current.root().path("enabled").asBoolean(true) == enabled
                ? ConfigFile.Decision.nothing(
                    "'" + name + "' is already " + (enabled ? "enabled" : "disabled"))
                : ConfigFile.Decision.edits(
                    List.of(JsonEdit.set(List.of("enabled"), BooleanNode.valueOf(enabled)))),
        edited -> List.of());
  }

  private static Optional<Path> find(Path hooks, String name) {
    if (name.contains("/") || name.contains("\\") || name.startsWith(".")) {
      return Optional.empty();
    }
    Path direct = hooks.resolve(name + SUFFIX);
    if (TextFile.isPresent(direct)) {
      return Optional.of(direct);
    }
    if (!Files.isDirectory(hooks)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(hooks, "*" + SUFFIX)) {
      for (Path file : files) {
        Optional<TextFile> text = TextFile.read(file, new io.kiro4j.core.diagnostic.Diagnostics());
        if (text.isPresent()
            && io.kiro4j.core.internal.json.JsonLoader.lenient()
                .parse(text.get().text(), file)
                .document()
                .map(d -> d.root().path("name").asString("").equals(name))
                .orElse(false)) {
          return Optional.of(file);
        }
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }
}
