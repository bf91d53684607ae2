package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.edit.ConfigEditCode;
import io.kiro4j.core.edit.EditOutcome;
import io.kiro4j.core.edit.McpServersEditor;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kiro4j mcp add | remove | enable | disable | import}: edit {@code mcp.json} as {@code
 * kiro-cli mcp} does (docs L4893–5000), losslessly and atomically.
 */
final class McpEditCommands {

  private McpEditCommands() {}

  /** The options every editing subcommand shares. */
  static final class Target {
    @Mixin WorkspaceOptionsMixin options;

    @Option(
        names = "--scope",
        paramLabel = "SCOPE",
        defaultValue = "global",
        description =
            "workspace (<root>/.kiro/settings/mcp.json) or global (~/.kiro/settings/mcp.json,"
                + " the default, as kiro-cli).")
    String scope;

    Workspace open() {
      return options.open(List.of(), null);
    }
  }

  /** {@code kiro4j mcp add --name NAME (--command CMD | --url URL) ...}. */
  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      description = {
        "Add an MCP server to mcp.json: --command \"CMD ARGS...\" (split into command and args as a"
            + " shell splits words, nothing expanded) or --url URL. Refused if the name exists"
            + " (unless --force) or the entry would be invalid; the file is then untouched."
      })
  static final class Add implements Callable<Integer> {
    @Mixin Target target;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Server name.")
    String name;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Transport transport;

    static final class Transport {
      @Option(names = "--command", paramLabel = "\"CMD ARGS...\"", description = "Local server.")
      String command;

      @Option(names = "--url", paramLabel = "URL", description = "Remote server.")
      String url;
    }

    @Option(
        names = "--env",
        paramLabel = "K=V[,K2=V2...]",
        split = ",",
        description = "Environment variables of a local server.")
    List<String> env = new ArrayList<>();

    @Option(names = "--header", paramLabel = "K=V", description = "An HTTP header; repeatable.")
    List<String> headers = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "MS", description = "Request timeout (ms).")
    Long timeout;

    @Option(names = "--force", description = "Replace a server of the same name.")
    boolean force;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Workspace ws = target.open();
      Scope scope = EditOutput.scope(target.scope);
      McpServersEditor editor = McpServersEditor.of(ws);
      ObjectNode entry;
      if (transport.command != null) {
        if (!headers.isEmpty()) {
          throw new UsageException("--header is for a --url server");
        }
        try {
          entry = McpServersEditor.localServer(transport.command, pairs("--env", env));
        } catch (IllegalArgumentException e) {
          return EditOutput.report(
              spec,
              ws,
              target.options.json,
              "mcp add " + name,
              new EditOutcome.Refused(
                  List.of(
                      Diagnostic.ofFile(
                          ConfigEditCode.INVALID_SERVER, editor.file(scope), e.getMessage()))));
        }
      } else {
        if (!env.isEmpty()) {
          throw new UsageException("--env is for a --command server");
        }
        entry = McpServersEditor.remoteServer(transport.url, pairs("--header", headers));
      }
      if (timeout != null) {
        if (timeout < 0) {
          throw new UsageException("--timeout must not be negative");
        }
        entry.put("timeout", timeout);
      }
      return EditOutput.report(
          spec, ws, target.options.json, "mcp add " + name, editor.add(name, entry, scope, force));
    }

    private static Map<String, String> pairs(String option, List<String> items) {
      Map<String, String> out = new LinkedHashMap<>();
      for (String item : items) {
        int eq = item.indexOf('=');
        if (eq <= 0) {
          throw new UsageException(option + " takes KEY=VALUE, got '" + item + "'");
        }
        out.put(item.substring(0, eq), item.substring(eq + 1));
      }
      return out;
    }
  }

  /** {@code kiro4j mcp remove --name NAME}. */
  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      description = "Remove an MCP server from mcp.json (refused if it is not there).")
  static final class Remove implements Callable<Integer> {
    @Mixin Target target;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Server name.")
    String name;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Workspace ws = target.open();
      return EditOutput.report(
          spec,
          ws,
          target.options.json,
          "mcp remove " + name,
          McpServersEditor.of(ws).remove(name, EditOutput.scope(target.scope)));
    }
  }

  /** {@code kiro4j mcp enable --name NAME}. */
  @Command(
      name = "enable",
      mixinStandardHelpOptions = true,
      description = "Set an MCP server's \"disabled\" to false.")
  static final class Enable implements Callable<Integer> {
    @Mixin Target target;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Server name.")
    String name;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return toggle(spec, target, name, false);
    }
  }

  /** {@code kiro4j mcp disable --name NAME}. */
  @Command(
      name = "disable",
      mixinStandardHelpOptions = true,
      description = "Set an MCP server's \"disabled\" to true (kept in the file, not started).")
  static final class Disable implements Callable<Integer> {
    @Mixin Target target;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Server name.")
    String name;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      return toggle(spec, target, name, true);
    }
  }

  private static int toggle(CommandSpec spec, Target target, String name, boolean disabled) {
    Workspace ws = target.open();
    return EditOutput.report(
        spec,
        ws,
        target.options.json,
        "mcp " + (disabled ? "disable " : "enable ") + name,
        McpServersEditor.of(ws).setDisabled(name, EditOutput.scope(target.scope), disabled));
  }

  /** {@code kiro4j mcp import FILE}. */
  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Copy every server of another tool's MCP JSON (its mcpServers, as Claude Desktop, Cursor"
            + " or Kiro write it, or VS Code's servers) into mcp.json; all or nothing. A server"
            + " name already there with another entry is refused unless --force."
      })
  static final class Import implements Callable<Integer> {
    @Mixin Target target;

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON file to import.")
    Path file;

    @Option(names = "--force", description = "Replace servers of the same name.")
    boolean force;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Workspace ws = target.open();
      return EditOutput.report(
          spec,
          ws,
          target.options.json,
          "mcp import " + file,
          McpServersEditor.of(ws)
              .importFrom(file.toAbsolutePath(), EditOutput.scope(target.scope), force));
    }
  }
}
