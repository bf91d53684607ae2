package io.kiro4j.core.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code oauth} / {@code oauthScopes} keys of a server entry: model and diagnostics. */
class McpOAuthTest {

  @TempDir Path tmp;

  private McpConfig load(String json) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("project"));
    Path file = root.resolve(".kiro/settings/mcp.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, json);
    return McpConfig.of(
        Kiro.open(
            WorkspaceOptions.builder()
                .roots(List.of(root))
                .userHome(Files.createDirectories(tmp.resolve("home")))
                .environment(Environment.of(Map.of()))
                .build()));
  }

  @Test
  void kirosOauthObjectIsReadAndRaisesNoUnknownKeyWarning() throws IOException {
    McpConfig c =
        load(
            "{\"mcpServers\": {\"n\": {\"url\": \"https://mcp.example.com/mcp\", \"oauth\":"
                + " {\"clientId\": \"app\", \"clientSecret\": \"${SECRET}\", \"oauthScopes\":"
                + " [\"read\", \"write\"], \"redirectUri\": \"127.0.0.1:7778\"}}}}");
    assertThat(c.diagnostics()).isEmpty();
    McpOAuth oauth = McpOAuth.of(c.servers().get(0).config()).orElseThrow();
    assertThat(oauth.clientId()).contains("app");
    assertThat(oauth.scopes()).containsExactly("read", "write");
    assertThat(oauth.redirectUri()).contains("127.0.0.1:7778");
    assertThat(oauth.toString()).doesNotContain("SECRET").contains("***");
  }

  @Test
  void qCliTopLevelOauthScopesAreReadWhenOauthHasNone() throws IOException {
    McpConfig c =
        load(
            "{\"mcpServers\": {\"n\": {\"url\": \"https://mcp.example.com/mcp\","
                + " \"oauthScopes\": [\"openid\"], \"oauth\": {\"redirectUri\":"
                + " \"http://localhost:9000/cb\"}}}}");
    assertThat(c.diagnostics()).isEmpty();
    McpOAuth oauth = McpOAuth.of(c.servers().get(0).config()).orElseThrow();
    assertThat(oauth.scopes()).containsExactly("openid");
    assertThat(McpOAuth.loopback(oauth.redirectUri().orElseThrow()).orElseThrow().getPort())
        .isEqualTo(9000);
  }

  @Test
  void oauthOnALocalServerIsWarnedAtItsKey() throws IOException {
    McpConfig c =
        load(
            "{\"mcpServers\": {\"n\": {\"command\": \"x\",\n  \"oauth\": {\"clientId\": \"a\"}}}}");
    Diagnostic d = c.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("MCP-009");
    assertThat(d.line()).isEqualTo(2);
    assertThat(d.column()).isEqualTo(3);
  }

  @Test
  void aRedirectUriOffLoopbackOrWithoutPortIsAnErrorAtItsValue() throws IOException {
    McpConfig c =
        load(
            "{\"mcpServers\": {\"n\": {\"url\": \"https://mcp.example.com/mcp\",\n"
                + "\"oauth\": {\"redirectUri\": \"https://evil.example.com/cb\"}},\n"
                + "\"m\": {\"url\": \"https://mcp.example.com/mcp\", \"oauth\":"
                + " {\"redirectUri\": \"127.0.0.1\"}}}}");
    assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("MCP-010", "MCP-010");
    assertThat(c.diagnostics().get(0).line()).isEqualTo(2);
  }

  @Test
  void scopesWithWhitespaceAndUnknownOauthKeysAreReported() throws IOException {
    McpConfig c =
        load(
            "{\"mcpServers\": {\"n\": {\"url\": \"https://mcp.example.com/mcp\", \"oauth\":"
                + " {\"oauthScopes\": [\"read write\"], \"scopes\": [\"x\"]}}}}");
    assertThat(c.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("MCP-003", "MCP-010");
  }

  @Test
  void aLiteralClientSecretIsReportedWithoutItsValue() throws IOException {
    String secret = io.kiro4j.core.internal.secret.FakeSecrets.githubToken();
    McpConfig c =
        load(
            "{\"mcpServers\": {\"n\": {\"url\": \"https://mcp.example.com/mcp\", \"oauth\":"
                + " {\"clientId\": \"a\", \"clientSecret\": \""
                + secret
                + "\"}}}}");
    assertThat(c.diagnostics()).extracting(Diagnostic::code).containsExactly("SECRET-001");
    assertThat(c.diagnostics().get(0).message()).doesNotContain(secret);
  }

  @Test
  void loopbackAcceptsOnlyHttpLoopbackWithAPort() {
    assertThat(McpOAuth.loopback("127.0.0.1:7778")).isPresent();
    assertThat(McpOAuth.loopback("[::1]:7778")).isPresent();
    assertThat(McpOAuth.loopback("localhost")).isEmpty();
    assertThat(McpOAuth.loopback("10.0.0.1:80")).isEmpty();
    assertThat(McpOAuth.loopback("https://127.0.0.1:80/")).isEmpty();
    assertThat(McpOAuth.loopback("http://user@127.0.0.1:80/")).isEmpty();
    assertThat(McpOAuth.loopback("http://127.0.0.1:80/?q=1")).isEmpty();
    assertThat(McpOAuth.loopback("::::")).isEmpty();
  }
}
