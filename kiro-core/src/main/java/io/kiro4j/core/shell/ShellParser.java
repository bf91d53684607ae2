package io.kiro4j.core.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a POSIX shell command line into its simple commands.
 *
 * <pre>{@code
 * ShellParse parse = ShellParser.parse("cd build && make -j4 | tee log");
 * if (parse instanceof ShellParse.Parsed parsed) {
 *   parsed.commands().forEach(c -> System.out.println(c.text()));  // cd build / make -j4 / tee log
 * }
 * }</pre>
 *
 * <p>Understood: {@code ;}, {@code &}, {@code &&}, {@code ||}, {@code |}, {@code |&}, newlines,
 * {@code ( )} subshells, {@code $( )} and backtick substitution (their commands are listed too,
 * after the command that holds them), {@code <( )}/{@code >( )} process substitution, single,
 * double and {@code $'...'} quotes, backslash escapes, line continuations, comments, {@code ${...}}
 * parameters, redirections with optional descriptor numbers, and here-documents (bodies are
 * skipped; an unquoted body holding a substitution is unparsable, since the shell would run it).
 *
 * <p>Reported as {@link ShellParse.Unparsable}: unbalanced quotes or parentheses, a missing command
 * around an operator, reserved words that start compound commands ({@code if}, {@code for}, {@code
 * while}, {@code case}, {@code function}, <code>{</code>, {@code [[} ...), function definitions,
 * {@code $(( ))} arithmetic, {@code ${...}} holding a substitution, and unclosed here-documents.
 * Pure function, thread-safe.
 */
public final class ShellParser {

  private static final Set<String> RESERVED =
      Set.of(
          "if",
          "then",
          "else",
          "elif",
          "fi",
          "for",
          "while",
          "until",
          "do",
          "done",
          "case",
          "esac",
          "function",
          "select",
          "{",
          "}",
          "[[",
          "]]",
          "coproc",
          "in");

  /** Nesting limit for subshells and substitutions, so hostile input cannot exhaust the stack. */
  private static final int MAX_DEPTH = 32;

  private final String src;
  private final List<SimpleCommand> out = new ArrayList<>();
  private final List<HereDoc> pendingHereDocs = new ArrayList<>();
  private int pos;
  private boolean compound;

  private ShellParser(String src, int pos) {
    this.src = src;
    this.pos = pos;
  }

  /** Parses {@code commandLine} into its simple commands, or says why it cannot. */
  public static ShellParse parse(String commandLine) {
    ShellParser p = new ShellParser(commandLine, 0);
    try {
      p.parseList(-1, 0);
      if (!p.pendingHereDocs.isEmpty()) {
        p.readHereDocs();
      }
    } catch (Failure f) {
      return new ShellParse.Unparsable(f.getMessage(), f.offset);
    }
    return new ShellParse.Parsed(p.out, p.compound || p.out.size() > 1);
  }

  private record HereDoc(String delimiter, boolean stripTabs, boolean quoted, int offset) {}

  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;

    Failure(String message, int offset) {
      // Reasons are one line: a quoted piece of the command (a here-doc delimiter) may hold breaks.
      super(
          message.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t"),
          null,
          false,
          false);
      this.offset = offset;
    }
  }

  private Failure fail(String message) {
    return new Failure(message, Math.min(pos, src.length()));
  }

  private boolean at(String s) {
    return src.startsWith(s, pos);
  }

  private int peek() {
    return pos < src.length() ? src.charAt(pos) : -1;
  }

  private void skipBlanks() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '\n') {
        pos += 2;
      } else {
        return;
      }
    }
  }

  /** A list of pipelines up to {@code terminator} (not consumed) or the end. */
  private void parseList(int terminator, int depth) throws Failure {
    if (depth > MAX_DEPTH) {
      throw fail("nesting deeper than " + MAX_DEPTH);
    }
    boolean needCommand = false; // after && || |: a command must follow
    boolean haveCommand = false; // since the last separator
    while (true) {
      skipBlanks();
      int c = peek();
      if (c == -1) {
        if (terminator != -1) {
          throw fail("missing '" + (char) terminator + "'");
        }
        if (needCommand) {
          throw fail("command expected after operator");
        }
        return;
      }
      if (c == terminator) {
        if (needCommand) {
          throw fail("command expected after operator");
        }
        return;
      }
      if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
        continue;
      }
      if (c == '\n') {
        pos++;
        readHereDocs();
        if (!needCommand) {
          haveCommand = false;
        }
        continue;
      }
      if (at("&&") || at("||") || at("|&") || c == '|') {
        if (!haveCommand) {
          throw fail("command expected before '" + (char) c + "'");
        }
        pos += at("|") && !at("||") && !at("|&") ? 1 : 2;
        needCommand = true;
        haveCommand = false;
        compound = true;
        continue;
      }
      if (c == ';' || c == '&') {
        if (!haveCommand || needCommand || at(";;") || at(";&")) {
          throw fail("unexpected '" + (char) c + "'");
        }
        pos++;
        haveCommand = false;
        continue;
      }
      if (haveCommand) {
        throw fail("operator expected");
      }
      if (c == ')') {
        throw fail("unexpected ')'");
      }
      if (c == '(') {
        pos++;
        compound = true;
        parseList(')', depth + 1);
        pos++; // ')'
        parseTrailingRedirections(depth);
      } else {
        parseSimpleCommand(terminator, depth);
      }
      haveCommand = true;
      needCommand = false;
    }
  }

  private void parseTrailingRedirections(int depth) throws Failure {
    List<String> ignored = new ArrayList<>();
    while (true) {
      skipBlanks();
      if (!readRedirection(ignored, depth)) {
        int c = peek();
        if (c != -1 && !isOperatorChar(c) && c != '\n' && c != '#') {
          throw fail("operator expected after ')'");
        }
        return;
      }
    }
  }

  private static boolean isOperatorChar(int c) {
    return c == ';' || c == '&' || c == '|' || c == '(' || c == ')' || c == '<' || c == '>';
  }

  private void parseSimpleCommand(int terminator, int depth) throws Failure {
    int start = pos;
    List<String> assignments = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> redirections = new ArrayList<>();
    List<SimpleCommand> nested = new ArrayList<>();
    int end = pos;
    while (true) {
      skipBlanks();
      int c = peek();
      if (c == -1
          || c == '\n'
          || c == ';'
          || c == '&' && !at("&>")
          || c == '|'
          || c == terminator) {
        break;
      }
      if (c == '#' && pos > start) {
        break;
      }
      if (c == ')') {
        throw fail("unexpected ')'");
      }
      if (c == '(') {
        throw fail(words.isEmpty() ? "unexpected '('" : "function definitions are not checked");
      }
      List<SimpleCommand> saved = new ArrayList<>(out);
      out.clear();
      if (readRedirection(redirections, depth)) {
        nested.addAll(out);
        out.clear();
        out.addAll(saved);
        end = pos;
        continue;
      }
      int wordStart = pos;
      String value = readWord(depth);
      nested.addAll(out);
      out.clear();
      out.addAll(saved);
      String raw = src.substring(wordStart, pos);
      end = pos;
      if (words.isEmpty() && isAssignment(raw)) {
        assignments.add(raw);
        continue;
      }
      if (words.isEmpty() && raw.equals(value) && RESERVED.contains(value)) {
        throw new Failure("compound command '" + value + "' is not checked", wordStart);
      }
      if (words.isEmpty() && raw.equals("!") && assignments.isEmpty()) {
        continue; // pipeline negation changes the exit status only
      }
      words.add(value);
    }
    String text = src.substring(start, end).trim();
    if (text.isEmpty()) {
      throw fail("command expected");
    }
    out.add(new SimpleCommand(text, assignments, words, redirections, depth));
    out.addAll(nested);
  }

  private static boolean isAssignment(String raw) {
    int eq = raw.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    for (int i = 0; i < eq; i++) {
      char ch = raw.charAt(i);
      boolean ok =
          ch == '_' || Character.isLetter(ch) && ch < 128 || i > 0 && ch >= '0' && ch <= '9';
      if (!ok) {
        return i == eq - 1 && ch == '+'; // NAME+=value
      }
    }
    return true;
  }

  /** Reads a redirection at pos if there is one; nested process-substitution commands go to out. */
  private boolean readRedirection(List<String> redirections, int depth) throws Failure {
    int start = pos;
    int p = pos;
    while (p < src.length() && Character.isDigit(src.charAt(p))) {
      p++;
    }
    if (p >= src.length()) {
      return false;
    }
    char c = src.charAt(p);
    boolean ampersand = p == pos && src.startsWith("&>", p);
    if (c != '<' && c != '>' && !ampersand) {
      return false;
    }
    if (p == pos && (src.startsWith("<(", p) || src.startsWith(">(", p))) {
      return false; // process substitution: a word
    }
    String[] ops = {"&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">"};
    String op = null;
    for (String o : ops) {
      if (src.startsWith(o, p)) {
        op = o;
        break;
      }
    }
    if (op == null) {
      return false;
    }
    pos = p + op.length();
    skipBlanks();
    int c2 = peek();
    if (c2 == -1 || c2 == '\n' || isOperatorChar(c2) && !at("<(") && !at(">(")) {
      throw fail("redirection target expected");
    }
    int targetStart = pos;
    String value = readWord(depth);
    String rawTarget = src.substring(targetStart, pos);
    if (op.equals("<<") || op.equals("<<-")) {
      boolean quoted = !rawTarget.equals(value);
      pendingHereDocs.add(new HereDoc(value, op.equals("<<-"), quoted, start));
    }
    redirections.add(
        src.substring(start, targetStart).replace(" ", "").replace("\t", "") + rawTarget);
    return true;
  }

  private void readHereDocs() throws Failure {
    for (HereDoc doc : pendingHereDocs) {
      boolean closed = false;
      StringBuilder body = new StringBuilder();
      while (pos < src.length()) {
        int nl = src.indexOf('\n', pos);
        int lineEnd = nl < 0 ? src.length() : nl;
        String line = src.substring(pos, lineEnd);
        pos = nl < 0 ? src.length() : nl + 1;
        String compare = doc.stripTabs() ? line.replaceFirst("^\t+", "") : line;
        if (compare.equals(doc.delimiter())) {
          closed = true;
          break;
        }
        body.append(line).append('\n');
      }
      if (!closed) {
        throw new Failure("here-document '" + doc.delimiter() + "' is not closed", doc.offset());
      }
      if (!doc.quoted() && (body.indexOf("$(") >= 0 || body.indexOf("`") >= 0)) {
        throw new Failure("here-document runs a command substitution", doc.offset());
      }
    }
    pendingHereDocs.clear();
  }

  /** Reads one word; returns its value with quotes removed. Nested commands are added to out. */
  private String readWord(int depth) throws Failure {
    StringBuilder value = new StringBuilder();
    int wordStart = pos;
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == ')') {
        break;
      }
      if (c == '(') {
        break;
      }
      if ((c == '<' || c == '>') && !(pos + 1 < src.length() && src.charAt(pos + 1) == '(')) {
        break;
      }
      if ((c == '<' || c == '>') && pos == wordStart) {
        // <( ... ) or >( ... ): process substitution
        pos += 2;
        compound = true;
        parseNested(')', depth);
        value.append(src, wordStart, pos);
        continue;
      }
      if (c == '<' || c == '>') {
        break;
      }
      if (c == '\\') {
        if (pos + 1 >= src.length()) {
          pos++;
          break;
        }
        char n = src.charAt(pos + 1);
        if (n != '\n') {
          value.append(n);
        }
        pos += 2;
      } else if (c == '\'') {
        int close = src.indexOf('\'', pos + 1);
        if (close < 0) {
          throw fail("unclosed single quote");
        }
        value.append(src, pos + 1, close);
        pos = close + 1;
      } else if (c == '"') {
        pos++;
        readDoubleQuoted(value, depth);
      } else if (c == '`') {
        readBackticks(value, depth);
      } else if (c == '$') {
        readDollar(value, depth);
      } else {
        value.append(c);
        pos++;
      }
    }
    if (pos == wordStart) {
      throw fail("word expected");
    }
    return value.toString();
  }

  private void readDoubleQuoted(StringBuilder value, int depth) throws Failure {
    while (true) {
      if (pos >= src.length()) {
        throw fail("unclosed double quote");
      }
      char c = src.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c == '\\' && pos + 1 < src.length() && "$`\"\\\n".indexOf(src.charAt(pos + 1)) >= 0) {
        if (src.charAt(pos + 1) != '\n') {
          value.append(src.charAt(pos + 1));
        }
        pos += 2;
      } else if (c == '`') {
        readBackticks(value, depth);
      } else if (c == '$') {
        readDollar(value, depth);
      } else {
        value.append(c);
        pos++;
      }
    }
  }

  private void readDollar(StringBuilder value, int depth) throws Failure {
    int start = pos;
    if (at("$((")) {
      throw fail("arithmetic expansion is not checked");
    }
    if (at("$(")) {
      pos += 2;
      compound = true;
      parseNested(')', depth);
      value.append(src, start, pos);
      return;
    }
    if (at("${")) {
      int level = 0;
      int p = pos + 1;
      while (p < src.length()) {
        char ch = src.charAt(p);
        if (ch == '{') {
          level++;
        } else if (ch == '}') {
          level--;
          if (level == 0) {
            break;
          }
        } else if (ch == '`' || ch == '$' && p + 1 < src.length() && src.charAt(p + 1) == '(') {
          throw fail("substitution inside ${...} is not checked");
        } else if (ch == '\\') {
          p++;
        }
        p++;
      }
      if (p >= src.length()) {
        throw fail("unclosed ${");
      }
      pos = p + 1;
      value.append(src, start, pos);
      return;
    }
    if (at("$'")) {
      int p = pos + 2;
      while (p < src.length() && src.charAt(p) != '\'') {
        p += src.charAt(p) == '\\' ? 2 : 1;
      }
      if (p >= src.length()) {
        throw fail("unclosed $' quote");
      }
      value.append(src, pos + 2, p);
      pos = p + 1;
      return;
    }
    value.append('$');
    pos++;
  }

  /** Parses {@code ...)} after an opening {@code $(}, {@code <(} or {@code >(}. */
  private void parseNested(int terminator, int depth) throws Failure {
    parseList(terminator, depth + 1);
    pos++; // the terminator
  }

  private void readBackticks(StringBuilder value, int depth) throws Failure {
    int start = pos;
    StringBuilder inner = new StringBuilder();
    int p = pos + 1;
    while (true) {
      if (p >= src.length()) {
        throw fail("unclosed backtick");
      }
      char ch = src.charAt(p);
      if (ch == '`') {
        break;
      }
      if (ch == '\\' && p + 1 < src.length() && "$`\\".indexOf(src.charAt(p + 1)) >= 0) {
        inner.append(src.charAt(p + 1));
        p += 2;
        continue;
      }
      inner.append(ch);
      p++;
    }
    if (depth + 1 > MAX_DEPTH) {
      throw fail("nesting deeper than " + MAX_DEPTH);
    }
    ShellParser nested = new ShellParser(inner.toString(), 0);
    try {
      nested.parseList(-1, depth + 1);
      nested.readHereDocs();
    } catch (Failure f) {
      throw new Failure("in backticks: " + f.getMessage(), start + 1 + f.offset);
    }
    out.addAll(nested.out);
    compound = true;
    pos = p + 1;
    value.append(src, start, pos);
  }
}
