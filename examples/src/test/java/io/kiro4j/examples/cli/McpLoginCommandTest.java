package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.kiro4j.mcp.auth.FileTokenStore;
import io.kiro4j.mcp.auth.StoredGrant;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code kiro4j mcp login} and {@code kiro4j mcp logout}. */
class McpLoginCommandTest {

  @TempDir Path tmp;

  private Path workspace(String url) throws IOException {
    Path root = tmp.resolve("ws");
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"),
        "{\"mcpServers\": {\"remote\": {\"url\": \""
            + url
            + "\"}, \"local\": {\"command\": \"true\"}}}");
    return root;
  }

  private Kiro4jCliTest.Run run(Path root, String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "-w";
    all[args.length + 1] = root.toString();
    all[args.length + 2] = "--user-home";
    all[args.length + 3] = tmp.resolve("home").toString();
    return Kiro4jCliTest.run(all);
  }

  @Test
  void logoutForgetsTheStoredTokenOfTheServerOnly() throws IOException {
    Path root = workspace("https://mcp.example.com/mcp");
    FileTokenStore store = FileTokenStore.inKiroHome(tmp.resolve("home"));
    URI url = URI.create("https://mcp.example.com/mcp");
    store.save(
        new StoredGrant(
            url,
            URI.create("https://auth.example.com"),
            URI.create("https://auth.example.com/token"),
            "c",
            Optional.empty(),
            "none",
            "AT-secret",
            Optional.empty(),
            Optional.empty(),
            ""));
    Kiro4jCliTest.Run first = run(root, "mcp", "logout", "remote");
    assertThat(first.exit()).isZero();
    assertThat(first.out()).contains("remote: token forgotten").doesNotContain("AT-secret");
    assertThat(store.load(url)).isEmpty();
    Kiro4jCliTest.Run again = run(root, "mcp", "logout", "remote", "--json");
    assertThat(again.json().path("removed").asBoolean()).isFalse();
  }

  @Test
  void loginAndLogoutRefuseAnUnknownOrLocalServer() throws IOException {
    Path root = workspace("https://mcp.example.com/mcp");
    assertThat(run(root, "mcp", "login", "nope").exit()).isEqualTo(2);
    Kiro4jCliTest.Run local = run(root, "mcp", "logout", "local");
    assertThat(local.exit()).isEqualTo(2);
    assertThat(local.err()).contains("not a remote");
  }

  @Test
  void loginToAServerThatAsksForNoAuthorizationSaysSo() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
    server.createContext(
        "/mcp",
        ex -> {
          byte[] body = new byte[0];
          int status = 405;
          if ("POST".equals(ex.getRequestMethod())) {
            JsonNode m = JsonMapper.builder().build().readTree(ex.getRequestBody().readAllBytes());
            status = m.has("id") ? 200 : 202;
            if (m.has("id")) {
              String result =
                  "initialize".equals(m.path("method").asString())
                      ? "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},"
                          + "\"serverInfo\":{\"name\":\"open\",\"version\":\"1\"}}"
                      : "{}";
              body =
                  ("{\"jsonrpc\":\"2.0\",\"id\":" + m.get("id") + ",\"result\":" + result + "}")
                      .getBytes(StandardCharsets.UTF_8);
              ex.getResponseHeaders().add("Content-Type", "application/json");
            }
          }
          ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
          if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
              out.write(body);
            }
          }
          ex.close();
        });
    server.start();
    try {
      Path root = workspace("http://127.0.0.1:" + server.getAddress().getPort() + "/mcp");
      Kiro4jCliTest.Run r = run(root, "mcp", "login", "remote");
      assertThat(r.exit()).as(r.err()).isZero();
      assertThat(r.out()).contains("remote: connected; the server asked for no authorization");
    } finally {
      server.stop(0);
    }
  }
}
