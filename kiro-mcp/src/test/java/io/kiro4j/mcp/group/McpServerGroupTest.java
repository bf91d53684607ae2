package io.kiro4j.mcp.group;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.mcp.Peers;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.client.Tool;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Servers start together; one that fails or hangs does not affect the others. */
class McpServerGroupTest {

  @Test
  void aFailingAndAHangingServerAreReportedWhileTheOthersConnect() throws Exception {
    List<String> everything = Peers.everythingStdio();
    // A "server" that never answers initialize: piped streams nobody writes to.
    PipedInputStream silentIn = new PipedInputStream();
    PipedOutputStream silentWriter = new PipedOutputStream(silentIn);
    List<ServerLaunch> launches =
        List.of(
            new ServerLaunch(
                "zeta",
                () -> StdioTransport.of(ProcessSpec.builder(everything).build()),
                McpClientOptions.defaults()),
            new ServerLaunch(
                "broken",
                () -> StdioTransport.of(ProcessSpec.of("/no/such/server")),
                McpClientOptions.defaults()),
            new ServerLaunch(
                "silent",
                () -> StdioTransport.overStreams(silentIn, java.io.OutputStream.nullOutputStream()),
                McpClientOptions.defaults()),
            new ServerLaunch(
                "alpha",
                () -> StdioTransport.of(ProcessSpec.builder(everything).build()),
                McpClientOptions.defaults()));
    long start = System.nanoTime();
    try (McpServerGroup group = McpServerGroup.start(launches, Duration.ofSeconds(8))) {
      assertThat(group.servers())
          .extracting(ServerState::name)
          .containsExactly("alpha", "broken", "silent", "zeta");
      assertThat(group.server("alpha").orElseThrow().status())
          .isEqualTo(ServerState.Status.CONNECTED);
      assertThat(group.server("zeta").orElseThrow().tools())
          .extracting(Tool::name)
          .contains("echo");
      assertThat(group.server("broken").orElseThrow().status())
          .isEqualTo(ServerState.Status.FAILED);
      assertThat(group.server("broken").orElseThrow().error())
          .hasValueSatisfying(e -> assertThat(e).contains("/no/such/server"));
      assertThat(group.server("silent").orElseThrow().status())
          .isEqualTo(ServerState.Status.TIMEOUT);
      assertThat(
              group
                  .server("zeta")
                  .orElseThrow()
                  .client()
                  .orElseThrow()
                  .callTool(
                      "echo",
                      tools.jackson.databind.node.JsonNodeFactory.instance
                          .objectNode()
                          .put("message", "x"))
                  .text())
          .isEqualTo("Echo: x");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
    silentWriter.close();
  }
}
