package com.example.consumer;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.PermissionEngine;
import io.kiro4j.core.permission.SessionTrust;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.mcp.group.ServerLaunch;
import io.kiro4j.mcp.kiro.KiroMcp;
import io.kiro4j.skills.Skills;
import io.kiro4j.skills.skill.PropertiesResult;
import io.kiro4j.specs.Spec;
import io.kiro4j.specs.Specs;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uses every library module on the sample workspace; exits 1 when something is not as expected.
 * Arguments: the sample workspace, the sample home.
 */
public final class Main {

  public static void main(String[] args) {
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(Path.of(args[0]))
                .userHome(Path.of(args[1]))
                .build());

    AgentSet agents = AgentSet.load(ws);
    Agent guard = agents.find("guard").orElseThrow();
    check(agents.agents().size() >= 3, "agents: " + agents.agents().size());

    PermissionEngine engine =
        PermissionEngine.of(guard, ws, ws.primaryRoot().path(), SessionTrust.none());
    PermissionDecision decision =
        engine.evaluate(
            "shell", JsonMapper.builder().build().readTree("{\"command\": \"git status\"}"));
    check(decision.label().equals("allow"), "shell git status: " + decision.label());

    PropertiesResult skill =
        Skills.readProperties(ws.primaryRoot().path().resolve(".kiro/skills/code-review"));
    check(
        skill instanceof PropertiesResult.Read r && r.properties().name().equals("code-review"),
        "SKILL.md: " + skill);

    Spec spec = Specs.load(ws.primaryRoot().path().resolve(".kiro/specs/berth-booking"));
    int requirements = spec.allRequirements().size();
    check(requirements > 0, "requirements: " + requirements);

    McpConfig mcp = McpConfig.of(ws, guard);
    ServerLaunch launch = KiroMcp.launch(mcp, mcp.server("fetch").orElseThrow());

    System.out.println(
        "kiro4j "
            + Kiro.version()
            + ": "
            + agents.agents().size()
            + " agents; guard may run 'git status': "
            + decision.label()
            + "; skill "
            + ((PropertiesResult.Read) skill).properties().name()
            + "; spec "
            + spec.name()
            + " with "
            + requirements
            + " requirements; mcp launch "
            + launch.name()
            + "; on the "
            + (Main.class.getModule().isNamed() ? "module path" : "class path"));
  }

  private static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("consumer: unexpected " + what);
      System.exit(1);
    }
  }
}
