package io.kiro4j.examples.cli;

import io.kiro4j.core.mcp.McpConfig;
import io.kiro4j.core.mcp.McpServer;
import io.kiro4j.core.mcp.McpTransport;
import io.kiro4j.core.text.DisplayText;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.mcp.McpException;
import io.kiro4j.mcp.auth.FileTokenStore;
import io.kiro4j.mcp.auth.OAuthOptions;
import io.kiro4j.mcp.auth.StoredGrant;
import io.kiro4j.mcp.auth.TokenStore;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.group.ServerLaunch;
import io.kiro4j.mcp.kiro.KiroMcp;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kiro4j mcp login SERVER}: authorize with a remote MCP server (MCP authorization, OAuth
 * 2.1) and keep its token under the user's Kiro home.
 */
@Command(
    name = "login",
    mixinStandardHelpOptions = true,
    description = {
      "Authorize with a remote MCP server that requires it: connect, and when the server answers"
          + " 401 run the MCP authorization flow (discovery, client registration, a browser"
          + " sign-in whose URL is printed, PKCE). The token is kept under"
          + " ~/.kiro/kiro4j/mcp-oauth (owner-only) for later commands."
    })
final class McpLoginCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(names = "--agent", paramLabel = "NAME", description = "Whose servers (agent layer).")
  String agent;

  @Option(names = "--force", description = "Forget a stored token first and sign in again.")
  boolean force;

  @Parameters(index = "0", paramLabel = "SERVER")
  String server;

  @Spec CommandSpec spec;

  /** The CLI's side of authorization: the URL printed on stderr, tokens under the Kiro home. */
  static OAuthOptions oauth(Workspace ws, PrintWriter err) {
    return OAuthOptions.builder()
        .clientName("kiro4j")
        .tokenStore(store(ws))
        .authorizationHandler(
            url -> {
              err.println("Open this URL in a browser to authorize:");
              err.println("  " + DisplayText.escape(url.toString()));
              err.flush();
            })
        .build();
  }

  static TokenStore store(Workspace ws) {
    return FileTokenStore.inKiroHome(ws.userHome());
  }

  /** The configured remote server named {@code name}. */
  static McpServer remote(McpConfig config, String name) {
    McpServer s =
        config
            .server(name)
            .orElseThrow(() -> new UsageException("no MCP server named '" + name + "'"));
    if (s.transport() != McpTransport.HTTP || s.config().url().isEmpty()) {
      throw new UsageException("MCP server '" + name + "' is not a remote (url) server");
    }
    return s;
  }

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    McpConfig config = McpToolsCommand.config(ws, agent);
    McpServer s = remote(config, server);
    PrintWriter out = HumanOutput.out(spec);
    PrintWriter err = HumanOutput.err(spec);
    TokenStore store = store(ws);
    URI url = URI.create(s.config().url().orElseThrow());
    if (force) {
      store.delete(url);
    }
    ServerLaunch launch = KiroMcp.launch(config, s, oauth(ws, err), ws.environment());
    try (McpClient client = McpClient.connect(launch.transport().get(), launch.options())) {
      client.ping();
    } catch (McpException e) {
      err.println("kiro4j: mcp login " + server + " failed: " + e.getMessage());
      return Kiro4jCli.ERRORS;
    }
    StoredGrant grant = store.load(url).orElse(null);
    if (options.json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("server", server);
      doc.put("authorized", grant != null);
      doc.put("issuer", grant == null ? null : grant.issuer().toString());
      doc.put("scope", grant == null ? null : grant.scope());
      doc.put(
          "expiresAt", grant == null ? null : grant.expiresAt().map(Object::toString).orElse(null));
      JsonOutput.print(out, doc);
    } else if (grant == null) {
      out.println(server + ": connected; the server asked for no authorization");
    } else {
      out.println(
          server
              + ": authorized by "
              + grant.issuer()
              + (grant.scope().isEmpty()
                  ? ""
                  : " (scope " + DisplayText.escape(grant.scope()) + ")"));
    }
    out.flush();
    return Kiro4jCli.OK;
  }
}
