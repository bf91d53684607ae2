package io.kiro4j.mcp.auth.internal;

import io.kiro4j.core.text.DisplayText;
import java.net.URI;

/** How server-supplied text and URLs appear in messages: escaped, clipped, without queries. */
public final class Text {

  private Text() {}

  /** {@code text} with control characters escaped, at most 200 characters. */
  public static String clip(String text) {
    String escaped = DisplayText.escape(text);
    return escaped.length() > 200 ? escaped.substring(0, 200) + "…" : escaped;
  }

  /** {@code scheme://host[:port]} of {@code url}. */
  public static String origin(URI url) {
    return clip(
        url.getScheme()
            + "://"
            + (url.getHost() != null ? url.getHost() : "?")
            + (url.getPort() >= 0 ? ":" + url.getPort() : ""));
  }

  /** The origin and path of {@code url}: never its query (codes and state travel there). */
  public static String endpoint(URI url) {
    return origin(url) + clip(url.getRawPath() == null ? "" : url.getRawPath());
  }
}
