package io.kiro4j.core.context;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * The JTokkit counter. The encoding (a few MB of ranks) is built on the first {@link #count}, in a
 * holder class, so neither {@code Kiro.open} nor loading this class pays for it.
 *
 * <p>Thread-safe: JTokkit encodings are immutable.
 */
final class JtokkitCounter implements TokenCounter {

  static final JtokkitCounter INSTANCE = new JtokkitCounter();

  private JtokkitCounter() {}

  @Override
  public int count(String text) {
    return text.isEmpty() ? 0 : Holder.ENCODING.countTokensOrdinary(text);
  }

  private static final class Holder {
    static final Encoding ENCODING =
        Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);
  }
}
