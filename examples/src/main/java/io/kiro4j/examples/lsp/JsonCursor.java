package io.kiro4j.examples.lsp;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the {@link KeyContext} of an offset in a JSON text that may be half typed: a tolerant scan
 * of tokens from the start (strings end at a line break if unclosed, comments are skipped, unknown
 * characters are skipped), keeping the stack of open objects and arrays. Linear in the text's
 * length; never throws for any input.
 */
final class JsonCursor {

  private JsonCursor() {}

  /** One open object or array. */
  private static final class Frame {
    final boolean object;
    final List<String> path;
    final Set<String> keys = new HashSet<>();
    String key = "";
    boolean afterColon;

    Frame(boolean object, List<String> path) {
      this.object = object;
      this.path = path;
    }
  }

  static KeyContext at(String text, int offset) {
    Deque<Frame> stack = new ArrayDeque<>();
    KeyContext found = null;
    Frame foundFrame = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      if (found == null && i >= offset) {
        found = between(stack.peek(), offset);
        foundFrame = stack.peek();
      }
      char c = text.charAt(i);
      Frame top = stack.peek();
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
        int eol = text.indexOf('\n', i);
        i = eol < 0 ? n : eol;
      } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
        int close = text.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else if (c == '{' || c == '[') {
        stack.push(new Frame(c == '{', childPath(top)));
        i++;
      } else if (c == '}' || c == ']') {
        if (!stack.isEmpty()) {
          stack.pop();
        }
        i++;
      } else if (c == ':') {
        if (top != null) {
          top.afterColon = true;
        }
        i++;
      } else if (c == ',') {
        if (top != null && top.object) {
          top.afterColon = false;
          top.key = "";
        }
        i++;
      } else if (c == '"') {
        int j = i + 1;
        StringBuilder s = new StringBuilder();
        while (j < n && text.charAt(j) != '"' && text.charAt(j) != '\n') {
          if (text.charAt(j) == '\\' && j + 1 < n) {
            s.append(text.charAt(j + 1));
            j += 2;
          } else {
            s.append(text.charAt(j++));
          }
        }
        boolean closed = j < n && text.charAt(j) == '"';
        int end = closed ? j + 1 : j;
        boolean isKey = top != null && top.object && !top.afterColon;
        if (found == null && offset > i && offset <= j) {
          String key = isKey ? s.toString() : valueKey(top);
          found =
              new KeyContext(
                  isKey ? KeyContext.Place.KEY : valueOrNone(top),
                  top == null ? List.of() : top.path,
                  key,
                  i,
                  end,
                  true,
                  Set.of());
          foundFrame = top;
        }
        if (isKey) {
          top.key = s.toString();
          top.keys.add(top.key);
        }
        i = end;
      } else {
        int j = i;
        while (j < n && ",:{}[]\" \t\r\n".indexOf(text.charAt(j)) < 0) {
          j++;
        }
        j = Math.max(j, i + 1);
        if (found == null && offset > i && offset <= j) {
          found =
              new KeyContext(
                  valueOrNone(top),
                  top == null ? List.of() : top.path,
                  valueKey(top),
                  i,
                  j,
                  false,
                  Set.of());
          foundFrame = top;
        }
        i = j;
      }
    }
    if (found == null) {
      found = between(stack.peek(), offset);
      foundFrame = stack.peek();
    }
    Set<String> present = foundFrame == null ? Set.of() : Set.copyOf(foundFrame.keys);
    return new KeyContext(
        found.place(),
        found.path(),
        found.key(),
        found.start(),
        found.end(),
        found.quoted(),
        present);
  }

  private static List<String> childPath(Frame parent) {
    if (parent == null) {
      return List.of();
    }
    List<String> p = new ArrayList<>(parent.path);
    p.add(parent.object ? parent.key : "[]");
    return List.copyOf(p);
  }

  private static KeyContext between(Frame top, int offset) {
    if (top == null) {
      return KeyContext.none(offset);
    }
    KeyContext.Place place =
        top.object && !top.afterColon ? KeyContext.Place.KEY : KeyContext.Place.VALUE;
    String key = place == KeyContext.Place.KEY ? "" : valueKey(top);
    return new KeyContext(place, top.path, key, offset, offset, false, Set.of());
  }

  private static KeyContext.Place valueOrNone(Frame top) {
    return top == null ? KeyContext.Place.NONE : KeyContext.Place.VALUE;
  }

  private static String valueKey(Frame top) {
    return top == null ? "" : top.object ? top.key : "[]";
  }
}
