package io.kiro4j.core.json.edit;

/**
 * How a document is laid out, detected once so that new members look like their neighbours: the
 * line ending, the indentation unit, the text between a key and its value, and whether the document
 * is on one line.
 */
record Style(String newline, String indent, String colon, String comma, boolean oneLine) {

  private static final int LINES_LOOKED_AT = 200;

  static Style of(String text, Members root) {
    int lf = text.indexOf('\n');
    boolean oneLine = lf < 0 && text.indexOf('\r') < 0;
    String newline =
        lf > 0 && text.charAt(lf - 1) == '\r' ? "\r\n" : lf < 0 && !oneLine ? "\r" : "\n";
    return new Style(newline, indentUnit(text), colon(text, root), comma(text, root), oneLine);
  }

  /** The smallest indentation of a line (a tab when lines are indented with tabs); two spaces. */
  private static String indentUnit(String text) {
    String best = null;
    int lines = 0;
    int i = 0;
    int n = text.length();
    while (i < n && lines < LINES_LOOKED_AT) {
      int next = text.indexOf('\n', i);
      if (next < 0) {
        break;
      }
      i = next + 1;
      lines++;
      int j = i;
      while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      if (j > i && j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
        if (text.charAt(i) == '\t') {
          return "\t";
        }
        if (best == null || j - i < best.length()) {
          best = text.substring(i, j);
        }
      }
    }
    return best == null ? "  " : best;
  }

  /** What separates the root's first key from its value, when it is plain blanks and a colon. */
  private static String colon(String text, Members root) {
    if (!root.list.isEmpty()) {
      Members.Member first = root.list.get(0);
      String between = text.substring(first.keyEnd(), first.valueStart());
      if (between.strip().equals(":") && between.indexOf('\n') < 0 && between.indexOf('\r') < 0) {
        return between;
      }
    }
    return ": ";
  }

  /** What follows a comma between members on one line: the root's, else one space. */
  private static String comma(String text, Members root) {
    if (root.list.size() > 1 && root.list.get(0).comma() >= 0) {
      String between = text.substring(root.list.get(0).comma() + 1, root.list.get(1).keyStart());
      if (between.isBlank() && between.indexOf('\n') < 0 && between.indexOf('\r') < 0) {
        return between;
      }
    }
    return " ";
  }
}
