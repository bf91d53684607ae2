package io.kiro4j.mcp.auth.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Bearer} challenge of a {@code WWW-Authenticate} header (RFC 6750 §3, RFC 9728 §5.1):
 * its {@code resource_metadata}, {@code scope} and {@code error} parameters.
 *
 * <p>The header comes from the server, so it is parsed as hostile input: at most 8 KiB of each
 * header value is read, at most 32 parameters are kept, parameter values longer than 2 KiB are
 * dropped, and a malformed header yields an empty challenge instead of an exception. Parsing is one
 * left-to-right pass (linear time). Immutable.
 *
 * @param params the parameters of the first {@code Bearer} challenge, names lower-cased
 */
public record BearerChallenge(Map<String, String> params) {

  private static final int MAX_HEADER = 8 * 1024;
  private static final int MAX_VALUE = 2 * 1024;
  private static final int MAX_PARAMS = 32;

  /** Copies the parameters. */
  public BearerChallenge {
    params = Map.copyOf(params);
  }

  /** The {@code resource_metadata} URL, if given. */
  public Optional<String> resourceMetadata() {
    return Optional.ofNullable(params.get("resource_metadata"));
  }

  /** The {@code scope} parameter, if given and not blank. */
  public Optional<String> scope() {
    return Optional.ofNullable(params.get("scope")).filter(s -> !s.isBlank());
  }

  /** The {@code error} code, if given. */
  public Optional<String> error() {
    return Optional.ofNullable(params.get("error"));
  }

  /**
   * The first {@code Bearer} challenge among the header values (a server may send several headers,
   * or several challenges in one).
   *
   * @param headerValues every {@code WWW-Authenticate} value of the response
   * @return the challenge; empty parameters when there is none or it is malformed
   */
  public static BearerChallenge parse(List<String> headerValues) {
    for (String value : headerValues) {
      Map<String, String> found =
          parseOne(value.length() > MAX_HEADER ? value.substring(0, MAX_HEADER) : value);
      if (found != null) {
        return new BearerChallenge(found);
      }
    }
    return new BearerChallenge(Map.of());
  }

  /** The parameters of the Bearer challenge in one header value, or null when it has none. */
  private static Map<String, String> parseOne(String header) {
    Lexer lx = new Lexer(header);
    while (!lx.atEnd()) {
      lx.skip(" \t,");
      String scheme = lx.token();
      if (scheme.isEmpty()) {
        return null; // not a challenge list we understand
      }
      Map<String, String> params = lx.params();
      if (params == null) {
        return null;
      }
      if (scheme.equalsIgnoreCase("Bearer")) {
        return params;
      }
    }
    return null;
  }

  /** A cursor over one header value. */
  private static final class Lexer {
    private final String s;
    private int i;

    Lexer(String s) {
      this.s = s;
    }

    boolean atEnd() {
      return i >= s.length();
    }

    void skip(String chars) {
      while (i < s.length() && chars.indexOf(s.charAt(i)) >= 0) {
        i++;
      }
    }

    /** An RFC 7230 token (letters, digits and {@code !#$%&'*+-.^_`|~}). */
    String token() {
      int start = i;
      while (i < s.length() && isTokenChar(s.charAt(i))) {
        i++;
      }
      return s.substring(start, i);
    }

    /**
     * The {@code name=value} parameters up to the next challenge (a token not followed by {@code
     * =}) or the end; null when malformed.
     */
    Map<String, String> params() {
      Map<String, String> params = new LinkedHashMap<>();
      while (true) {
        skip(" \t,");
        if (atEnd()) {
          return params;
        }
        int mark = i;
        String name = token();
        if (name.isEmpty()) {
          return null;
        }
        skip(" \t");
        if (atEnd() || s.charAt(i) != '=') {
          i = mark; // the next challenge's scheme (or token68: end of this challenge)
          return params;
        }
        i++;
        if (!atEnd() && s.charAt(i) == '=') {
          return null; // token68 ("abc=="): no parameters this parser can trust
        }
        skip(" \t");
        String value;
        if (!atEnd() && s.charAt(i) == '"') {
          value = quoted();
          if (value == null) {
            return null;
          }
        } else {
          value = token();
          if (!atEnd() && s.charAt(i) == '=') {
            return null; // token68 ("a=b=="): not parameters
          }
        }
        if (value.length() <= MAX_VALUE && params.size() < MAX_PARAMS) {
          params.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
        }
      }
    }

    /** A quoted-string with backslash escapes; null when it is not closed. */
    String quoted() {
      StringBuilder out = new StringBuilder();
      i++; // opening quote
      while (i < s.length()) {
        char c = s.charAt(i++);
        if (c == '"') {
          return out.toString();
        }
        if (c == '\\' && i < s.length()) {
          c = s.charAt(i++);
        }
        if (c < 0x20 || c == 0x7f) {
          return null; // control characters are not allowed in a header value
        }
        out.append(c);
      }
      return null;
    }

    private static boolean isTokenChar(char c) {
      return (c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~/".indexOf(c) >= 0;
    }
  }
}
