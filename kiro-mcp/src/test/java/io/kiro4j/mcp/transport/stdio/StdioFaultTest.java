package io.kiro4j.mcp.transport.stdio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.core.process.StopPolicy;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The stdio transport against real child processes that misbehave. */
class StdioFaultTest {

  private static ProcessSpec fake(String mode) {
    String java = ProcessHandle.current().info().command().orElse("java");
    return ProcessSpec.builder(
            List.of(
                java,
                "-Xshare:auto",
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                FakeStdioServer.class.getName(),
                mode))
        .name("fake-" + mode)
        .build();
  }

  @Test
  void aServerThatDiesMidCallFailsThePendingRequestAtOnceWithExitCodeAndStderr() {
    try (McpClient client =
        McpClient.connect(StdioTransport.of(fake("die")), McpClientOptions.defaults())) {
      long start = System.nanoTime();
      CompletableFuture<Void> ping = client.pingAsync();
      assertThatThrownBy(() -> McpClient.await(ping))
          .isInstanceOfSatisfying(
              TransportException.class,
              e -> {
                assertThat(e.exitCode()).hasValue(3);
                assertThat(e.stderrTail()).contains("fatal: the database is gone");
                assertThat(e.getMessage())
                    .contains("exited with code 3")
                    .contains("the database is gone");
              });
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }
  }

  @Test
  void aLineLongerThanTheMaximumMessageSizeIsDroppedAndTheConnectionGoesOn() {
    // Javadoc: "a line longer than maxMessageBytes() is dropped". The oversized line answers the
    // request first; were it read, the result would carry "big".
    StdioTransport transport =
        StdioTransport.of(fake("oversize"), StopPolicy.defaults(), 16 * 1024);
    assertThat(transport.maxMessageBytes()).isEqualTo(16 * 1024);
    try (McpClient client = McpClient.connect(transport, McpClientOptions.defaults())) {
      for (int i = 0; i < 2; i++) {
        JsonNode result = client.request("x/any", JsonNodeFactory.instance.objectNode());
        assertThat(result.has("big")).isFalse();
        assertThat(result.path("small").asBoolean()).isTrue();
      }
    }
  }

  @Test
  void aCommandThatDoesNotExistFailsConnectWithItsName() {
    ProcessSpec missing =
        ProcessSpec.builder(List.of("/no/such/mcp-server", "--secret-arg")).build();
    assertThatThrownBy(
            () -> McpClient.connect(StdioTransport.of(missing), McpClientOptions.defaults()))
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("/no/such/mcp-server")
        .hasMessageNotContaining("--secret-arg");
  }

  @Test
  void aServerThatIgnoresStdinEofIsTerminatedWithinTheGracePeriods() {
    StopPolicy quick =
        StopPolicy.builder()
            .stdinGrace(Duration.ofMillis(300))
            .termGrace(Duration.ofMillis(1000))
            .killGrace(Duration.ofMillis(1000))
            .outputDrain(Duration.ofMillis(200))
            .build();
    StdioTransport transport =
        StdioTransport.of(fake("ignore-eof"), quick, StdioTransport.DEFAULT_MAX_MESSAGE_BYTES);
    McpClient client = McpClient.connect(transport, McpClientOptions.defaults());
    client.ping();
    long start = System.nanoTime();
    client.close();
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    assertThat(transport.process().orElseThrow().isAlive()).isFalse();
    assertThat(took).isLessThan(quick.total().plusMillis(500));
  }

  @Test
  void aServerFloodingStderrKeepsAnswering() {
    try (McpClient client =
        McpClient.connect(StdioTransport.of(fake("flood")), McpClientOptions.defaults())) {
      for (int i = 0; i < 5; i++) {
        client.ping();
      }
      assertThat(((StdioTransport) client.transport()).stderrTail()).hasSize(20);
    }
  }
}
