package io.kiro4j.core.hook;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.agent.AgentHook;
import io.kiro4j.core.agent.HookTrigger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class AgentHookRefTest {

  /** A stand-in for the agent model's alias table, enough for these rules. */
  static final Map<String, List<String>> TABLE =
      Map.of(
          "read", List.of("read", "fs_read"),
          "fs_read", List.of("read", "fs_read"),
          "write", List.of("write", "fs_write"),
          "fs_write", List.of("write", "fs_write"),
          "shell", List.of("shell", "execute_bash"),
          "execute_bash", List.of("shell", "execute_bash"));

  static final Function<String, List<String>> NAMES = n -> TABLE.getOrDefault(n, List.of(n));

  static AgentHookRef hook(String trigger, String matcher) {
    return new AgentHookRef(
        "dev",
        0,
        new AgentHook(
            HookTrigger.byKey(trigger).orElseThrow(),
            "true",
            Optional.ofNullable(matcher),
            OptionalLong.empty(),
            OptionalLong.empty(),
            OptionalLong.empty()));
  }

  static boolean fires(String matcher, String tool) {
    return hook("preToolUse", matcher)
        .matches(new HookEvent.PreToolUse(ToolUse.named(tool)), NAMES)
        .isPresent();
  }

  @Test
  void nameIsAgentTriggerAndIndex() {
    assertThat(hook("stop", null).name()).isEqualTo("dev:stop[0]");
  }

  @Test
  void noMatcherAndStarMatchEveryTool() {
    assertThat(fires(null, "write")).isTrue();
    assertThat(fires("*", "@git/status")).isTrue();
  }

  @Test
  void matcherAcceptsCanonicalNamesAndInternalAliasesBothWays() {
    assertThat(fires("fs_write", "write")).isTrue();
    assertThat(fires("write", "fs_write")).isTrue();
    assertThat(fires("write", "write")).isTrue();
    assertThat(fires("fs_read", "write")).isFalse();
    assertThat(fires("fs_*", "write")).isTrue();
  }

  @Test
  void builtinMatchesEveryBuiltInToolAndNoMcpTool() {
    assertThat(fires("@builtin", "shell")).isTrue();
    assertThat(fires("@builtin", "@git/status")).isFalse();
  }

  @Test
  void serverMatcherMatchesEveryToolOfThatServer() {
    assertThat(fires("@git", "@git/status")).isTrue();
    assertThat(fires("@git", "@github/x")).isFalse();
    assertThat(fires("@git/status", "@git/status")).isTrue();
    assertThat(fires("@git*", "@github/x")).isTrue();
  }

  @Test
  void matcherIsIgnoredForTriggersWithoutATool() {
    assertThat(hook("userPromptSubmit", "write").matches(new HookEvent.PromptSubmit("x"), NAMES))
        .contains("userPromptSubmit");
    assertThat(hook("stop", "write").matches(new HookEvent.AgentStop(), NAMES)).contains("stop");
  }

  @Test
  void ideEventNamesMapToCliTriggersAndFileEventsToNone() {
    assertThat(AgentHookRef.triggerOf(new HookEvent.PromptSubmit("x")))
        .contains("userPromptSubmit");
    assertThat(AgentHookRef.triggerOf(new HookEvent.AgentStop())).contains("stop");
    assertThat(AgentHookRef.triggerOf(new HookEvent.UserTriggered(Optional.empty()))).isEmpty();
    assertThat(AgentHookRef.triggerOf(new HookEvent.InSubagent(new HookEvent.PromptSubmit("x"))))
        .isEmpty();
  }
}
