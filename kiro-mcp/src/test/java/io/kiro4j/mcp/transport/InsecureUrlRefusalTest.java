package io.kiro4j.mcp.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.mcp.Mcp;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.group.McpServerGroup;
import io.kiro4j.mcp.group.ServerState;
import io.kiro4j.mcp.internal.transport.RemoteUrls;
import io.kiro4j.mcp.kiro.KiroMcp;
import io.kiro4j.mcp.transport.http.DetectingHttpTransport;
import io.kiro4j.mcp.transport.http.StreamableHttpTransport;
import io.kiro4j.mcp.transport.sse.SseTransport;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plain-http remote MCP server (kiro-core's MCP-004) is refused at connect time, before any
 * connection, so its Authorization header never travels in clear (issue 13, item 3). Proven with a
 * listening socket on an address that is not one of the allowed loopback names: it sees no
 * connection at all.
 */
class InsecureUrlRefusalTest {

  private static final HttpOptions WITH_TOKEN =
      HttpOptions.builder().header("Authorization", "Bearer secret-token").build();

  /** A non-loopback IPv4 address of this machine, if it has one. */
  private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress a : Collections.list(nic.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress()) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  /** Asserts that nothing connected to {@code server} (the refusal came first). */
  private static void assertNoConnection(ServerSocket server) throws IOException {
    server.setSoTimeout(300);
    assertThatThrownBy(server::accept).isInstanceOf(SocketTimeoutException.class);
  }

  private static void assertRefusedWithoutConnecting(ServerSocket server, String host)
      throws IOException {
    URI url = URI.create("http://" + host + ":" + server.getLocalPort() + "/mcp");
    assertThatThrownBy(() -> Mcp.http(url, WITH_TOKEN, McpClientOptions.defaults()))
        .isInstanceOf(InsecureUrlException.class)
        .hasMessageStartingWith("MCP-004: refusing to connect to http://" + host)
        .hasMessageNotContaining("secret-token")
        .extracting(e -> ((InsecureUrlException) e).code())
        .isEqualTo("MCP-004");
    assertThatThrownBy(() -> new StreamableHttpTransport(url, WITH_TOKEN))
        .isInstanceOf(InsecureUrlException.class);
    assertThatThrownBy(() -> new SseTransport(url, WITH_TOKEN))
        .isInstanceOf(InsecureUrlException.class);
    assertThatThrownBy(() -> new DetectingHttpTransport(url, WITH_TOKEN))
        .isInstanceOf(InsecureUrlException.class);
    assertNoConnection(server);
  }

  @Test
  void plainHttpToANonLocalHostIsRefusedBeforeAnyRequest() throws IOException {
    Optional<InetAddress> address = nonLoopbackAddress();
    assumeTrue(address.isPresent(), "this machine has no non-loopback IPv4 address");
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(address.get(), 0));
      assertRefusedWithoutConnecting(server, address.get().getHostAddress());
    }
  }

  @Test
  void plainHttpToALoopbackAddressOtherThanTheAllowedNamesIsRefusedToo() throws IOException {
    // On Linux all of 127/8 is loopback; the rule (docs L1796 and kiro4j's reading) allows only
    // localhost, 127.0.0.1 and [::1].
    ServerSocket server = new ServerSocket();
    try (server) {
      try {
        server.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
      } catch (IOException e) {
        assumeTrue(false, "cannot listen on 127.0.0.2 here: " + e.getMessage());
      }
      assertRefusedWithoutConnecting(server, "127.0.0.2");
    }
  }

  @Test
  void theUrlCheckAllowsHttpsAndTheLocalHttpNamesOnly() {
    for (String ok :
        List.of(
            "https://mcp.example.com/mcp",
            "http://localhost:3000/mcp",
            "http://127.0.0.1:3000/mcp",
            "http://[::1]:3000/mcp",
            "HTTP://LOCALHOST/mcp")) {
      assertThat(RemoteUrls.isSecure(URI.create(ok))).as(ok).isTrue();
      assertThatCode(() -> RemoteUrls.requireSecure(URI.create(ok))).doesNotThrowAnyException();
    }
    for (String bad :
        List.of(
            "http://mcp.example.com/mcp",
            "http://10.0.0.5:3000/mcp",
            "http://localhost.evil.example/mcp",
            "http://127.0.0.1.evil.example/mcp",
            "http://127.0.0.1@evil.example/mcp",
            "http://user:pw@evil.example/mcp",
            "http://0.0.0.0:3000/mcp",
            "ws://localhost/mcp",
            "file:///etc/passwd")) {
      assertThat(RemoteUrls.isSecure(URI.create(bad))).as(bad).isFalse();
      assertThatThrownBy(() -> RemoteUrls.requireSecure(URI.create(bad)))
          .as(bad)
          .isInstanceOf(InsecureUrlException.class)
          .hasMessageContaining("MCP-004")
          .hasMessageNotContaining("pw@");
    }
  }

  @Test
  void aConfiguredPlainHttpRemoteServerFailsToStartWithMcp004(
      @TempDir Path root, @TempDir Path home) throws IOException {
    Optional<InetAddress> address = nonLoopbackAddress();
    String host = address.map(InetAddress::getHostAddress).orElse("127.0.0.2");
    try (ServerSocket server = new ServerSocket()) {
      try {
        server.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
      } catch (IOException e) {
        assumeTrue(false, "cannot listen on " + host + ": " + e.getMessage());
      }
      Files.createDirectories(root.resolve(".kiro/settings"));
      Files.writeString(
          root.resolve(".kiro/settings/mcp.json"),
          "{\"mcpServers\": {\"remote\": {\"url\": \"http://"
              + host
              + ":"
              + server.getLocalPort()
              + "/mcp\", \"headers\": {\"Authorization\": \"Bearer secret-token\"}}}}");
      Workspace ws = Kiro.open(WorkspaceOptions.builder().root(root).userHome(home).build());
      McpConfig config = McpConfig.of(ws);
      assertThat(config.diagnostics()).anyMatch(d -> d.code().equals("MCP-004"));
      try (McpServerGroup group = KiroMcp.start(config, Duration.ofSeconds(10))) {
        ServerState state = group.servers().get(0);
        assertThat(state.status()).isEqualTo(ServerState.Status.FAILED);
        assertThat(state.error()).hasValueSatisfying(e -> assertThat(e).startsWith("MCP-004"));
      }
      assertNoConnection(server);
    }
  }
}
