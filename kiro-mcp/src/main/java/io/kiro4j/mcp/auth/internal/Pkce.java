package io.kiro4j.mcp.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A PKCE pair (RFC 7636, method {@code S256}): a 43-character verifier of 32 random bytes and its
 * challenge {@code BASE64URL(SHA-256(verifier))}. Also makes {@code state} values. Immutable.
 *
 * @param verifier sent to the token endpoint
 * @param challenge sent in the authorization URL
 */
public record Pkce(String verifier, String challenge) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new random pair. */
  public static Pkce create() {
    String verifier = random(32);
    return new Pkce(verifier, challengeOf(verifier));
  }

  /** {@code BASE64URL(SHA-256(verifier))}. */
  public static String challengeOf(String verifier) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** {@code bytes} random bytes, base64url without padding (a state, a verifier, a JWT id). */
  public static String random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
  }

  @Override
  public String toString() {
    return "Pkce[S256]";
  }
}
