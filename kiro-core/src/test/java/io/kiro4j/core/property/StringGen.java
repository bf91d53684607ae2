package io.kiro4j.core.property;

/**
 * Strings over an alphabet; immutable, each {@code with…}/{@code of…} returns a new one. Without
 * {@code withChars}/{@code withCharRange} every character may appear: mostly printable ASCII, often
 * the characters that break text handling ({@link #NASTY}), sometimes any other BMP character
 * (never a lone surrogate, which no file or process argument can carry).
 */
public final class StringGen implements Gen<String> {

  /**
   * Characters that parsers, terminals and line counters get wrong: NUL, tab, the line breaks of
   * every convention, escape, delete, NEL, no-break space, the Unicode line and paragraph
   * separators, zero-width space and the byte order mark.
   */
  public static final String NASTY =
      "\0\t\n\r\u000B\f\u001B\u007F\u0085\u00A0\u2028\u2029\u200B\uFEFF";

  static final StringGen ANY = new StringGen("", 0, 255);

  /** The explicit alphabet; empty means any character. */
  private final String alphabet;

  private final int min;
  private final int max;

  private StringGen(String alphabet, int min, int max) {
    this.alphabet = alphabet;
    this.min = min;
    this.max = max;
  }

  /** Adds {@code chars} to the alphabet (order matters: shrinking prefers earlier ones). */
  public StringGen withChars(String chars) {
    return new StringGen(alphabet + chars, min, max);
  }

  public StringGen withChars(char... chars) {
    return withChars(new String(chars));
  }

  /** Adds {@code from} to {@code to}, both included. */
  public StringGen withCharRange(char from, char to) {
    StringBuilder sb = new StringBuilder(alphabet);
    for (char c = from; c <= to && c >= from; c++) {
      sb.append(c);
      if (c == Character.MAX_VALUE) {
        break;
      }
    }
    return new StringGen(sb.toString(), min, max);
  }

  public StringGen ofMinLength(int length) {
    return new StringGen(alphabet, length, Math.max(length, max));
  }

  public StringGen ofMaxLength(int length) {
    return new StringGen(alphabet, Math.min(min, length), length);
  }

  @Override
  public String generate(Source s) {
    StringBuilder sb = new StringBuilder();
    Length length = new Length(min, max);
    for (int i = 0; length.more(s, i); i++) {
      sb.append(alphabet.isEmpty() ? anyChar(s) : alphabet.charAt(s.draw(alphabet.length())));
    }
    return sb.toString();
  }

  private static char anyChar(Source s) {
    switch (s.draw(4)) {
      case 0:
      case 1:
        return (char) (' ' + s.draw(95));
      case 2:
        return NASTY.charAt(s.draw(NASTY.length()));
      default:
        // The BMP without the surrogate block D800–DFFF.
        int c = s.draw(0x10000 - 0x800);
        return (char) (c < 0xD800 ? c : c + 0x800);
    }
  }
}
