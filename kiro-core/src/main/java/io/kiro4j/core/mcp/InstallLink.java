package io.kiro4j.core.mcp;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.internal.mcp.McpEntryCheck;
import io.kiro4j.core.json.JsonValues;
import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A one-click MCP install link, {@code https://kiro.dev/launch/mcp/add?name=…&config=…} (docs
 * L2227–2246): a server's name and its {@code mcp.json} entry, URL-encoded.
 *
 * <pre>{@code
 * String link = InstallLink.of("git", "{\"command\":\"uvx\",\"args\":[\"mcp-server-git\"]}").toUri();
 * InstallLink.Decoded d = InstallLink.decode(link);
 * if (d instanceof InstallLink.Decoded.Valid v) {
 *   System.out.println(v.link().name() + " -> " + v.link().config());
 * }
 * }</pre>
 *
 * <p><b>Encoding</b> follows the docs' JavaScript helper (L2250–2256): {@code encodeURIComponent}
 * of the name and of the compact JSON, so a link made here equals the one the docs' function makes
 * for the same object. <b>Decoding</b> accepts what the docs' three helpers make (JavaScript,
 * Python's {@code quote}, {@code jq @uri}) and a {@code +} as a space, as a browser's {@code
 * URLSearchParams} reads it.
 *
 * <p>A link installs a program to be run on the user's machine, so decoding is strict: anything but
 * exactly one {@code name} and one {@code config} on {@code https://kiro.dev/launch/mcp/add} is
 * refused ({@code MCP-020}), and the decoded entry is checked like an {@code mcp.json} entry
 * (unknown keys, insecure URLs, literal secrets). Diagnostics name the file {@value #SOURCE} and
 * give line and column in the decoded JSON.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the server's display name (and its key in {@code mcpServers})
 * @param config the server entry as compact JSON text (one object)
 * @since 0.2
 */
public record InstallLink(String name, String config) {

  /** Where Kiro's install links point (docs L2233). */
  public static final String BASE = "https://kiro.dev/launch/mcp/add";

  /** The file name diagnostics about a decoded link carry. */
  public static final String SOURCE = "install-link";

  /** Links longer than this (64 KiB) are refused before decoding. */
  public static final int MAX_LENGTH = 64 * 1024;

  private static final Path SOURCE_PATH = Path.of(SOURCE);

  public InstallLink {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(config, "config");
  }

  /**
   * A link for server {@code name} with the entry {@code configJson}, written compactly.
   *
   * @throws IllegalArgumentException when {@code configJson} is not one JSON object or the name is
   *     blank
   */
  public static InstallLink of(String name, String configJson) {
    if (name.isBlank()) {
      throw new IllegalArgumentException("an install link needs a server name");
    }
    JsonNode node = JsonValues.parse(configJson);
    if (!node.isObject()) {
      throw new IllegalArgumentException("an install link's config is one JSON object");
    }
    String compact = JsonValues.write(node);
    if (hasLoneSurrogate(name) || hasLoneSurrogate(compact)) {
      // encodeURIComponent throws on these; UTF-8 cannot carry them.
      throw new IllegalArgumentException("an install link cannot carry an unpaired surrogate");
    }
    return new InstallLink(name, compact);
  }

  private static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** The link, as the docs' JavaScript helper writes it (L2250–2256). */
  public String toUri() {
    return BASE + "?name=" + encodeComponent(name) + "&config=" + encodeComponent(config);
  }

  /** What {@link #decode} found: a link with its entry's diagnostics, or the reasons it is not. */
  public sealed interface Decoded {

    /** Every diagnostic, the entry's warnings and infos included. */
    List<Diagnostic> diagnostics();

    /**
     * A Kiro install link. {@code diagnostics} may hold errors about the entry (both command and
     * url, an insecure url): the link decodes, but installing it would give a broken server.
     */
    record Valid(InstallLink link, List<Diagnostic> diagnostics) implements Decoded {
      public Valid {
        Objects.requireNonNull(link, "link");
        diagnostics = List.copyOf(diagnostics);
      }
    }

    /** Not a Kiro install link; {@code diagnostics} says why ({@code MCP-020}). */
    record Invalid(List<Diagnostic> diagnostics) implements Decoded {
      public Invalid {
        diagnostics = List.copyOf(diagnostics);
      }
    }
  }

  /** Decodes and checks {@code link}. Never throws for bad input. */
  public static Decoded decode(String link) {
    Objects.requireNonNull(link, "link");
    String s = link.strip();
    if (s.length() > MAX_LENGTH) {
      return invalid("the link is " + s.length() + " characters, over the limit of " + MAX_LENGTH);
    }
    int q = s.indexOf('?');
    String base = q < 0 ? s : s.substring(0, q);
    if (!base.equals(BASE) && !base.equals(BASE + "/")) {
      return invalid("not a Kiro MCP install link: it must start with " + BASE + "?");
    }
    String query = q < 0 ? "" : s.substring(q + 1);
    int hash = query.indexOf('#');
    if (hash >= 0) {
      query = query.substring(0, hash);
    }
    Optional<String> name = Optional.empty();
    Optional<String> config = Optional.empty();
    for (String pair : query.split("&", -1)) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      Optional<String> value = percentDecode(eq < 0 ? "" : pair.substring(eq + 1));
      if (value.isEmpty()) {
        return invalid("parameter '" + key + "' has a malformed percent-escape or is not UTF-8");
      }
      if (key.equals("name") || key.equals("config")) {
        if ((key.equals("name") ? name : config).isPresent()) {
          // Two values would let a viewer show one and an installer take the other.
          return invalid("parameter '" + key + "' is given twice");
        }
        if (key.equals("name")) {
          name = value;
        } else {
          config = value;
        }
      }
    }
    if (name.isEmpty() || name.get().isBlank()) {
      return invalid("the link has no 'name' parameter (docs L2241)");
    }
    if (config.isEmpty()) {
      return invalid("the link has no 'config' parameter (docs L2242)");
    }
    JsonResult parsed = JsonLoader.strict().parse(config.get(), SOURCE_PATH);
    Diagnostics d = new Diagnostics();
    d.addAll(parsed.diagnostics());
    if (parsed.document().isEmpty() || !parsed.document().get().root().isObject()) {
      d.add(
          Diagnostic.ofFile(
              McpCode.INVALID_INSTALL_LINK,
              SOURCE_PATH,
              "the link's 'config' is not one JSON object (docs L2242)"));
      return new Decoded.Invalid(d.toList());
    }
    JsonDocument doc = parsed.document().get();
    McpEntryCheck.check(doc.root(), SOURCE_PATH, "", doc::keyPosition, doc::position, d);
    if (!doc.root().has("command") && !doc.root().has("url")) {
      d.add(
          Diagnostic.ofFile(
              McpCode.NEITHER_COMMAND_NOR_URL,
              SOURCE_PATH,
              "server '" + name.get() + "' has neither 'command' nor 'url'"));
    }
    return new Decoded.Valid(new InstallLink(name.get(), JsonValues.write(doc.root())), d.toList());
  }

  private static Decoded invalid(String message) {
    return new Decoded.Invalid(
        List.of(Diagnostic.ofFile(McpCode.INVALID_INSTALL_LINK, SOURCE_PATH, message)));
  }

  /** JavaScript's encodeURIComponent: UTF-8, every byte but A–Z a–z 0–9 - _ . ! ~ * ' ( ). */
  static String encodeComponent(String s) {
    StringBuilder out = new StringBuilder(s.length() * 3 / 2);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'A' && c <= 'Z')
          || (c >= 'a' && c <= 'z')
          || (c >= '0' && c <= '9')
          || "-_.!~*'()".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)));
        out.append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }

  /** Percent-decodes strict UTF-8; {@code +} is a space. Empty when malformed. */
  static Optional<String> percentDecode(String s) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= s.length()) {
          return Optional.empty();
        }
        int hi = Character.digit(s.charAt(i + 1), 16);
        int lo = Character.digit(s.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return Optional.empty();
        }
        bytes.write(hi << 4 | lo);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        if (Character.isSurrogate(c)) {
          // A raw non-ASCII character in a link: take the pair whole.
          if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
            raw = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
            i++;
          } else {
            return Optional.empty();
          }
        }
        bytes.write(raw, 0, raw.length);
      }
    }
    try {
      return Optional.of(TextFile.decodeStrict(bytes.toByteArray()));
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
