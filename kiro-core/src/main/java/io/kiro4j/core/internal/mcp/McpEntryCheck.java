package io.kiro4j.core.internal.mcp;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.secret.SecretScanner;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.mcp.McpCode;
import io.kiro4j.core.mcp.McpOAuth;
import io.kiro4j.core.mcp.McpServerConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The checks of one {@code mcpServers} entry that do not depend on other layers, shared by {@code
 * mcp.json} files and agent configs: unknown keys ({@code MCP-003}), both {@code command} and
 * {@code url} ({@code MCP-001}), an insecure {@code url} ({@code MCP-004}), a descriptive key of
 * another client ({@code MCP-008}, info), {@code env} on a remote server ({@code MCP-007}), literal
 * secrets ({@code SECRET-001}), {@code oauth} on a local server ({@code MCP-009}) or with an
 * unusable value ({@code MCP-010}). Types are checked by the JSON schemas.
 *
 * <p>Thread-safe: static checks without state.
 */
public final class McpEntryCheck {

  /** Keys other clients write that only describe the server (transport follows command/url). */
  static final java.util.Set<String> DESCRIPTIVE_KEYS =
      java.util.Set.of("description", "name", "title", "transport", "transportType");

  /** Other clients' (or misspelled) keys for what Kiro calls otherwise. */
  static final java.util.Map<String, String> KEY_HINTS =
      java.util.Map.ofEntries(
          java.util.Map.entry("header", "headers"),
          java.util.Map.entry("environment", "env"),
          java.util.Map.entry("alwaysAllow", "autoApprove"),
          java.util.Map.entry("autoapprove", "autoApprove"),
          java.util.Map.entry("auto_approve", "autoApprove"),
          java.util.Map.entry("disabled_tools", "disabledTools"),
          java.util.Map.entry("httpUrl", "url"),
          java.util.Map.entry("serverUrl", "url"),
          java.util.Map.entry("arguments", "args"));

  private McpEntryCheck() {}

  /**
   * Checks {@code entry} (the JSON object of server {@code name}) and adds diagnostics.
   *
   * @param file the file the entry is in
   * @param pointer the JSON pointer of the entry ({@code /mcpServers/git})
   * @param keyPosition where the key at a pointer starts
   * @param valuePosition where the value at a pointer starts
   */
  public static void check(
      JsonNode entry,
      Path file,
      String pointer,
      Function<String, JsonPosition> keyPosition,
      Function<String, JsonPosition> valuePosition,
      Diagnostics diagnostics) {
    check(entry, file, pointer, keyPosition, valuePosition, false, diagnostics);
  }

  /**
   * Checks {@code entry} like {@link #check(JsonNode, Path, String, Function, Function,
   * Diagnostics)}, and looks for literal secrets in {@code env}, {@code headers}, {@code args} and
   * the {@code url}'s query ({@code SECRET-001}; an info when {@code userFile}, a file under {@code
   * ~/.kiro} that is not committed with a repository).
   */
  public static void check(
      JsonNode entry,
      Path file,
      String pointer,
      Function<String, JsonPosition> keyPosition,
      Function<String, JsonPosition> valuePosition,
      boolean userFile,
      Diagnostics diagnostics) {
    if (entry == null || !entry.isObject()) {
      return;
    }
    secrets(entry, file, pointer, valuePosition, userFile, diagnostics);
    for (String key : entry.propertyNames()) {
      if (!McpServerConfig.KNOWN_KEYS.contains(key) && !McpOAuth.ENTRY_KEYS.contains(key)) {
        JsonPosition at = keyPosition.apply(pointer + "/" + escape(key));
        if (DESCRIPTIVE_KEYS.contains(key) || isNote(key)) {
          diagnostics.add(
              Diagnostic.of(
                  McpCode.DESCRIPTIVE_KEY,
                  file,
                  at.line(),
                  at.column(),
                  "'" + key + "' does not change how Kiro runs the server; ignored"));
        } else {
          String hint = KEY_HINTS.get(key);
          diagnostics.add(
              Diagnostic.of(
                  McpCode.UNKNOWN_KEY,
                  file,
                  at.line(),
                  at.column(),
                  "unknown key '"
                      + key
                      + "' in MCP server entry; ignored"
                      + (hint == null ? "" : " (Kiro's key is '" + hint + "')")));
        }
      }
    }
    boolean hasCommand = entry.has("command");
    boolean hasUrl = entry.has("url");
    if (hasCommand && hasUrl) {
      JsonPosition at = keyPosition.apply(pointer);
      diagnostics.add(
          Diagnostic.of(
              McpCode.BOTH_COMMAND_AND_URL,
              file,
              at.line(),
              at.column(),
              "server entry has both 'command' and 'url'; write one of them"));
    }
    JsonNode url = entry.get("url");
    if (url != null && url.isString() && !McpServerConfig.isAllowedRemoteUrl(url.stringValue())) {
      JsonPosition at = valuePosition.apply(pointer + "/url");
      diagnostics.add(
          Diagnostic.of(
              McpCode.INSECURE_URL,
              file,
              at.line(),
              at.column(),
              "remote server url must be https (http only for localhost, 127.0.0.1, [::1])"));
    }
    oauth(entry, file, pointer, keyPosition, valuePosition, userFile, diagnostics);
    if (hasUrl && !hasCommand && entry.has("env")) {
      JsonPosition at = keyPosition.apply(pointer + "/env");
      diagnostics.add(
          Diagnostic.of(
              McpCode.REMOTE_ENV,
              file,
              at.line(),
              at.column(),
              "a remote server has no process; its 'env' is ignored"));
    }
  }

  /**
   * {@code oauth} and {@code oauthScopes}: only for a remote server ({@code MCP-009}); known keys
   * ({@code MCP-003}); a loopback {@code redirectUri} and scopes without whitespace ({@code
   * MCP-010}); a literal {@code clientSecret} ({@code SECRET-001}, via the scanner).
   */
  private static void oauth(
      JsonNode entry,
      Path file,
      String pointer,
      Function<String, JsonPosition> keyPosition,
      Function<String, JsonPosition> valuePosition,
      boolean userFile,
      Diagnostics diagnostics) {
    for (String key : new String[] {"oauth", "oauthScopes"}) {
      if (entry.has(key) && entry.has("command") && !entry.has("url")) {
        JsonPosition at = keyPosition.apply(pointer + "/" + key);
        diagnostics.add(
            Diagnostic.of(
                McpCode.OAUTH_ON_LOCAL_SERVER,
                file,
                at.line(),
                at.column(),
                "'" + key + "' applies only to a remote server (url); ignored"));
      }
    }
    scopes(entry.get("oauthScopes"), file, pointer + "/oauthScopes", valuePosition, diagnostics);
    JsonNode oauth = entry.get("oauth");
    if (oauth == null || !oauth.isObject()) {
      return;
    }
    String base = pointer + "/oauth";
    for (String key : oauth.propertyNames()) {
      if (!McpOAuth.KEYS.contains(key)) {
        JsonPosition at = keyPosition.apply(base + "/" + escape(key));
        diagnostics.add(
            Diagnostic.of(
                McpCode.UNKNOWN_KEY,
                file,
                at.line(),
                at.column(),
                "unknown key '" + key + "' in 'oauth'; ignored"));
      }
    }
    scopes(oauth.get("oauthScopes"), file, base + "/oauthScopes", valuePosition, diagnostics);
    JsonNode redirect = oauth.get("redirectUri");
    if (redirect != null
        && redirect.isString()
        && McpOAuth.loopback(redirect.stringValue()).isEmpty()) {
      JsonPosition at = valuePosition.apply(base + "/redirectUri");
      diagnostics.add(
          Diagnostic.of(
              McpCode.INVALID_OAUTH,
              file,
              at.line(),
              at.column(),
              "'redirectUri' must be an http loopback address with a port (127.0.0.1:PORT,"
                  + " localhost:PORT or [::1]:PORT)"));
    }
    JsonNode secret = oauth.get("clientSecret");
    if (secret != null && secret.isString()) {
      SecretScanner.scanValue(Optional.of("clientSecret"), secret.stringValue())
          .ifPresent(
              f ->
                  secret(
                      f,
                      file,
                      valuePosition.apply(base + "/clientSecret"),
                      "oauth.clientSecret",
                      "CLIENT_SECRET",
                      userFile,
                      diagnostics));
    }
  }

  private static void scopes(
      JsonNode scopes,
      Path file,
      String pointer,
      Function<String, JsonPosition> valuePosition,
      Diagnostics diagnostics) {
    if (scopes == null || !scopes.isArray()) {
      return;
    }
    for (int i = 0; i < scopes.size(); i++) {
      JsonNode scope = scopes.get(i);
      if (scope.isString()
          && (scope.stringValue().isBlank()
              || scope.stringValue().chars().anyMatch(Character::isWhitespace))) {
        JsonPosition at = valuePosition.apply(pointer + "/" + i);
        diagnostics.add(
            Diagnostic.of(
                McpCode.INVALID_OAUTH,
                file,
                at.line(),
                at.column(),
                "a scope must be one non-blank word; write each scope as its own array item"));
      }
    }
  }

  private static void secrets(
      JsonNode entry,
      Path file,
      String pointer,
      Function<String, JsonPosition> valuePosition,
      boolean userFile,
      Diagnostics diagnostics) {
    for (String map : new String[] {"env", "headers"}) {
      JsonNode values = entry.get(map);
      if (values == null || !values.isObject()) {
        continue;
      }
      for (Map.Entry<String, JsonNode> e : values.properties()) {
        if (!e.getValue().isString()) {
          continue;
        }
        Optional<SecretScanner.Finding> f =
            SecretScanner.scanValue(Optional.of(e.getKey()), e.getValue().stringValue());
        if (f.isPresent()) {
          secret(
              f.get(),
              file,
              valuePosition.apply(pointer + "/" + map + "/" + escape(e.getKey())),
              map + "." + e.getKey(),
              map.equals("env") ? e.getKey() : "API_TOKEN",
              userFile,
              diagnostics);
        }
      }
    }
    JsonNode args = entry.get("args");
    if (args != null && args.isArray()) {
      for (int i = 0; i < args.size(); i++) {
        if (!args.get(i).isString()) {
          continue;
        }
        String arg = args.get(i).stringValue();
        Optional<String> key = Optional.empty();
        String value = arg;
        int eq = arg.indexOf('=');
        if (arg.startsWith("-") && eq > 0) {
          key = Optional.of(arg.substring(0, eq));
          value = arg.substring(eq + 1);
        } else if (i > 0
            && args.get(i - 1).isString()
            && args.get(i - 1).stringValue().startsWith("-")) {
          key = Optional.of(args.get(i - 1).stringValue());
        }
        Optional<SecretScanner.Finding> f = SecretScanner.scanValue(key, value);
        if (f.isPresent()) {
          secret(
              f.get(),
              file,
              valuePosition.apply(pointer + "/args/" + i),
              "args[" + i + "]",
              key.map(k -> k.replaceFirst("^-+", "")).orElse("API_TOKEN"),
              userFile,
              diagnostics);
        }
      }
    }
    JsonNode url = entry.get("url");
    if (url != null && url.isString()) {
      Optional<SecretScanner.Finding> f = urlSecret(url.stringValue());
      if (f.isPresent()) {
        secret(
            f.get(),
            file,
            valuePosition.apply(pointer + "/url"),
            "the url",
            "API_TOKEN",
            userFile,
            diagnostics);
      }
    }
  }

  /** A well-known format anywhere in the URL, or a secret-named query parameter's value. */
  private static Optional<SecretScanner.Finding> urlSecret(String url) {
    Optional<SecretScanner.Finding> known = SecretScanner.scanValue(Optional.empty(), url);
    if (known.isPresent()) {
      return known;
    }
    int q = url.indexOf('?');
    if (q < 0) {
      return Optional.empty();
    }
    for (String param : url.substring(q + 1).split("[&#]")) {
      int eq = param.indexOf('=');
      if (eq > 0) {
        Optional<SecretScanner.Finding> f =
            SecretScanner.scanValue(Optional.of(param.substring(0, eq)), param.substring(eq + 1));
        if (f.isPresent()) {
          return f;
        }
      }
    }
    return Optional.empty();
  }

  private static void secret(
      SecretScanner.Finding finding,
      Path file,
      JsonPosition at,
      String where,
      String variable,
      boolean userFile,
      Diagnostics diagnostics) {
    diagnostics.add(
        SecretScanner.diagnostic(
            finding, file, at.line(), at.column(), where, Optional.of(variable), userFile));
  }

  /**
   * A key people add as a note for readers ({@code _comment}, {@code _usage}, {@code //}, {@code
   * $comment}): JSON has no comments, Kiro ignores the key, and nothing is lost.
   */
  public static boolean isNote(String key) {
    return key.startsWith("_")
        || key.startsWith("//")
        || key.equals("$comment")
        || key.equals("comment")
        || key.equals("comments");
  }

  public static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }
}
