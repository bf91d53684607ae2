package io.kiro4j.mcp.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.mcp.Peers;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/** server-filesystem asks the client for its roots (a server-to-client request with id 0). */
class ServerFilesystemRootsTest {

  @Test
  void serverRequestForRootsIsAnsweredAndRestrictsTheServer(@TempDir Path root, @TempDir Path other)
      throws Exception {
    Files.writeString(root.resolve("hello.txt"), "hello from the root");
    Files.writeString(other.resolve("secret.txt"), "no");
    Path real = root.toRealPath();
    ProcessSpec spec =
        ProcessSpec.builder(List.of(Peers.node(), Peers.filesystem().toString(), other.toString()))
            .name("filesystem")
            .build();
    McpClientOptions options =
        McpClientOptions.builder().roots(() -> List.of(real.toUri())).build();
    try (McpClient client = McpClient.connect(StdioTransport.of(spec), options)) {
      assertThat(client.listTools()).extracting(Tool::name).contains("read_text_file");
      // The server replaces its allowed directories with our roots once it got the answer.
      String allowed = "";
      for (int i = 0; i < 50 && !allowed.contains(real.toString()); i++) {
        allowed = client.callTool("list_allowed_directories").text();
        Thread.sleep(50);
      }
      assertThat(allowed).contains(real.toString());
      CallToolResult read =
          client.callTool(
              "read_text_file",
              JsonNodeFactory.instance
                  .objectNode()
                  .put("path", real.resolve("hello.txt").toString()));
      assertThat(read.text()).isEqualTo("hello from the root");
      CallToolResult denied =
          client.callTool(
              "read_text_file",
              JsonNodeFactory.instance
                  .objectNode()
                  .put("path", other.toRealPath().resolve("secret.txt").toString()));
      assertThat(denied.isError()).isTrue();
    }
  }
}
