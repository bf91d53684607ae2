package io.kiro4j.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.process.Exit.Ending;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ExitTest {

  @Test
  void exitValueIsEmptyExactlyWhenTheProcessSurvived() {
    assertThat(Exit.survived().exitValue()).isEmpty();
    assertThatThrownBy(() -> new Exit(OptionalInt.empty(), Ending.EXITED))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Exit(OptionalInt.of(0), Ending.SURVIVED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void javaReportsDeathBySignalAs128PlusTheSignal() {
    assertThat(Exit.of(143, Ending.TERMINATED).signal()).hasValue(15);
    assertThat(Exit.of(137, Ending.KILLED).signal()).hasValue(9);
    assertThat(Exit.of(1, Ending.EXITED).signal()).isEmpty();
    assertThat(Exit.of(128, Ending.EXITED).signal()).isEmpty();
  }

  @Test
  void successMeansExitedByItselfWithZero() {
    assertThat(Exit.of(0, Ending.EXITED).isSuccess()).isTrue();
    assertThat(Exit.of(0, Ending.TERMINATED).isSuccess()).isFalse();
    assertThat(Exit.of(2, Ending.EXITED).isSuccess()).isFalse();
    assertThat(Exit.survived().isSuccess()).isFalse();
  }
}
