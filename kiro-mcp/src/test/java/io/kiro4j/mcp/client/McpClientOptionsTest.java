package io.kiro4j.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class McpClientOptionsTest {

  @Test
  void absentHandlersAreEmptyOptionalsNotNulls() {
    McpClientOptions options = McpClientOptions.defaults();
    assertThat(options.roots()).isEmpty();
    assertThat(options.sampling()).isEmpty();
    assertThat(options.elicitation()).isEmpty();
  }

  @Test
  void registeredHandlersArePresent() {
    McpClientOptions options =
        McpClientOptions.builder()
            .roots(List::of)
            .sampling(CompletableFuture::completedFuture)
            .build();
    assertThat(options.roots()).isPresent();
    assertThat(options.sampling()).isPresent();
    assertThat(options.elicitation()).isEmpty();
  }

  @Test
  void nullIsRefusedInsteadOfMeaningAbsent() {
    assertThatThrownBy(() -> McpClientOptions.builder().roots(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> McpClientOptions.builder().sampling(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> McpClientOptions.builder().elicitation(null))
        .isInstanceOf(NullPointerException.class);
  }
}
