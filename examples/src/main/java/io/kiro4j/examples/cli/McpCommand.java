package io.kiro4j.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code kiro4j mcp}: MCP server configuration (and, later, live servers). */
@Command(
    name = "mcp",
    mixinStandardHelpOptions = true,
    description = "MCP servers: their effective configuration.",
    subcommands = {McpConfigCommand.class})
final class McpCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
  }
}
