package io.kiro4j.skills.power;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which installed powers a prompt activates (docs L1424: "When someone says 'Let's set up the
 * database,' Kiro sees 'database' in the keywords and activates the Supabase power").
 *
 * <p>The docs do not define the matching; kiro4j's rule: a keyword matches when it occurs in the
 * prompt ignoring case (Unicode case folding of both, {@link Locale#ROOT}) as a whole word: the
 * characters just before and after the occurrence, if any, are not letters or digits. So {@code
 * rls} matches "enable RLS." but not "curls", {@code auth} does not match "author", and a keyword
 * of several words ({@code "edge functions"}) matches that phrase. Blank keywords never match.
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class PowerActivation {

  private PowerActivation() {}

  /** The powers among {@code powers} with at least one keyword in {@code prompt}, in order. */
  public static List<PowerMatch> match(List<Power> powers, String prompt) {
    Objects.requireNonNull(powers, "powers");
    String text = fold(Objects.requireNonNull(prompt, "prompt"));
    List<PowerMatch> out = new ArrayList<>();
    for (Power p : powers) {
      List<String> hits = new ArrayList<>();
      for (String k : p.keywords()) {
        if (matchesFolded(text, fold(k.strip())) && !hits.contains(k)) {
          hits.add(k);
        }
      }
      if (!hits.isEmpty()) {
        out.add(new PowerMatch(p, hits));
      }
    }
    return out;
  }

  /** True when {@code keyword} occurs in {@code prompt} as a whole word, ignoring case. */
  public static boolean matches(String prompt, String keyword) {
    return matchesFolded(fold(prompt), fold(keyword.strip()));
  }

  private static boolean matchesFolded(String text, String k) {
    if (k.isEmpty()) {
      return false;
    }
    for (int i = text.indexOf(k); i >= 0; i = text.indexOf(k, i + 1)) {
      int end = i + k.length();
      boolean before = i == 0 || !Character.isLetterOrDigit(text.codePointBefore(i));
      boolean after = end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
      if (before && after) {
        return true;
      }
    }
    return false;
  }

  private static String fold(String s) {
    return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }
}
