package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.RuleOrigin;
import io.kiro4j.core.permission.TerminalMode;
import io.kiro4j.core.permission.TerminalTrust;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j check}: the permission decision for a tool call or an IDE terminal command. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Decide a tool call (allow / ask / deny) with the rules that decided it. --terminal COMMAND"
          + " decides an IDE terminal command from kiroAgent.trustedCommands and"
          + " kiroAgent.commandDenylist (user settings ~/.config/Kiro/User/settings.json, or the"
          + " macOS / Windows equivalent, and each root's .vscode/settings.json) plus --trusted and"
          + " --denied."
    })
final class CheckCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--terminal", paramLabel = "COMMAND", description = "An IDE terminal command.")
  String terminal;

  @Option(
      names = "--trusted",
      paramLabel = "PATTERN",
      description = "A trusted command pattern added to the settings (repeatable).")
  List<String> trusted = new ArrayList<>();

  @Option(
      names = "--denied",
      paramLabel = "PATTERN",
      description = "A denylist entry added to the settings (repeatable).")
  List<String> denied = new ArrayList<>();

  @Option(
      names = "--mode",
      paramLabel = "MODE",
      description = "kiro (default: as the docs' tables) or strict (every simple command).")
  String mode = "kiro";

  @Option(names = "--tool", paramLabel = "TOOL", description = "A tool name (needs agent configs).")
  String tool;

  @Option(names = "--batch", paramLabel = "FILE", description = "A JSON Lines file of calls.")
  String batch;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (terminal == null) {
      throw new UsageException(
          tool != null || batch != null
              ? "check --tool / --batch need the agent configuration model, not yet wired in"
              : "one of --terminal, --tool or --batch is required");
    }
    TerminalMode m;
    try {
      m = TerminalMode.valueOf(mode.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UsageException("--mode must be kiro or strict, not " + mode);
    }
    Workspace ws = options.open(List.of(), null);
    TerminalTrust.Builder b = TerminalTrust.fromSettings(ws, m);
    for (int i = 0; i < trusted.size(); i++) {
      b.trusted(trusted.get(i), new RuleOrigin("--trusted", String.valueOf(i)));
    }
    for (int i = 0; i < denied.size(); i++) {
      b.denied(denied.get(i), new RuleOrigin("--denied", String.valueOf(i)));
    }
    TerminalTrust trust = b.build();
    PermissionDecision d = trust.evaluate(terminal);
    PrintWriter out = spec.commandLine().getOut();
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("decision", d.label());
      doc.set("reasons", reasons(d));
      doc.put("mode", m.name().toLowerCase(Locale.ROOT));
      ArrayNode files = doc.putArray("settingsFiles");
      trust.settingsFiles().forEach(f -> files.add(ws.displayPath(f).toString()));
      doc.set("diagnostics", JsonOutput.diagnostics(ws, trust.diagnostics()));
      out.println(JsonOutput.write(doc));
    } else {
      out.println(d.label());
      for (Reason r : d.reasons()) {
        out.println("  " + r);
      }
      for (Diagnostic diag : JsonOutput.sorted(ws, trust.diagnostics())) {
        out.println("  " + JsonOutput.line(ws, diag));
      }
    }
    out.flush();
    return Kiro4jCli.OK;
  }

  /** Reasons as the contract shapes them: {@code {"code", "message", "source", "pointer"}}. */
  static ArrayNode reasons(PermissionDecision d) {
    ArrayNode array = JsonOutput.array();
    for (Reason r : d.reasons()) {
      ObjectNode n = array.addObject();
      n.put("code", r.code());
      n.put("message", r.message());
      if (r.origin().isPresent()) {
        n.put("source", r.origin().get().source());
        n.put("pointer", r.origin().get().pointer());
      } else {
        n.putNull("source");
        n.putNull("pointer");
      }
    }
    return array;
  }
}
