package io.kiro4j.core.hook;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AgentMatcherProperties {

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withChars("abgitx_-").ofMinLength(1).ofMaxLength(6);
  }

  @Property
  void serverMatcherFiresExactlyForThatServersTools(
      @ForAll("names") String server, @ForAll("names") String other, @ForAll("names") String tool) {
    assertThat(AgentHookRefTest.fires("@" + server, "@" + other + "/" + tool))
        .isEqualTo(server.equals(other));
  }

  @Property
  void builtinNeverFiresForMcpTools(@ForAll("names") String server, @ForAll("names") String tool) {
    assertThat(AgentHookRefTest.fires("@builtin", "@" + server + "/" + tool)).isFalse();
    assertThat(AgentHookRefTest.fires("@builtin", tool)).isTrue();
  }

  @Property
  void plainMatcherFiresOnlyForItsOwnCanonicalName(
      @ForAll("names") String matcher, @ForAll("names") String tool) {
    assertThat(AgentHookRefTest.fires(matcher, tool))
        .isEqualTo(AgentHookRefTest.NAMES.apply(tool).contains(matcher));
  }
}
