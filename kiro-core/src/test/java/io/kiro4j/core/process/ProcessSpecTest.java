package io.kiro4j.core.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessSpecTest {

  @Test
  void defaultsInheritTheEnvironmentAndNameTheSpecAfterTheProgramFile() {
    ProcessSpec spec = ProcessSpec.of("/usr/bin/bash", "-c", "true");

    assertThat(spec.argv()).containsExactly("/usr/bin/bash", "-c", "true");
    assertThat(spec.name()).isEqualTo("bash");
    assertThat(spec.program()).isEqualTo("/usr/bin/bash");
    assertThat(spec.workingDirectory()).isEmpty();
    assertThat(spec.environment()).isEmpty();
    assertThat(spec.inheritEnvironment()).isTrue();
    assertThat(spec.isolation()).isEqualTo(ProcessSpec.Isolation.SESSION);
  }

  @Test
  void isolationIsSetByTheBuilderKeptByToBuilderAndSessionForTheOlderConstructor() {
    ProcessSpec group =
        ProcessSpec.builder("server").isolation(ProcessSpec.Isolation.PROCESS_GROUP).build();
    ProcessSpec older =
        new ProcessSpec("server", List.of("server"), java.util.Optional.empty(), Map.of(), true);

    assertThat(group.isolation()).isEqualTo(ProcessSpec.Isolation.PROCESS_GROUP);
    assertThat(group.toBuilder().name("x").build().isolation())
        .isEqualTo(ProcessSpec.Isolation.PROCESS_GROUP);
    assertThat(group.toString()).contains("isolation=PROCESS_GROUP");
    assertThat(older.isolation()).isEqualTo(ProcessSpec.Isolation.SESSION);
    assertThatThrownBy(() -> ProcessSpec.builder("x").isolation(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void builderSetsEveryOptionAndToBuilderDerivesAVariant() {
    ProcessSpec spec =
        ProcessSpec.builder(List.of("npx", "-y", "server"))
            .name("mcp-fetch")
            .workingDirectory(Path.of("/tmp"))
            .environment("A", "1")
            .environment(Map.of("B", "2"))
            .inheritEnvironment(false)
            .build();

    ProcessSpec variant = spec.toBuilder().environment("A", "override").build();

    assertThat(spec.name()).isEqualTo("mcp-fetch");
    assertThat(spec.workingDirectory()).contains(Path.of("/tmp"));
    assertThat(spec.environment()).containsExactly(Map.entry("A", "1"), Map.entry("B", "2"));
    assertThat(spec.inheritEnvironment()).isFalse();
    assertThat(variant.environment()).containsEntry("A", "override").containsEntry("B", "2");
    assertThat(variant.name()).isEqualTo("mcp-fetch");
    assertThat(variant.argv()).isEqualTo(spec.argv());
    assertThat(variant.inheritEnvironment()).isFalse();
  }

  @Test
  void environmentValuesNeverAppearInToString() {
    ProcessSpec spec =
        ProcessSpec.builder("server", "--token=argument-secret")
            .environment("API_TOKEN", "env-secret-value")
            .build();

    assertThat(spec.toString())
        .contains("API_TOKEN")
        .contains("server")
        .doesNotContain("env-secret-value")
        .doesNotContain("argument-secret");
  }

  @Test
  void emptyArgvIsRejected() {
    assertThatThrownBy(() -> ProcessSpec.builder(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("argv");
    assertThatThrownBy(() -> ProcessSpec.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("argv[0]");
  }

  @Test
  void nulCharacterInAnArgumentIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> ProcessSpec.of("echo", "se\0cret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("argv[1] contains a NUL character");
  }

  @Test
  void badEnvironmentNamesAreRejectedAndValuesAreNotEchoed() {
    assertThatThrownBy(() -> ProcessSpec.builder("x").environment("A=B", "v"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A=B");
    assertThatThrownBy(() -> ProcessSpec.builder("x").environment("", "v"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProcessSpec.builder("x").environment("TOKEN", "sec\0ret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TOKEN")
        .message()
        .doesNotContain("sec");
  }

  @Test
  void blankNameIsRejected() {
    assertThatThrownBy(() -> ProcessSpec.builder("x").name(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }
}
