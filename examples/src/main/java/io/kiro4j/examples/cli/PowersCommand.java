package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.skills.power.Power;
import io.kiro4j.skills.power.PowerMatch;
import io.kiro4j.skills.power.PowerServer;
import io.kiro4j.skills.power.PowerSet;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j powers [--prompt TEXT]}: the installed powers and which a prompt activates. */
@Command(
    name = "powers",
    mixinStandardHelpOptions = true,
    description = {
      "List installed powers (~/.kiro/powers/<name>/POWER.md and .kiro/powers/<name>/POWER.md)"
          + " with their keywords, MCP servers (installed names) and steering; with --prompt,"
          + " which powers the prompt activates (keywords as whole words, ignoring case).",
      "JSON: {schema, prompt, powers:[{name, displayName, description, keywords, author,"
          + " version, path, root, scope, mcpServers:[{name, installedName}], steering:[...],"
          + " onboardingHooks:[...], active, matchedKeywords:[...]}], active:[names],"
          + " diagnostics}."
    })
final class PowersCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--prompt", paramLabel = "TEXT", description = "A user prompt to match.")
  String prompt;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    PowerSet set = PowerSet.of(ws);
    Map<Power, List<String>> matched = new HashMap<>();
    if (prompt != null) {
      for (PowerMatch m : set.activate(prompt)) {
        matched.put(m.power(), m.matchedKeywords());
      }
    }
    PrintWriter out = HumanOutput.out(spec);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      if (prompt == null) {
        doc.putNull("prompt");
      } else {
        doc.put("prompt", prompt);
      }
      ArrayNode arr = doc.putArray("powers");
      ArrayNode active = JsonOutput.array();
      for (Power p : set.powers()) {
        arr.add(power(ws, p, matched.containsKey(p), matched.getOrDefault(p, List.of())));
        if (matched.containsKey(p)) {
          active.add(p.name());
        }
      }
      doc.set("active", active);
      doc.set("diagnostics", JsonOutput.diagnostics(ws, set.diagnostics()));
      JsonOutput.print(out, doc);
    } else {
      out.println("Powers (" + set.powers().size() + "):");
      for (Power p : set.powers()) {
        out.printf(
            "  %s%-9s %-24s %s  keywords: %s%n",
            matched.containsKey(p) ? "* " : "  ",
            p.scope().label(),
            p.name(),
            ws.displayPath(p.file()),
            String.join(", ", p.keywords()));
      }
      if (prompt != null) {
        out.println("Activated by the prompt (" + matched.size() + "):");
        for (Power p : set.powers()) {
          if (matched.containsKey(p)) {
            out.println("  " + p.name() + "  [" + String.join(", ", matched.get(p)) + "]");
          }
        }
      }
      if (!set.diagnostics().isEmpty()) {
        out.println("Diagnostics (" + set.diagnostics().size() + "):");
        JsonOutput.sorted(ws, set.diagnostics())
            .forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
      }
    }
    out.flush();
    return Diagnostics.anyError(set.diagnostics()) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  /** One power in the contract's JSON shape. */
  static ObjectNode power(Workspace ws, Power p, boolean active, List<String> matchedKeywords) {
    ObjectNode n = JsonOutput.object();
    n.put("name", p.name());
    n.put("displayName", p.displayName().orElse(null));
    n.put("description", p.description());
    ArrayNode kw = n.putArray("keywords");
    p.keywords().forEach(kw::add);
    n.put("author", p.author().orElse(null));
    n.put("version", p.version().orElse(null));
    JsonOutput.putPath(n, ws, p.file());
    n.put("scope", p.scope().label());
    ArrayNode servers = n.putArray("mcpServers");
    for (PowerServer s : p.mcpServers()) {
      servers.addObject().put("name", s.name()).put("installedName", s.installedName());
    }
    ArrayNode steering = n.putArray("steering");
    p.steering().forEach(f -> steering.add(Workspace.slashes(p.directory().relativize(f.path()))));
    ArrayNode hooks = n.putArray("onboardingHooks");
    p.onboardingHooks().forEach(hooks::add);
    n.put("active", active);
    ArrayNode mk = n.putArray("matchedKeywords");
    matchedKeywords.forEach(mk::add);
    return n;
  }
}
