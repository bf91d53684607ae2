package io.kiro4j.core.hook;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import org.junit.jupiter.api.Test;

class AgentMatcherProperties {

  static Gen<String> names() {
    return Gen.strings().withChars("abgitx_-").ofMinLength(1).ofMaxLength(6);
  }

  @Test
  void serverMatcherFiresExactlyForThatServersTools() {
    Property.forAll(names(), names(), names())
        .check(
            (server, other, tool) ->
                assertThat(AgentHookRefTest.fires("@" + server, "@" + other + "/" + tool))
                    .isEqualTo(server.equals(other)));
  }

  @Test
  void builtinNeverFiresForMcpTools() {
    Property.forAll(names(), names())
        .check(
            (server, tool) -> {
              assertThat(AgentHookRefTest.fires("@builtin", "@" + server + "/" + tool)).isFalse();
              assertThat(AgentHookRefTest.fires("@builtin", tool)).isTrue();
            });
  }

  @Test
  void plainMatcherFiresOnlyForItsOwnCanonicalName() {
    Property.forAll(names(), names())
        .check(
            (matcher, tool) ->
                assertThat(AgentHookRefTest.fires(matcher, tool))
                    .isEqualTo(AgentHookRefTest.NAMES.apply(tool).contains(matcher)));
  }
}
