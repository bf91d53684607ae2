package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.json.JsonValues;
import io.kiro4j.core.mcp.InstallLink;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j mcp link}: make or read a one-click MCP install link. */
@Command(
    name = "link",
    mixinStandardHelpOptions = true,
    description = {
      "Kiro's one-click MCP install links (docs L2227-2360).",
      "With --name and --config: prints the link, as the docs' JavaScript helper makes it.",
      "With a LINK: prints the server name and entry it would install, checked like an mcp.json"
          + " entry (exit 1 when the link is refused or the entry has an error)."
    })
final class McpLinkCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Parameters(arity = "0..1", paramLabel = "LINK", description = "A link to read.")
  String link;

  @Option(names = "--name", paramLabel = "NAME", description = "The server's name.")
  String name;

  @Option(names = "--config", paramLabel = "JSON", description = "The server's mcp.json entry.")
  String config;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if ((link == null) == (name == null || config == null)
        || (link != null && (name != null || config != null))) {
      throw new UsageException("give either a LINK to read, or --name and --config to make one");
    }
    PrintWriter out = HumanOutput.out(spec);
    if (link == null) {
      String made;
      try {
        made = InstallLink.of(name, config).toUri();
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
      if (options.json) {
        ObjectNode doc = JsonOutput.document();
        doc.put("link", made);
        JsonOutput.print(out, doc);
      } else {
        out.println(made);
      }
      out.flush();
      return Kiro4jCli.OK;
    }
    Workspace ws = options.open(List.of(), null);
    InstallLink.Decoded decoded = InstallLink.decode(link);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      if (decoded instanceof InstallLink.Decoded.Valid v) {
        doc.put("name", v.link().name());
        doc.set("config", JsonValues.parse(v.link().config()));
      } else {
        doc.putNull("name");
        doc.putNull("config");
      }
      doc.set("diagnostics", JsonOutput.diagnostics(ws, decoded.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      if (decoded instanceof InstallLink.Decoded.Valid v) {
        out.println("name:   " + v.link().name());
        out.println("config: " + v.link().config());
      } else {
        out.println("not an install link Kiro would use:");
      }
      decoded.diagnostics().forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
    }
    out.flush();
    return decoded instanceof InstallLink.Decoded.Invalid
            || Diagnostics.anyError(decoded.diagnostics())
        ? Kiro4jCli.ERRORS
        : Kiro4jCli.OK;
  }
}
