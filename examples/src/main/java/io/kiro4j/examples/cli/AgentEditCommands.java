package io.kiro4j.examples.cli;

import io.kiro4j.core.edit.AgentEditor;
import io.kiro4j.core.workspace.Workspace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kiro4j agent create | edit | set-default}: write agent configs as {@code kiro-cli agent}
 * does (docs L4439–4470, L12814–12858); {@code edit} takes the changes as options instead of
 * opening an editor.
 */
final class AgentEditCommands {

  private AgentEditCommands() {}

  /** {@code kiro4j agent create NAME [--from NAME]}. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description = {
        "Create .kiro/agents/NAME.json (workspace) or ~/.kiro/agents/NAME.json (global, the"
            + " default): a valid skeleton with the $schema reference, or a copy of --from's file"
            + " with its name changed. Refused if the agent file exists."
      })
  static final class Create implements Callable<Integer> {
    @Mixin McpEditCommands.Target target;

    @Parameters(index = "0", paramLabel = "NAME", description = "The new agent's name.")
    String name;

    @Option(names = "--from", paramLabel = "NAME", description = "An agent to copy.")
    String from;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Workspace ws = target.open();
      return EditOutput.report(
          spec,
          ws,
          target.options.json,
          "agent create " + name,
          AgentEditor.of(ws)
              .create(name, Optional.ofNullable(from), EditOutput.scope(target.scope)));
    }
  }

  /** {@code kiro4j agent edit NAME --add-tool T ...}. */
  @Command(
      name = "edit",
      mixinStandardHelpOptions = true,
      description = {
        "Change an agent's tools, allowedTools and resources lists; every other byte of the file"
            + " stays. Refused if the result is not a valid agent."
      })
  static final class Edit implements Callable<Integer> {
    @Mixin McpEditCommands.Target target;

    @Parameters(index = "0", paramLabel = "NAME", description = "The agent's name.")
    String name;

    @Option(names = "--add-tool", paramLabel = "TOOL", description = "Add to tools; repeatable.")
    List<String> addTools = new ArrayList<>();

    @Option(names = "--remove-tool", paramLabel = "TOOL", description = "Remove from tools.")
    List<String> removeTools = new ArrayList<>();

    @Option(names = "--allow", paramLabel = "TOOL", description = "Add to allowedTools.")
    List<String> allow = new ArrayList<>();

    @Option(names = "--disallow", paramLabel = "TOOL", description = "Remove from allowedTools.")
    List<String> disallow = new ArrayList<>();

    @Option(names = "--add-resource", paramLabel = "URI", description = "Add to resources.")
    List<String> addResources = new ArrayList<>();

    @Option(names = "--remove-resource", paramLabel = "URI", description = "Remove a resource.")
    List<String> removeResources = new ArrayList<>();

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      AgentEditor.Changes changes =
          new AgentEditor.Changes(
              addTools, removeTools, allow, disallow, addResources, removeResources);
      if (changes.equals(AgentEditor.Changes.none())) {
        throw new UsageException(
            "nothing to change: give --add-tool, --remove-tool, --allow, --disallow,"
                + " --add-resource or --remove-resource");
      }
      Workspace ws = target.open();
      return EditOutput.report(
          spec,
          ws,
          target.options.json,
          "agent edit " + name,
          AgentEditor.of(ws).edit(name, EditOutput.scope(target.scope), changes));
    }
  }

  /** {@code kiro4j agent set-default NAME}. */
  @Command(
      name = "set-default",
      mixinStandardHelpOptions = true,
      description =
          "Write chat.defaultAgent in ~/.kiro/settings/cli.json (refused if no such agent).")
  static final class SetDefault implements Callable<Integer> {
    @Mixin WorkspaceOptionsMixin options;

    @Parameters(index = "0", paramLabel = "NAME", description = "The agent's name.")
    String name;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Workspace ws = options.open(List.of(), null);
      return EditOutput.report(
          spec, ws, options.json, "agent set-default " + name, AgentEditor.of(ws).setDefault(name));
    }
  }
}
