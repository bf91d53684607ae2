package io.kiro4j.core.hook;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentHooksTest {

  @TempDir Path tmp;

  private Agent agent(String json) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("p"));
    Path file = Files.createDirectories(root.resolve(".kiro/agents")).resolve("dev.json");
    Files.writeString(file, json);
    return AgentSet.load(
            Kiro.open(
                WorkspaceOptions.builder()
                    .root(root)
                    .userHome(tmp.resolve("home"))
                    .environment(Environment.empty())
                    .build()))
        .find("dev")
        .orElseThrow();
  }

  @Test
  void documentedDefaultsApplyToAgentHookEntries() throws IOException {
    AgentHooks hooks =
        AgentHooks.of(
            agent(
                "{\"name\":\"dev\",\"hooks\":{\"stop\":[{\"command\":\"a\"}],"
                    + "\"preToolUse\":[{\"command\":\"b\",\"matcher\":\"fs_write\","
                    + "\"timeout_ms\":500,\"cache_ttl_seconds\":9,\"max_output_size\":7}]}}"));
    assertThat(hooks.hooks())
        .extracting(AgentHookRef::name)
        .containsExactly("dev:preToolUse[0]", "dev:stop[0]");
    AgentHookRef stop = hooks.hooks().get(1);
    assertThat(stop.timeout()).isEqualTo(Duration.ofMillis(30_000));
    assertThat(stop.cacheTtl()).isEqualTo(Duration.ZERO);
    assertThat(stop.maxOutputSize()).isEqualTo(10_240);
    AgentHookRef pre = hooks.hooks().get(0);
    assertThat(pre.timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(pre.cacheTtl()).isEqualTo(Duration.ofSeconds(9));
    assertThat(pre.maxOutputSize()).isEqualTo(7);
  }

  @Test
  void matcherUsesTheAgentModelsToolNamesBothWays() throws IOException {
    AgentHooks hooks =
        AgentHooks.of(
            agent(
                "{\"name\":\"dev\",\"hooks\":{\"preToolUse\":["
                    + "{\"command\":\"a\",\"matcher\":\"fs_write\"},"
                    + "{\"command\":\"b\",\"matcher\":\"write\"}]}}"));
    for (String tool : List.of("write", "fs_write")) {
      assertThat(hooks.match(new HookEvent.PreToolUse(ToolUse.named(tool)))).as(tool).hasSize(2);
    }
    assertThat(hooks.match(new HookEvent.PreToolUse(ToolUse.named("read")))).isEmpty();
    assertThat(AgentHooks.toolNames("execute_bash")).startsWith("shell");
    assertThat(hooks.match(new HookEvent.UserTriggered(Optional.empty()))).isEmpty();
  }
}
