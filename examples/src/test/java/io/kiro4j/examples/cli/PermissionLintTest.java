package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * PERM- diagnostics of every agent's permission rules appear in {@code lint} and {@code inspect}.
 */
class PermissionLintTest {

  static Path workspace(Path tmp) throws IOException {
    Path ws = tmp.resolve("ws");
    Files.createDirectories(ws.resolve(".kiro/agents"));
    Files.createDirectories(ws.resolve(".kiro/settings"));
    Files.writeString(
        ws.resolve(".kiro/agents/ops.json"),
        """
        {
          "name": "ops",
          "tools": ["shell", "@git"],
          "includeMcpJson": true,
          "toolsSettings": {
            "shell": {
              "allowedCommands": ["(?=x)ls"],
              "deniedCommands": ["rm (.*"]
            }
          }
        }
        """);
    Files.writeString(
        ws.resolve(".kiro/agents/docs.json"),
        """
        {
          "name": "docs",
          "tools": ["web_fetch"],
          "toolsSettings": {"web_fetch": {"blocked": ["[unclosed"]}}
        }
        """);
    Files.writeString(
        ws.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\": {\"git\": {\"command\": \"git-mcp\","
            + " \"autoApprove\": [\"@git/git_status\", \"git_*\"]}}}");
    return ws;
  }

  @Test
  void lintReportsPermissionRuleProblemsOfEveryAgentAtTheRule(@TempDir Path tmp)
      throws IOException {
    Path ws = workspace(tmp);
    Kiro4jCliTest.Run r =
        Kiro4jCliTest.run("lint", ws.toString(), "--user-home", tmp.toString(), "--verbose");
    assertThat(r.exit()).isEqualTo(1);
    // Each at the rule itself: the agent file's value, or the mcp.json server entry.
    assertThat(
            r.out().lines().filter(l -> l.contains(" PERM-")).map(l -> l.split(": '|: invalid")[0]))
        .containsExactlyInAnyOrder(
            ".kiro/agents/docs.json:4:47: error PERM-001 /toolsSettings/web_fetch/blocked/0",
            ".kiro/agents/ops.json:7:27: warning PERM-002 /toolsSettings/shell/allowedCommands/0",
            ".kiro/agents/ops.json:8:26: error PERM-001 /toolsSettings/shell/deniedCommands/0",
            ".kiro/settings/mcp.json:1:17: info PERM-009 /mcpServers/git/autoApprove/0",
            ".kiro/settings/mcp.json:1:17: warning PERM-010 /mcpServers/git/autoApprove/1");
  }

  @Test
  void aBareStarInAllowedToolsIsReportedOnceAsTheConfigProblem(@TempDir Path tmp)
      throws IOException {
    Path ws = tmp.resolve("ws");
    Files.createDirectories(ws.resolve(".kiro/agents"));
    Files.writeString(
        ws.resolve(".kiro/agents/star.json"),
        "{\"name\": \"star\", \"tools\": [\"*\"], \"allowedTools\": [\"*\"]}");
    Kiro4jCliTest.Run r = Kiro4jCliTest.run("lint", ws.toString(), "--user-home", tmp.toString());
    assertThat(r.out()).contains("AGENT-006").doesNotContain("PERM-003");
  }

  @Test
  void inspectJsonListsPermissionDiagnostics(@TempDir Path tmp) throws IOException {
    Path ws = workspace(tmp);
    Kiro4jCliTest.Run r =
        Kiro4jCliTest.run("inspect", ws.toString(), "--user-home", tmp.toString(), "--json");
    List<String> codes = new ArrayList<>();
    for (JsonNode d : r.json().get("diagnostics")) {
      codes.add(d.get("code").asString());
    }
    assertThat(codes).contains("PERM-001", "PERM-002", "PERM-009", "PERM-010");
    Kiro4jCliTest.Run text =
        Kiro4jCliTest.run("inspect", ws.toString(), "--user-home", tmp.toString());
    assertThat(text.out()).contains("error PERM-001 /toolsSettings/shell/deniedCommands/0");
  }
}
