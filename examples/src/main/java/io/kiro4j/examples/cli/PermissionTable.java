package io.kiro4j.examples.cli;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.workspace.Workspace;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The short decision table {@code inspect} prints for the sample's {@code guard} agent. */
final class PermissionTable {

  static final String AGENT = "guard";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final List<String[]> CALLS =
      List.of(
          new String[] {"shell", "{\"command\":\"cd app && npm test\"}"},
          new String[] {"shell", "{\"command\":\"cd app && git push --force\"}"},
          new String[] {"shell", "{\"command\":\"ls -la | head\"}"},
          new String[] {"shell", "{\"command\":\"make deploy\"}"},
          new String[] {"shell", "{\"command\":\"git status > status.txt\"}"},
          new String[] {"shell", "{\"command\":\"find . -{de,}lete\"}"},
          new String[] {"read", "{\"operations\":[{\"mode\":\"Line\",\"path\":\"README.md\"}]}"},
          new String[] {"read", "{\"operations\":[{\"mode\":\"Line\",\"path\":\"secrets/key\"}]}"},
          new String[] {"write", "{\"command\":\"create\",\"path\":\"src/app.ts\"}"},
          new String[] {"write", "{\"command\":\"create\",\"path\":\"src/generated/x.ts\"}"},
          new String[] {
            "aws", "{\"service_name\":\"ec2\",\"operation_name\":\"describe-instances\"}"
          },
          new String[] {"aws", "{\"service_name\":\"iam\",\"operation_name\":\"list-users\"}"},
          new String[] {"web_fetch", "{\"url\":\"https://pastebin.com/x\"}"},
          new String[] {"@fetch/fetch_page", "{}"},
          new String[] {"@fetch/fetch_raw", "{}"},
          new String[] {"knowledge", "{}"});

  private PermissionTable() {}

  static Optional<PermissionEngine> engine(Workspace ws) {
    Optional<Agent> agent = AgentSet.of(ws).find(AGENT);
    return agent.map(a -> PermissionEngine.of(a, ws, ws.primaryRoot().path(), SessionTrust.none()));
  }

  static void text(Workspace ws, PrintWriter out) {
    Optional<PermissionEngine> engine = engine(ws);
    if (engine.isEmpty()) {
      return;
    }
    out.println("Permissions (agent '" + AGENT + "', sample calls):");
    for (String[] call : CALLS) {
      PermissionDecision d = engine.get().evaluate(call[0], MAPPER.readTree(call[1]));
      out.printf(
          "  %-5s %-18s %-60s [%s]%n", d.label(), call[0], call[1], d.reasons().get(0).code());
    }
    out.println();
  }

  static ObjectNode json(Workspace ws) {
    ObjectNode section = JsonOutput.object();
    Optional<PermissionEngine> engine = engine(ws);
    section.put("agent", engine.isPresent() ? AGENT : null);
    ArrayNode rows = section.putArray("decisions");
    engine.ifPresent(
        e -> {
          for (String[] call : CALLS) {
            PermissionDecision d = e.evaluate(call[0], MAPPER.readTree(call[1]));
            ObjectNode row = rows.addObject();
            row.put("tool", call[0]);
            row.set("input", MAPPER.readTree(call[1]));
            row.put("decision", d.label());
            row.set("reasons", CheckCommand.reasons(d));
          }
        });
    return section;
  }
}
