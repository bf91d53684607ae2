package io.kiro4j.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StopPolicyTest {

  @Test
  void defaultsFollowTheMcpStdioShutdownSequence() {
    StopPolicy policy = StopPolicy.defaults();

    assertThat(policy.stdinGrace()).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.termGrace()).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.killGrace()).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.outputDrain()).isEqualTo(Duration.ofSeconds(1));
    assertThat(policy.total()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void builderChangesOneStepAndKeepsTheOthers() {
    StopPolicy policy = StopPolicy.builder().termGrace(Duration.ofSeconds(5)).build();

    assertThat(policy.termGrace()).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.stdinGrace()).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.toBuilder().build()).isEqualTo(policy);
  }

  @Test
  void negativeDurationsAreRejectedNamingTheStep() {
    assertThatThrownBy(() -> StopPolicy.builder().killGrace(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("killGrace");
  }
}
