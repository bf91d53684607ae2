package io.kiro4j.examples.cli;

import static io.kiro4j.examples.cli.Kiro4jCliTest.run;
import static io.kiro4j.examples.cli.Kiro4jCliTest.withSample;
import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.examples.cli.Kiro4jCliTest.Run;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code kiro4j context} on the bundled sample workspace. */
class ContextCommandTest {

  private static final Path SAMPLE = Path.of("sample-workspace").toAbsolutePath();

  private static List<String> items(JsonNode doc) {
    List<String> out = new ArrayList<>();
    doc.get("items")
        .forEach(i -> out.add(i.get("kind").asString() + " " + i.get("source").asString()));
    return out;
  }

  @Test
  void jsonListsTheItemsInOrderWithReasonsTokensAndText() {
    Run r =
        run(
            withSample(
                "context",
                "--json",
                "--file",
                SAMPLE.resolve("components/ui/Button.tsx").toString(),
                "--prompt",
                "add a database migration",
                "--ref",
                "spec:berth-booking"));
    assertThat(r.exit()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("schema").asInt()).isEqualTo(1);
    assertThat(doc.get("agent").asString()).isEqualTo("kiro_default");
    assertThat(items(doc))
        .startsWith(
            "agents-md ~/.kiro/steering/AGENTS.md", "steering ~/.kiro/steering/accessibility.md")
        .contains(
            "steering .kiro/steering/react-components.md",
            "power ~/.kiro/powers/harbor-db/POWER.md",
            "skill-metadata <available_skills>")
        .endsWith(
            "spec .kiro/specs/berth-booking/requirements.md",
            "spec .kiro/specs/berth-booking/design.md",
            "spec .kiro/specs/berth-booking/tasks.md");
    JsonNode first = doc.get("items").get(0);
    assertThat(first.get("reason").asString()).isEqualTo("agents-md (docs L1099–1103)");
    assertThat(first.get("tokens").asInt()).isPositive();
    assertThat(first.get("text").asString()).contains("Personal agent preferences");
    assertThat(first.get("root").isNull()).isTrue();
    assertThat(doc.get("dropped").size()).isZero();
    List<String> servers = new ArrayList<>();
    doc.get("activeServers").forEach(s -> servers.add(s.get("name").asString()));
    assertThat(servers).contains("power-harbor-db-postgres");
  }

  @Test
  void anInactivePowersServerIsNotActive() {
    JsonNode doc = run(withSample("context", "--json", "--prompt", "rename a variable")).json();
    assertThat(doc.get("activeServers").toString()).doesNotContain("power-harbor-db");
  }

  @Test
  void cliModeLoadsTheDefaultAgentsResourcesAndSessionFiles() {
    Run r =
        run(withSample("context", "--json", "--mode", "cli", "--session", "src/server/berths.ts"));
    assertThat(r.exit()).isZero();
    JsonNode doc = r.json();
    // ~/.kiro/settings/cli.json makes berth-planner the default agent.
    assertThat(doc.get("agent").asString()).isEqualTo("berth-planner");
    assertThat(items(doc))
        .startsWith("agent-prompt .kiro/agents/prompts/berth-planner.md", "resource AGENTS.md")
        .endsWith("session src/server/berths.ts");
  }

  @Test
  void aSmallContextWindowDropsFilesWithTheirReason() {
    Run r = run(withSample("context", "--json", "--context-window", "200"));
    assertThat(r.exit()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("contextFileTokens").asInt()).isLessThanOrEqualTo(150);
    assertThat(doc.get("dropped").size()).isPositive();
    JsonNode d = doc.get("dropped").get(0);
    assertThat(d.get("reason").asString()).contains("over the context file budget");
    assertThat(d.get("tokens").asInt()).isPositive();
    assertThat(doc.get("diagnostics").toString()).contains("CONTEXT-008");
  }

  @Test
  void anUnknownAgentExitsOneAndUsageErrorsExitTwo() {
    assertThat(run(withSample("context", "--agent", "ghost")).exit()).isEqualTo(1);
    assertThat(run(withSample("context", "--mode", "web")).exit()).isEqualTo(2);
    assertThat(run(withSample("context", "--context-window", "0")).exit()).isEqualTo(2);
    assertThat(run(withSample("context", "--ref", "#")).exit()).isEqualTo(2);
  }

  @Test
  void textOutputIsLikeContextShow() {
    Run r = run(withSample("context", "--slash", "troubleshooting-guide"));
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .startsWith("Context (ide, agent kiro_default): context files ")
        .contains("Items (")
        .contains("slash command /troubleshooting-guide (docs L19208–19222)")
        .contains("Dropped (0):")
        .contains("Active MCP servers (");
  }
}
