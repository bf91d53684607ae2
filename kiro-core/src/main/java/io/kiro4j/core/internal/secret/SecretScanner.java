package io.kiro4j.core.internal.secret;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds literal secrets in configuration values and text, precision first: the docs say to use
 * {@code ${VAR}} references instead of hardcoding credentials and never to commit them (L1895–1904,
 * L2029–2061).
 *
 * <p>Two kinds of evidence, nothing else:
 *
 * <ul>
 *   <li>A <b>well-known key format</b>, anywhere: AWS access key IDs ({@code AKIA…}, {@code
 *       ASIA…}), GitHub tokens ({@code ghp_}, {@code gho_}, {@code ghu_}, {@code ghs_}, {@code
 *       ghr_}, {@code github_pat_}), GitLab ({@code glpat-}), npm ({@code npm_}), Slack ({@code
 *       xoxb-}, {@code xoxp-}, ...), Anthropic ({@code sk-ant-}), OpenAI ({@code sk-}, {@code
 *       sk-proj-}), Stripe live keys ({@code sk_live_}, {@code rk_live_}), Google API keys ({@code
 *       AIza…}) and private key blocks ({@code -----BEGIN … PRIVATE KEY-----}).
 *   <li>A <b>random-looking literal</b> as the value of a key named like a secret (its last word is
 *       TOKEN, SECRET, KEY, PASSWORD, PASSWD, PWD, PAT, CREDENTIAL(S) or AUTHORIZATION, in any case
 *       and in snake, kebab or camel case; not a PUBLIC, PUBLISHABLE or ANON key, which are public
 *       by design): at least 16 characters without spaces, letters and digits, entropy of at least
 *       3.3 bits per character.
 * </ul>
 *
 * Never a finding: {@code ${VAR}} and {@code $VAR} references, placeholders ({@code your-…}, {@code
 * xxxx}, {@code <…>}, {@code example}, {@code changeme}, AWS's documented {@code …EXAMPLE} key),
 * paths and URLs. A finding names the kind of secret and never the value.
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class SecretScanner {

  /**
   * One secret found.
   *
   * @param kind what it looks like, for a message ("a GitHub token")
   * @param offset where it starts in the scanned text (0 for a value)
   */
  public record Finding(String kind, int offset) {
    public Finding {
      Objects.requireNonNull(kind, "kind");
    }
  }

  private record Format(String kind, Pattern pattern) {}

  /**
   * The patterns, compiled when a text first passes {@link #mayHoldSecret}: most processes scan
   * only ordinary commands and prose, and a fresh JVM pays milliseconds for these fourteen (and its
   * first lambdas, inside the JDK's pattern compiler).
   */
  private static final class Patterns {
    private static final String B = "(?<![A-Za-z0-9_-])";
    private static final String E = "(?![A-Za-z0-9_-])";

    /** Most specific first: sk-ant- before sk-. */
    private static final List<Format> FORMATS =
        List.of(
            new Format(
                "a private key",
                Pattern.compile(
                    "-----BEGIN ((RSA|EC|DSA|OPENSSH|PGP|ENCRYPTED) )?PRIVATE KEY( BLOCK)?-----")),
            new Format(
                "an AWS access key ID",
                Pattern.compile(B + "(AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}" + E)),
            new Format("a GitHub token", Pattern.compile(B + "gh[pousr]_[A-Za-z0-9]{36,255}" + E)),
            new Format(
                "a GitHub token", Pattern.compile(B + "github_pat_[A-Za-z0-9_]{22,255}" + E)),
            new Format("a GitLab token", Pattern.compile(B + "glpat-[A-Za-z0-9_-]{20,}" + E)),
            new Format("an npm token", Pattern.compile(B + "npm_[A-Za-z0-9]{36}" + E)),
            new Format("a Slack token", Pattern.compile(B + "xox[abposr]-[A-Za-z0-9-]{10,}" + E)),
            new Format(
                "an Anthropic API key", Pattern.compile(B + "sk-ant-[A-Za-z0-9_-]{20,}" + E)),
            new Format(
                "an OpenAI API key",
                Pattern.compile(B + "sk-(proj-|svcacct-|admin-)?(?!ant-)[A-Za-z0-9_-]{20,}" + E)),
            new Format(
                "a Stripe live key", Pattern.compile(B + "(sk|rk)_live_[0-9A-Za-z]{20,}" + E)),
            new Format("a Google API key", Pattern.compile(B + "AIza[0-9A-Za-z_-]{35}" + E)));

    /** A key (or flag) whose last word names a secret. */
    private static final Pattern SECRET_WORD =
        Pattern.compile(
            "(TOKEN|SECRET|KEY|APIKEY|PASSWORD|PASSWD|PWD|PAT|CREDENTIAL|CREDENTIALS|AUTHORIZATION)");

    /** {@code NAME=value}, {@code NAME: value}, {@code "NAME": "value"} in text and commands. */
    private static final Pattern ASSIGNMENT =
        Pattern.compile(
            "(?<![A-Za-z0-9_-])([A-Za-z][A-Za-z0-9_.-]{1,63})[\"']?[ \\t]*[:=][ \\t]*[\"']?"
                + "((?:Bearer|Basic|token)[ \\t]+)?([^\\s\"'`,;)}\\]]{16,512})");

    /** {@code Bearer <token>} anywhere (an Authorization header in a curl command). */
    private static final Pattern BEARER =
        Pattern.compile("(?<![A-Za-z0-9])Bearer[ \\t]+([A-Za-z0-9._~+/=-]{16,512})");

    /** {@code --api-key VALUE} or {@code --token=VALUE} in a command line. */
    private static final Pattern FLAG =
        Pattern.compile(
            "(?<![A-Za-z0-9])--?([A-Za-z][A-Za-z0-9-]{1,40})[ =][\"']?([^\\s\"'`]{16,512})");
  }

  private static final String[] PLACEHOLDERS = {
    "your",
    "xxxx",
    "example",
    "placeholder",
    "changeme",
    "change-me",
    "change_me",
    "dummy",
    "sample",
    "replace",
    "insert",
    "redacted",
    "<",
    ">",
    "***",
    "...",
    "todo",
    "fake",
    "here",
    "secret-value",
    "token-value",
    "{{",
    "}}"
  };

  private SecretScanner() {}

  /** True when {@code key} (an env name, header, JSON key or {@code --flag}) names a secret. */
  public static boolean isSecretName(String key) {
    Objects.requireNonNull(key, "key");
    String[] words = words(key);
    if (words.length == 0 || !Patterns.SECRET_WORD.matcher(words[words.length - 1]).matches()) {
      return false;
    }
    for (String w : words) {
      if (PUBLIC_WORDS.contains(w)) {
        return false; // a publishable or anonymous key is public by design
      }
    }
    return true;
  }

  private static final java.util.Set<String> PUBLIC_WORDS =
      java.util.Set.of("PUBLIC", "PUBLISHABLE", "ANON", "PUB");

  /**
   * The secret a value holds: a well-known format anywhere in it, or, when {@code key} names a
   * secret, a random-looking literal.
   *
   * @param key the name the value is stored under, or empty
   * @param value the value as written
   */
  public static Optional<Finding> scanValue(Optional<String> key, String value) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
    if (!mayHoldSecret(value)) {
      return Optional.empty();
    }
    Optional<Finding> known = known(value);
    if (known.isPresent()) {
      return known;
    }
    if (key.isPresent() && isSecretName(key.get()) && isRandomLooking(stripScheme(value))) {
      return Optional.of(new Finding("a literal " + describe(key.get()), 0));
    }
    return Optional.empty();
  }

  /**
   * The secrets in free text (a steering body, a shell command): well-known formats, {@code Bearer}
   * tokens and random-looking values assigned to secret-named keys ({@code API_KEY=…}, {@code
   * token: …}, {@code --api-key …}). At most one finding per line, in text order.
   */
  public static List<Finding> scanText(String text) {
    Objects.requireNonNull(text, "text");
    return mayHoldSecret(text) ? scanAll(text) : List.of();
  }

  /**
   * False when no pattern can find anything in {@code text}: no {@code PRIVATE KEY} and no run of
   * 15 or more characters without whitespace that holds an ASCII digit. Every other finding is such
   * a run (the shortest, a Slack token, is 15 characters; the rest at least 16) and needs a digit
   * ({@link #plausible}, {@link #isRandomLooking}). One pass over the text instead of fourteen
   * patterns, which also keeps the patterns uncompiled in a fresh JVM that reads ordinary hook
   * commands ({@code SecretScannerProperties} holds this to the full scan).
   */
  static boolean mayHoldSecret(String text) {
    if (text.contains("PRIVATE KEY")) {
      return true;
    }
    int run = 0;
    boolean digit = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r') {
        run = 0;
        digit = false;
        continue;
      }
      run++;
      digit |= c >= '0' && c <= '9';
      if (digit && run >= 15) {
        return true;
      }
    }
    return false;
  }

  /** {@link #scanText} without the shortcut. */
  static List<Finding> scanAll(String text) {
    List<Finding> all = new ArrayList<>();
    for (Format f : Patterns.FORMATS) {
      Matcher m = f.pattern().matcher(text);
      while (m.find()) {
        if (f.kind().equals("a private key") || plausible(m.group())) {
          all.add(new Finding(f.kind(), m.start()));
        }
      }
    }
    Matcher a = Patterns.ASSIGNMENT.matcher(text);
    while (a.find()) {
      if (isSecretName(a.group(1)) && isRandomLooking(a.group(3))) {
        all.add(new Finding("a literal " + describe(a.group(1)), a.start(3)));
      }
    }
    Matcher b = Patterns.BEARER.matcher(text);
    while (b.find()) {
      if (isRandomLooking(b.group(1))) {
        all.add(new Finding("a bearer token", b.start(1)));
      }
    }
    Matcher flag = Patterns.FLAG.matcher(text);
    while (flag.find()) {
      if (isSecretName(flag.group(1)) && isRandomLooking(flag.group(2))) {
        all.add(new Finding("a literal " + describe(flag.group(1)), flag.start(2)));
      }
    }
    all.sort(java.util.Comparator.comparingInt(Finding::offset));
    List<Finding> out = new ArrayList<>();
    int lastLine = -1;
    for (Finding f : all) {
      int line = lineStart(text, f.offset());
      if (line != lastLine) {
        out.add(f);
        lastLine = line;
      }
    }
    return out;
  }

  /**
   * A diagnostic for a finding, warning in a workspace file and info in a user file under {@code
   * ~/.kiro} (not committed with a repository).
   *
   * @param where what holds it, for the message ({@code "env.GITHUB_TOKEN"}, {@code "the command"})
   * @param variable a suggested variable name for the {@code ${VAR}} hint, or empty
   */
  public static Diagnostic diagnostic(
      Finding finding,
      Path file,
      int line,
      int column,
      String where,
      Optional<String> variable,
      boolean userFile) {
    String var =
        variable
            .map(v -> v.replaceAll("[^A-Za-z0-9_]", "_").toUpperCase(Locale.ROOT))
            .filter(v -> !v.isEmpty())
            .orElse("NAME");
    Diagnostic d =
        Diagnostic.of(
            SecretCode.LITERAL_SECRET,
            file,
            line,
            column,
            where
                + " holds what looks like "
                + finding.kind()
                + ": a literal secret travels with the file; use ${"
                + var
                + "} and set it in the environment (docs L1899)");
    return userFile ? d.withSeverity(Severity.INFO) : d;
  }

  /** The 1-based line and code-point column of {@code offset} in {@code text}. */
  public static int[] position(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, text.codePointCount(lineStart, Math.min(offset, text.length())) + 1};
  }

  private static Optional<Finding> known(String value) {
    for (Format f : Patterns.FORMATS) {
      Matcher m = f.pattern().matcher(value);
      while (m.find()) {
        if (f.kind().equals("a private key") || plausible(m.group())) {
          return Optional.of(new Finding(f.kind(), m.start()));
        }
      }
    }
    return Optional.empty();
  }

  /** A format match that is not a documented example or a row of x's. */
  private static boolean plausible(String token) {
    return !isPlaceholder(token) && entropy(token) >= 3.0 && hasDigit(token);
  }

  /** A literal that looks generated: long, no spaces, letters and digits, varied characters. */
  static boolean isRandomLooking(String raw) {
    String v = raw.strip();
    if (v.length() < 16 || v.length() > 512) {
      return false;
    }
    if (v.startsWith("$") || v.startsWith("%") || v.contains("${") || isPlaceholder(v)) {
      return false;
    }
    if (v.startsWith("/")
        || v.startsWith("~")
        || v.startsWith("./")
        || v.startsWith("../")
        || v.contains("://")
        || v.startsWith("arn:")
        || v.contains("\\")) {
      return false;
    }
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isWhitespace(c) || c > 0x7e) {
        return false;
      }
    }
    boolean letter = v.chars().anyMatch(Character::isLetter);
    return letter && hasDigit(v) && entropy(v) >= 3.3;
  }

  private static boolean hasDigit(String v) {
    return v.chars().anyMatch(Character::isDigit);
  }

  private static boolean isPlaceholder(String v) {
    String lower = v.toLowerCase(Locale.ROOT);
    for (String p : PLACEHOLDERS) {
      if (lower.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /** Shannon entropy in bits per character. */
  static double entropy(String v) {
    int[] counts = new int[128];
    int n = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < 128) {
        counts[c]++;
        n++;
      }
    }
    double h = 0;
    for (int count : counts) {
      if (count > 0) {
        double p = (double) count / n;
        h -= p * (Math.log(p) / Math.log(2));
      }
    }
    return h;
  }

  private static String stripScheme(String value) {
    String v = value.strip();
    for (String scheme : new String[] {"Bearer ", "Basic ", "token "}) {
      if (v.regionMatches(true, 0, scheme, 0, scheme.length())) {
        return v.substring(scheme.length()).strip();
      }
    }
    return v;
  }

  /** The words of a key: split at non-alphanumerics and camel case, upper-cased. */
  private static String[] words(String key) {
    String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[^A-Za-z0-9]+", " ");
    String trimmed = spaced.strip();
    return trimmed.isEmpty() ? new String[0] : trimmed.toUpperCase(Locale.ROOT).split(" ");
  }

  private static String describe(String key) {
    String last = words(key)[words(key).length - 1];
    switch (last) {
      case "PASSWORD":
      case "PASSWD":
      case "PWD":
        return "password";
      case "SECRET":
        return "secret";
      case "KEY":
      case "APIKEY":
        return "key";
      case "AUTHORIZATION":
        return "credential";
      default:
        return "token";
    }
  }

  private static int lineStart(String text, int offset) {
    int i = Math.min(offset, text.length());
    while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
      i--;
    }
    return i;
  }
}
