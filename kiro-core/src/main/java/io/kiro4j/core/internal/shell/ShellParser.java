package io.kiro4j.core.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a bash command line into the simple commands bash would run, or says it cannot.
 *
 * <pre>{@code
 * ShellParse parse = ShellParser.parse("cd build && make -j4 | tee log");
 * if (parse instanceof ShellParse.Parsed parsed) {
 *   parsed.commands().forEach(c -> System.out.println(c.text()));  // cd build / make -j4 / tee log
 * }
 * }</pre>
 *
 * <p>It understands a closed subset of bash exactly and refuses everything else: a permission
 * decision is only as good as its picture of what runs, so a construct the parser is not sure of is
 * {@link ShellParse.Unparsable} ("cannot judge"), never guessed. The subset, with examples, is
 * documented in {@code docs/permissions.md}:
 *
 * <ul>
 *   <li>words of plain characters, {@code '…'}, {@code "…"}, backslash escapes and {@code $'…'}
 *       with the escapes {@code \n \t \r \a \b \e \E \f \v \\ \' \" \?};
 *   <li>the separators {@code ; & && || | |&} and newlines, a leading {@code !}, comments;
 *   <li>{@code ( … )} subshells (their trailing redirections apply to every command inside);
 *   <li>parameters {@code $NAME}, {@code ${NAME}} and the special ones ({@code $? $1 $@ …}), and
 *       command substitution {@code $( … )} and plain backticks: their commands are listed after
 *       the command that holds them, and the words they appear in are marked as {@linkplain
 *       ShellWord#expansion() expanded};
 *   <li>redirections with optional descriptor numbers, and here-documents whose delimiter is a
 *       plain word and whose body, unless the delimiter is quoted, holds no {@code $}, backtick or
 *       backslash;
 *   <li>line continuations between words.
 * </ul>
 *
 * <p>Cannot judge: control characters other than tab and newline, Unicode line separators, format
 * characters and other spaces than U+0020; {@code if for while until case select function coproc
 * time [[ { }} and the other reserved words; function definitions; arrays; {@code (( ))}, {@code
 * $(( ))} and {@code $[ ]} arithmetic; {@code ${…}} with any operator; {@code $"…"}; brace
 * expansion; process substitution; history expansion ({@code !} before a word); backticks holding
 * quotes or backslashes; line continuations inside words, quotes or operators; here-documents
 * inside substitutions or subshells; unclosed quotes, here-documents and parentheses.
 *
 * <p>Linear in the length of the line. Pure function, thread-safe.
 */
public final class ShellParser {

  /** Words that start or end compound commands when they come first in a command. */
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
          "in",
          "time");

  /** Nesting limit for subshells and substitutions, so hostile input cannot exhaust the stack. */
  private static final int MAX_DEPTH = 32;

  private static final int END = -1;

  private final String src;
  private final int limit;
  private final List<HereDoc> pendingHereDocs = new ArrayList<>();
  private int pos;
  private boolean compound;

  private ShellParser(String src, int from, int limit) {
    this.src = src;
    this.pos = from;
    this.limit = limit;
  }

  /** Parses {@code commandLine} into its simple commands, or says why it cannot be judged. */
  public static ShellParse parse(String commandLine) {
    int bad = firstUnjudgedCharacter(commandLine);
    if (bad >= 0) {
      return new ShellParse.Unparsable(
          String.format(
              "character U+%04X is not judged (terminals and other shells treat it differently)",
              (int) commandLine.charAt(bad)),
          bad);
    }
    ShellParser p = new ShellParser(commandLine, 0, commandLine.length());
    List<SimpleCommand> out = new ArrayList<>();
    try {
      p.parseList(END, 0, out, true);
      p.readHereDocs();
    } catch (Failure f) {
      return new ShellParse.Unparsable(f.getMessage(), f.offset);
    }
    return new ShellParse.Parsed(out, p.compound || out.size() > 1);
  }

  /**
   * The first character that is not judged anywhere in a line, or -1: C0 controls other than tab
   * and newline, DEL, C1 controls (NEL among them), spaces other than U+0020, line and paragraph
   * separators, and format characters (zero-width, bidirectional overrides, byte order mark).
   */
  static int firstUnjudgedCharacter(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 0x20 && c < 0x7F || c == '\t' || c == '\n') {
        continue;
      }
      if (c < 0x20 || c >= 0x7F && c <= 0x9F) {
        return i;
      }
      switch (Character.getType(c)) {
        case Character.SPACE_SEPARATOR:
        case Character.LINE_SEPARATOR:
        case Character.PARAGRAPH_SEPARATOR:
        case Character.FORMAT:
        case Character.CONTROL:
        case Character.UNASSIGNED:
        case Character.PRIVATE_USE:
          return i;
        case Character.SURROGATE:
          if (!Character.isSurrogatePair(c, i + 1 < line.length() ? line.charAt(i + 1) : 0)
              || !Character.isHighSurrogate(c)) {
            return i;
          }
          i++;
          break;
        default:
          break;
      }
    }
    return -1;
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
    return new Failure(message, Math.min(pos, limit));
  }

  private Failure fail(String message, int at) {
    return new Failure(message, at);
  }

  private int peek() {
    return pos < limit ? src.charAt(pos) : END;
  }

  private int peek(int ahead) {
    return pos + ahead < limit ? src.charAt(pos + ahead) : END;
  }

  private boolean at(String s) {
    return pos + s.length() <= limit && src.startsWith(s, pos);
  }

  /** Blanks and line continuations between words. */
  private void skipBlanks() {
    while (pos < limit) {
      char c = src.charAt(pos);
      if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\\' && peek(1) == '\n') {
        pos += 2;
      } else {
        return;
      }
    }
  }

  private static boolean isMeta(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == ';' || c == '&' || c == '|' || c == '('
        || c == ')' || c == '<' || c == '>';
  }

  // ------------------------------------------------------------------ lists and commands

  /** A list of pipelines up to {@code terminator} (not consumed) or the end. */
  private void parseList(int terminator, int depth, List<SimpleCommand> out, boolean mayBeEmpty)
      throws Failure {
    if (depth > MAX_DEPTH) {
      throw fail("nesting deeper than " + MAX_DEPTH);
    }
    boolean needCommand = false; // after && || |: a command must follow
    boolean haveCommand = false; // since the last separator
    boolean any = false;
    while (true) {
      skipBlanks();
      int c = peek();
      if (c == END || c == terminator) {
        if (c == END && terminator != END) {
          throw fail("missing '" + (char) terminator + "'");
        }
        if (needCommand) {
          throw fail("command expected after operator");
        }
        if (!any && !mayBeEmpty) {
          throw fail("empty subshell");
        }
        return;
      }
      if (c == '#') {
        while (pos < limit && src.charAt(pos) != '\n') {
          pos++;
        }
        continue;
      }
      if (c == '\n') {
        pos++;
        if (!pendingHereDocs.isEmpty()) {
          if (depth > 0) {
            throw fail("a here-document inside a subshell or substitution is not judged");
          }
          readHereDocs();
        }
        if (!needCommand) {
          haveCommand = false;
        }
        continue;
      }
      if (at("&&") || at("||") || at("|&") || c == '|') {
        if (!haveCommand) {
          throw fail("command expected before '" + (char) c + "'");
        }
        pos += at("&&") || at("||") || at("|&") ? 2 : 1;
        needCommand = true;
        haveCommand = false;
        compound = true;
        continue;
      }
      if (c == ';' || c == '&' && !at("&>")) {
        if (!haveCommand || needCommand || at(";;") || at(";&") || at("&;")) {
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
        parseSubshell(depth, out);
      } else {
        parseSimpleCommand(terminator, depth, out);
      }
      any = true;
      haveCommand = true;
      needCommand = false;
    }
  }

  /** {@code ( list ) [redirections]}: the redirections apply to every command inside. */
  private void parseSubshell(int depth, List<SimpleCommand> out) throws Failure {
    if (peek(1) == '(') {
      throw fail("arithmetic command (( )) is not judged");
    }
    if (!pendingHereDocs.isEmpty()) {
      throw fail("a subshell on a line with a pending here-document is not judged");
    }
    pos++;
    compound = true;
    List<SimpleCommand> inner = new ArrayList<>();
    parseList(')', depth + 1, inner, false);
    pos++; // ')'
    List<Redirection> redirections = new ArrayList<>();
    List<SimpleCommand> nested = new ArrayList<>();
    while (true) {
      skipBlanks();
      if (!readRedirection(redirections, nested, depth)) {
        break;
      }
    }
    int c = peek();
    if (c != END && c != '\n' && c != ';' && c != '&' && c != '|' && c != ')' && c != '#') {
      throw fail("operator expected after ')'");
    }
    for (SimpleCommand command : inner) {
      out.add(command.withOuterRedirections(redirections));
    }
    out.addAll(nested);
  }

  private void parseSimpleCommand(int terminator, int depth, List<SimpleCommand> out)
      throws Failure {
    int start = pos;
    int end = pos;
    List<String> assignments = new ArrayList<>();
    List<ShellWord> words = new ArrayList<>();
    List<Redirection> redirections = new ArrayList<>();
    List<SimpleCommand> nested = new ArrayList<>();
    while (true) {
      skipBlanks();
      int c = peek();
      if (c == END
          || c == '\n'
          || c == ';'
          || c == '|'
          || c == '&' && !at("&>")
          || c == terminator
          || c == '#') {
        break;
      }
      if (c == ')') {
        throw fail("unexpected ')'");
      }
      if (c == '(') {
        throw fail(
            words.isEmpty()
                ? "'(' inside a command (an array or a subshell) is not judged"
                : "function definitions are not judged");
      }
      if (readRedirection(redirections, nested, depth)) {
        end = pos;
        continue;
      }
      int wordStart = pos;
      ShellWord word = readWord(depth, nested);
      end = pos;
      if (words.isEmpty() && isAssignment(word.raw())) {
        assignments.add(word.raw());
        continue;
      }
      if (words.isEmpty() && assignments.isEmpty() && RESERVED.contains(word.raw())) {
        throw fail("compound command '" + word.raw() + "' is not judged", wordStart);
      }
      if (words.isEmpty() && word.raw().equals("!") && assignments.isEmpty()) {
        continue; // pipeline negation changes the exit status only
      }
      words.add(word);
    }
    String text = src.substring(start, end).trim();
    if (text.isEmpty() || words.isEmpty() && assignments.isEmpty() && redirections.isEmpty()) {
      throw fail("command expected");
    }
    out.add(new SimpleCommand(text, assignments, words, redirections, depth));
    out.addAll(nested);
  }

  /** {@code NAME=…} or {@code NAME+=…} with an unquoted name, as bash recognises assignments. */
  private static boolean isAssignment(String raw) {
    int eq = raw.indexOf('=');
    if (eq <= 0) {
      return false;
    }
    int nameEnd = raw.charAt(eq - 1) == '+' ? eq - 1 : eq;
    if (nameEnd == 0) {
      return false;
    }
    for (int i = 0; i < nameEnd; i++) {
      char ch = raw.charAt(i);
      boolean ok = ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z';
      if (!ok && !(i > 0 && ch >= '0' && ch <= '9')) {
        return false;
      }
    }
    return true;
  }

  // ------------------------------------------------------------------ redirections

  private static final String[] OPERATORS = {
    "&>>", "&>", "<<<", "<<-", "<<", "<>", "<&", ">>", ">&", ">|", "<", ">"
  };

  /** Reads a redirection at pos if there is one. */
  private boolean readRedirection(
      List<Redirection> redirections, List<SimpleCommand> nested, int depth) throws Failure {
    int start = pos;
    int p = pos;
    while (p < limit && src.charAt(p) >= '0' && src.charAt(p) <= '9') {
      p++;
    }
    if (p >= limit) {
      return false;
    }
    char c = src.charAt(p);
    boolean ampersand = p == pos && src.startsWith("&>", p);
    if (c != '<' && c != '>' && !ampersand) {
      return false;
    }
    if (p + 1 < limit && src.charAt(p + 1) == '(' && (c == '<' || c == '>')) {
      throw fail("process substitution is not judged", p);
    }
    String op = null;
    for (String o : OPERATORS) {
      if (src.startsWith(o, p) && p + o.length() <= limit) {
        op = o;
        break;
      }
    }
    if (op == null) {
      return false;
    }
    if (op.startsWith("&") && p != pos) {
      return false; // "2&>": the digits are a word
    }
    pos = p + op.length();
    skipBlanks();
    int t = peek();
    if (t == END || isMeta(t)) {
      throw fail("redirection target expected");
    }
    int targetStart = pos;
    ShellWord target = readWord(depth, nested);
    if (op.equals("<&") || op.equals(">&")) {
      boolean descriptor = target.literal() && target.value().matches("[0-9]+|-");
      if (op.equals("<&") && !descriptor) {
        throw fail("'<&' with a file name is not judged", targetStart);
      }
    }
    if (op.equals("<<") || op.equals("<<-")) {
      if (depth > 0) {
        throw fail("a here-document inside a subshell or substitution is not judged", start);
      }
      pendingHereDocs.add(hereDoc(target, op.equals("<<-"), start));
    }
    redirections.add(
        new Redirection(src.substring(start, p + op.length()) + target.raw(), op, target));
    return true;
  }

  private HereDoc hereDoc(ShellWord delimiter, boolean stripTabs, int offset) throws Failure {
    String raw = delimiter.raw();
    String plain = "[A-Za-z0-9_.-]+";
    if (raw.matches(plain)) {
      return new HereDoc(raw, stripTabs, false, offset);
    }
    if (raw.matches("'" + plain + "'|\"" + plain + "\"|\\\\" + plain)) {
      return new HereDoc(delimiter.value(), stripTabs, true, offset);
    }
    throw fail("here-document delimiter '" + raw + "' is not judged (use a plain word)", offset);
  }

  /** Reads the bodies of the pending here-documents, starting at pos (just after a newline). */
  private void readHereDocs() throws Failure {
    for (HereDoc doc : pendingHereDocs) {
      boolean closed = false;
      while (pos < limit) {
        int nl = src.indexOf('\n', pos);
        int lineEnd = nl < 0 || nl > limit ? limit : nl;
        int lineStart = pos;
        pos = lineEnd < limit ? lineEnd + 1 : limit;
        int from = lineStart;
        if (doc.stripTabs()) {
          while (from < lineEnd && src.charAt(from) == '\t') {
            from++;
          }
        }
        if (lineEnd - from == doc.delimiter().length() && src.startsWith(doc.delimiter(), from)) {
          closed = true;
          break;
        }
        if (lineEnd > lineStart && src.charAt(lineEnd - 1) == '\\') {
          throw fail("a here-document line ending in a backslash is not judged", lineStart);
        }
        if (!doc.quoted()) {
          for (int i = lineStart; i < lineEnd; i++) {
            char ch = src.charAt(i);
            if (ch == '$' || ch == '`' || ch == '\\') {
              throw fail(
                  "a here-document body with '"
                      + ch
                      + "' is expanded by the shell; not judged"
                      + " (quote the delimiter)",
                  i);
            }
          }
        }
      }
      if (!closed) {
        throw fail("here-document '" + doc.delimiter() + "' is not closed", doc.offset());
      }
    }
    pendingHereDocs.clear();
  }

  // ------------------------------------------------------------------ words

  /** Collects one word's value and what bash would still do to it. */
  private static final class WordBuilder {
    final StringBuilder value = new StringBuilder();
    boolean expansion;
    boolean pattern;
    boolean tilde;
  }

  /** Reads one word; commands of its substitutions go to {@code nested}. */
  private ShellWord readWord(int depth, List<SimpleCommand> nested) throws Failure {
    WordBuilder w = new WordBuilder();
    int start = pos;
    int openBrace = -1;
    while (pos < limit) {
      char c = src.charAt(pos);
      if (isMeta(c)) {
        break;
      }
      switch (c) {
        case '\\':
          if (pos + 1 >= limit) {
            throw fail("a trailing backslash is not judged");
          }
          if (src.charAt(pos + 1) == '\n') {
            throw fail("a line continuation inside a word is not judged");
          }
          w.value.append(src.charAt(pos + 1));
          pos += 2;
          break;
        case '\'':
          int close = src.indexOf('\'', pos + 1);
          if (close < 0 || close >= limit) {
            throw fail("unclosed single quote");
          }
          w.value.append(src, pos + 1, close);
          pos = close + 1;
          break;
        case '"':
          readDoubleQuoted(w, depth, nested);
          break;
        case '`':
          readBackticks(w, depth, nested);
          break;
        case '$':
          readDollar(w, depth, nested, false);
          break;
        case '!':
          checkHistory(false);
          w.value.append(c);
          pos++;
          break;
        case '{':
          openBrace = openBrace < 0 ? pos : openBrace;
          w.value.append(c);
          pos++;
          break;
        case '}':
          if (openBrace >= 0
              && !(pos - start == 1 && isMeta(peek(1)) || pos + 1 == limit && pos - start == 1)) {
            throw fail("brace expansion is not judged", openBrace);
          }
          w.value.append(c);
          pos++;
          break;
        case '~':
          if (pos == start || src.charAt(pos - 1) == '=' || src.charAt(pos - 1) == ':') {
            w.tilde = true;
          }
          w.value.append(c);
          pos++;
          break;
        case '*':
        case '?':
        case '[':
          w.pattern = true;
          w.value.append(c);
          pos++;
          break;
        default:
          w.value.append(c);
          pos++;
      }
    }
    if (pos == start) {
      throw fail("word expected");
    }
    return new ShellWord(
        src.substring(start, pos), w.value.toString(), w.expansion, w.pattern, w.tilde);
  }

  /**
   * History expansion: an interactive bash (the IDE's terminal) replaces {@code !word}, {@code !!}
   * and {@code !$}. Only a {@code !} that history expansion leaves alone is judged.
   */
  private void checkHistory(boolean inDoubleQuotes) throws Failure {
    int n = peek(1);
    boolean safe =
        n == END
            || n == ' '
            || n == '\t'
            || n == '\n'
            || n == '='
            || (inDoubleQuotes ? n == '"' : isMeta(n) && n != '(');
    if (!safe) {
      throw fail("'!' before a word is history expansion in an interactive shell; not judged");
    }
  }

  private void readDoubleQuoted(WordBuilder w, int depth, List<SimpleCommand> nested)
      throws Failure {
    int open = pos;
    pos++;
    while (true) {
      if (pos >= limit) {
        throw fail("unclosed double quote", open);
      }
      char c = src.charAt(pos);
      switch (c) {
        case '"':
          pos++;
          return;
        case '\\':
          int n = peek(1);
          if (n == '\n') {
            throw fail("a line continuation inside double quotes is not judged");
          }
          if (n == '$' || n == '`' || n == '"' || n == '\\') {
            w.value.append((char) n);
            pos += 2;
          } else {
            w.value.append('\\');
            pos++;
          }
          break;
        case '`':
          readBackticks(w, depth, nested);
          break;
        case '$':
          readDollar(w, depth, nested, true);
          break;
        case '!':
          checkHistory(true);
          w.value.append(c);
          pos++;
          break;
        default:
          w.value.append(c);
          pos++;
      }
    }
  }

  private void readDollar(WordBuilder w, int depth, List<SimpleCommand> nested, boolean inDq)
      throws Failure {
    int start = pos;
    int n = peek(1);
    if (n == '(') {
      if (peek(2) == '(') {
        throw fail("arithmetic expansion $(( )) is not judged");
      }
      if (!pendingHereDocs.isEmpty()) {
        throw fail("a substitution on a line with a pending here-document is not judged");
      }
      pos += 2;
      compound = true;
      List<SimpleCommand> inner = new ArrayList<>();
      parseList(')', depth + 1, inner, true);
      pos++; // ')'
      nested.addAll(inner);
      w.expansion = true;
      w.value.append(src, start, pos);
      return;
    }
    if (n == '{') {
      int p = pos + 2;
      int nameEnd = parameterEnd(p);
      if (nameEnd == p || nameEnd >= limit || src.charAt(nameEnd) != '}') {
        throw fail("parameter expansion ${…} with an operator is not judged");
      }
      pos = nameEnd + 1;
      w.expansion = true;
      w.value.append(src, start, pos);
      return;
    }
    if (n == '[') {
      throw fail("arithmetic expansion $[ ] is not judged");
    }
    if (n == '\'' && !inDq) {
      readAnsiC(w);
      return;
    }
    if (n == '"' && !inDq) {
      throw fail("locale translation $\"…\" is not judged");
    }
    int nameEnd = parameterEnd(pos + 1);
    if (nameEnd > pos + 1) {
      pos = nameEnd;
      w.expansion = true;
      w.value.append(src, start, pos);
      return;
    }
    w.value.append('$'); // a lone '$' is literal
    pos++;
  }

  /** The end of a parameter name or special parameter starting at {@code p} ({@code p} if none). */
  private int parameterEnd(int p) {
    if (p >= limit) {
      return p;
    }
    char c = src.charAt(p);
    if (c >= '0' && c <= '9' || "?#$!@*-".indexOf(c) >= 0) {
      return p + 1;
    }
    if (!(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
      return p;
    }
    int q = p + 1;
    while (q < limit) {
      char d = src.charAt(q);
      if (d == '_' || d >= 'a' && d <= 'z' || d >= 'A' && d <= 'Z' || d >= '0' && d <= '9') {
        q++;
      } else {
        break;
      }
    }
    return q;
  }

  /** {@code $'…'}: only escapes whose meaning is certain are decoded; others are not judged. */
  private void readAnsiC(WordBuilder w) throws Failure {
    int p = pos + 2;
    while (true) {
      if (p >= limit) {
        throw fail("unclosed $' quote");
      }
      char c = src.charAt(p);
      if (c == '\'') {
        pos = p + 1;
        return;
      }
      if (c != '\\') {
        w.value.append(c);
        p++;
        continue;
      }
      int e = p + 1 < limit ? src.charAt(p + 1) : END;
      String decoded = ansiEscape(e);
      if (decoded == null) {
        throw fail(
            "escape in $'…' is not judged (only \\n \\t \\r \\a \\b \\e \\f \\v \\\\ \\' \\\" \\?)",
            p);
      }
      w.value.append(decoded);
      p += 2;
    }
  }

  private static String ansiEscape(int e) {
    switch (e) {
      case 'n':
        return "\n";
      case 't':
        return "\t";
      case 'r':
        return "\r";
      case 'a':
        return "\u0007";
      case 'b':
        return "\b";
      case 'e':
      case 'E':
        return "\u001B";
      case 'f':
        return "\f";
      case 'v':
        return "\u000B";
      case '\\':
        return "\\";
      case '\'':
        return "'";
      case '"':
        return "\"";
      case '?':
        return "?";
      default:
        return null;
    }
  }

  /** Plain backticks only: with quotes or backslashes inside, bash's rules are not judged. */
  private void readBackticks(WordBuilder w, int depth, List<SimpleCommand> nested) throws Failure {
    int start = pos;
    int close = src.indexOf('`', pos + 1);
    if (close < 0 || close >= limit) {
      throw fail("unclosed backtick");
    }
    for (int i = pos + 1; i < close; i++) {
      char c = src.charAt(i);
      if (c == '\\' || c == '\'' || c == '"') {
        throw fail("backticks holding quotes or backslashes are not judged (use $( ))", i);
      }
    }
    if (!pendingHereDocs.isEmpty()) {
      throw fail("a substitution on a line with a pending here-document is not judged");
    }
    if (depth + 1 > MAX_DEPTH) {
      throw fail("nesting deeper than " + MAX_DEPTH);
    }
    ShellParser inner = new ShellParser(src, pos + 1, close);
    List<SimpleCommand> commands = new ArrayList<>();
    inner.parseList(END, depth + 1, commands, true);
    nested.addAll(commands);
    compound = true;
    pos = close + 1;
    w.expansion = true;
    w.value.append(src, start, pos);
  }
}
