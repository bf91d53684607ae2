package io.kiro4j.core.internal.secret;

import java.util.Random;

/**
 * Secret-shaped strings made at run time from a fixed seed, so that no test source holds a string
 * with the shape of a real credential.
 */
public final class FakeSecrets {

  public static final String ALNUM =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private FakeSecrets() {}

  /** {@code prefix} then {@code n} pseudo-random characters of {@code alphabet}. */
  public static String fake(String prefix, int n, String alphabet) {
    Random r = new Random(prefix.hashCode() * 31L + n);
    StringBuilder sb = new StringBuilder(prefix);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /** A GitHub-token-shaped string. */
  public static String githubToken() {
    return fake("gh" + "p_", 36, ALNUM);
  }

  /** A random-looking value with letters and digits and no known prefix. */
  public static String randomValue() {
    return fake("", 40, ALNUM) + "9";
  }
}
