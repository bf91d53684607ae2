package io.kiro4j.core.hook.run;

import java.nio.charset.StandardCharsets;

/** The value of {@code USER_PROMPT} (upstream {@code sanitize_user_prompt}). */
final class UserPrompt {
  static final int MAX_BYTES = 4096;

  private UserPrompt() {}

  /**
   * {@code prompt} without control characters other than {@code \n}, {@code \r} and {@code \t}, cut
   * to at most 4096 UTF-8 bytes on a character boundary.
   */
  static String sanitize(String prompt) {
    StringBuilder out = new StringBuilder(Math.min(prompt.length(), MAX_BYTES));
    int bytes = 0;
    for (int i = 0; i < prompt.length(); ) {
      int cp = prompt.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isISOControl(cp) && cp != '\n' && cp != '\r' && cp != '\t') {
        continue;
      }
      if (Character.isSurrogate((char) cp)) {
        // A lone surrogate has no UTF-8 encoding; the environment would get '?'.
        continue;
      }
      int size = utf8Length(cp);
      if (bytes + size > MAX_BYTES) {
        break;
      }
      bytes += size;
      out.appendCodePoint(cp);
    }
    return out.toString();
  }

  private static int utf8Length(int cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }

  static int byteLength(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
