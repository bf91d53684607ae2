package io.kiro4j.mcp.kiro;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.mcp.auth.OAuthOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server entry's {@code oauth} settings applied to the host's {@link OAuthOptions}. */
class KiroMcpOAuthTest {

  @TempDir Path tmp;

  private McpServer server(String entry) throws IOException {
    Path root = Files.createDirectories(tmp.resolve("ws"));
    Files.createDirectories(root.resolve(".kiro/settings"));
    Files.writeString(
        root.resolve(".kiro/settings/mcp.json"), "{\"mcpServers\": {\"s\": " + entry + "}}");
    McpConfig config =
        McpConfig.of(
            Kiro.open(
                WorkspaceOptions.builder()
                    .roots(List.of(root))
                    .userHome(Files.createDirectories(tmp.resolve("home")))
                    .build()));
    return config.server("s").orElseThrow();
  }

  @Test
  void theEntrysClientSecretScopesAndRedirectReplaceTheHostDefaults() throws IOException {
    McpServer s =
        server(
            "{\"url\": \"https://mcp.example.com/mcp\", \"oauth\": {\"clientId\": \"app\","
                + " \"clientSecret\": \"${APP_SECRET}\", \"oauthScopes\": [\"a\", \"b\"],"
                + " \"redirectUri\": \"127.0.0.1:7778/oauth/cb\"}}");
    OAuthOptions base = OAuthOptions.builder().clientName("host").build();
    OAuthOptions o =
        KiroMcp.oauthOptions(s, base, Environment.of(Map.of("APP_SECRET", "s3cr3t-value")));
    assertThat(o.clientId()).contains("app");
    assertThat(o.clientSecret()).contains("s3cr3t-value");
    assertThat(o.scopes()).containsExactly("a", "b");
    assertThat(o.redirectPort()).isEqualTo(7778);
    assertThat(o.redirectPath()).isEqualTo("/oauth/cb");
    assertThat(o.clientName()).isEqualTo("host");
    assertThat(o.toString()).doesNotContain("s3cr3t-value");
  }

  @Test
  void anEntryWithoutOauthKeepsTheHostOptions() throws IOException {
    McpServer s = server("{\"url\": \"https://mcp.example.com/mcp\"}");
    OAuthOptions base = OAuthOptions.builder().build();
    assertThat(KiroMcp.oauthOptions(s, base, Environment.empty())).isSameAs(base);
  }
}
