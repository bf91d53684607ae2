package io.kiro4j.core.steering;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code #[[file:...]]} references in Markdown. References inside fenced code blocks are
 * examples, not links (the docs themselves show the syntax in a fence, L1199–1201), so they are
 * skipped.
 */
final class FileReferences {

  // A fixed, linear pattern written by us (never user input), so java.util.regex is safe here.
  private static final Pattern REFERENCE = Pattern.compile("#\\[\\[file:([^\\]\\r\\n]*)\\]\\]");

  private FileReferences() {}

  /** The references in {@code text}, whose first line is line {@code firstLine} of its file. */
  static List<FileReference> scan(String text, int firstLine) {
    if (text.indexOf("#[[file:") < 0) {
      return List.of();
    }
    List<FileReference> found = new ArrayList<>();
    String fence = null;
    int line = firstLine;
    int pos = 0;
    while (pos <= text.length()) {
      int end = text.indexOf('\n', pos);
      if (end < 0) {
        end = text.length();
      }
      String content = text.substring(pos, end);
      String trimmed = content.stripLeading();
      if (fence == null && (trimmed.startsWith("```") || trimmed.startsWith("~~~"))) {
        fence = trimmed.substring(0, 3);
      } else if (fence != null && trimmed.startsWith(fence)) {
        fence = null;
      } else if (fence == null) {
        Matcher m = REFERENCE.matcher(content);
        while (m.find()) {
          found.add(new FileReference(m.group(1).strip(), line, m.start() + 1));
        }
      }
      if (end == text.length()) {
        break;
      }
      pos = end + 1;
      line++;
    }
    return List.copyOf(found);
  }
}
