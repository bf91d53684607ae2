package io.kiro4j.examples.cli;

import io.kiro4j.core.edit.HookToggle;
import io.kiro4j.core.workspace.Workspace;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code kiro4j hooks enable | disable --name NAME}: an IDE hook's {@code enabled}, as the eye icon
 * of Kiro's hooks panel switches it (docs L872–877).
 */
final class HooksToggleCommands {

  private HooksToggleCommands() {}

  /** {@code kiro4j hooks enable --name NAME}. */
  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description =
          "Set \"enabled\": true in the first root's .kiro/hooks/NAME.kiro.hook (or the hook"
              + " whose name is NAME).")
  static final class Enable implements Callable<Integer> {
    @Mixin WorkspaceOptionsMixin options;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The hook.")
    String name;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return toggle(spec, options, name, true);
    }
  }

  /** {@code kiro4j hooks disable --name NAME}. */
  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description =
          "Set \"enabled\": false in the first root's .kiro/hooks/NAME.kiro.hook: the hook stays,"
              + " it no longer runs.")
  static final class Disable implements Callable<Integer> {
    @Mixin WorkspaceOptionsMixin options;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The hook.")
    String name;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return toggle(spec, options, name, false);
    }
  }

  private static int toggle(
      CommandSpec spec, WorkspaceOptionsMixin options, String name, boolean enabled) {
    Workspace ws = options.open(List.of(), null);
    return EditOutput.report(
        spec,
        ws,
        options.json,
        "hooks " + (enabled ? "enable " : "disable ") + name,
        HookToggle.of(ws).setEnabled(ws.primaryRoot(), name, enabled));
  }
}
