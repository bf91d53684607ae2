package io.kiro4j.core.hook.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserPromptTest {

  @Test
  void controlCharactersAreRemovedExceptNewlineReturnAndTab() {
    assertThat(UserPrompt.sanitize("a\u0000b\u001bc\n\r\td\u007f\u0085")).isEqualTo("abc\n\r\td");
  }

  @Test
  void userPromptIsCutAt4096BytesOnACharacterBoundary() {
    String prompt = "a" + "é".repeat(3000);
    String cut = UserPrompt.sanitize(prompt);
    assertThat(UserPrompt.byteLength(cut)).isEqualTo(4095);
    assertThat(cut).endsWith("é");
    assertThat(UserPrompt.sanitize("x".repeat(5000))).hasSize(4096);
  }

  @Test
  void shortPromptsAreUnchanged() {
    assertThat(UserPrompt.sanitize("deploy to prod 🚀")).isEqualTo("deploy to prod 🚀");
  }
}
