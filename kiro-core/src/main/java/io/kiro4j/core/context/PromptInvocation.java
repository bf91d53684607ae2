package io.kiro4j.core.context;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An {@code @name} or {@code @server/name "arg" ...} invocation at the start of a prompt (docs
 * L10500–10536): the name, the server if any, and the positional arguments (double-quoted, or bare
 * words).
 *
 * @param server the MCP server of {@code @server/name}; empty for {@code @name}
 * @param name the prompt's name
 * @param arguments the positional arguments, unquoted
 */
record PromptInvocation(Optional<String> server, String name, List<String> arguments) {

  /** How many arguments are read: a prompt line is typed by a person. */
  static final int MAX_ARGUMENTS = 32;

  /** The invocation at the start of {@code prompt} (after blanks), if it starts with {@code @}. */
  static Optional<PromptInvocation> parse(String prompt) {
    String s = prompt.strip();
    if (!s.startsWith("@") || s.length() == 1) {
      return Optional.empty();
    }
    int end = 1;
    while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
      end++;
    }
    String ref = s.substring(1, end);
    int slash = ref.indexOf('/');
    Optional<String> server = slash > 0 ? Optional.of(ref.substring(0, slash)) : Optional.empty();
    String name = slash > 0 ? ref.substring(slash + 1) : ref;
    if (name.isEmpty() || name.indexOf('/') >= 0 || (slash == 0)) {
      return Optional.empty();
    }
    // Arguments: the rest of the first line.
    int eol = s.indexOf('\n', end);
    String rest = s.substring(end, eol < 0 ? s.length() : eol);
    return Optional.of(new PromptInvocation(server, name, arguments(rest)));
  }

  private static List<String> arguments(String rest) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < rest.length() && out.size() < MAX_ARGUMENTS) {
      char c = rest.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        StringBuilder b = new StringBuilder();
        i++;
        while (i < rest.length() && rest.charAt(i) != '"') {
          if (rest.charAt(i) == '\\' && i + 1 < rest.length()) {
            i++;
          }
          b.append(rest.charAt(i++));
        }
        i++; // the closing quote, or past the end of an unclosed one
        out.add(b.toString());
      } else {
        int start = i;
        while (i < rest.length() && !Character.isWhitespace(rest.charAt(i))) {
          i++;
        }
        out.add(rest.substring(start, i));
      }
    }
    return List.copyOf(out);
  }

  /**
   * A file prompt's name: letters, digits, {@code -}, {@code _}, {@code .}, not starting with a
   * dot.
   */
  boolean isFileName() {
    if (name.startsWith(".") || name.length() > 50) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }
}
