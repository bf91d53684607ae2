package io.kiro4j.core.glob;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns pattern text into {@link GlobProgram}s: parse to a small tree, expand braces into
 * brace-free alternatives, recognise {@code **} segments per alternative, apply the dialect's
 * anchoring rule, then lay out instructions.
 *
 * <p>Braces are expanded at compile time so the matcher stays a flat loop; the number of
 * alternatives is capped ({@value #MAX_ALTERNATIVES}) so {@code {a,b}{a,b}...} cannot exhaust
 * memory.
 */
final class GlobCompiler {

  static final int MAX_ALTERNATIVES = 1024;
  private static final int MAX_BRACE_DEPTH = 32;

  private static final int N_LIT = 0;
  private static final int N_ONE = 1;
  private static final int N_STAR = 2;
  private static final int N_DOUBLE_STAR = 3;
  private static final int N_CLASS = 4;
  private static final int N_ALT = 5;

  /**
   * One parsed element: {@code cp} for literals, {@code cls} for classes, {@code alts} and the
   * offset of the <code>{</code> ({@code at}) for braces.
   */
  private static final class Node {
    final int kind;
    final int cp;
    final CharClass cls;
    final List<List<Node>> alts;
    final int at;

    Node(int kind, int cp, CharClass cls, List<List<Node>> alts, int at) {
      this.kind = kind;
      this.cp = cp;
      this.cls = cls;
      this.alts = alts;
      this.at = at;
    }

    boolean isSlash() {
      return kind == N_LIT && cp == '/';
    }
  }

  private static final Node ONE = new Node(N_ONE, 0, null, null, 0);
  private static final Node STAR = new Node(N_STAR, 0, null, null, 0);
  private static final Node DOUBLE_STAR = new Node(N_DOUBLE_STAR, 0, null, null, 0);

  private final String pattern;
  private final GlobDialect dialect;
  private final boolean caseInsensitive;
  private int pos;
  private int end;

  private GlobCompiler(String pattern, GlobDialect dialect, GlobOptions options) {
    this.pattern = pattern;
    this.dialect = dialect;
    this.caseInsensitive = options.caseInsensitive();
  }

  /** The compiled alternatives; a text matches the glob iff one of them matches. */
  static GlobProgram[] compile(String pattern, GlobDialect dialect, GlobOptions options) {
    return new GlobCompiler(pattern, dialect, options).compile();
  }

  /** Offset of the first unescaped {@code |} outside a class, or -1. */
  static int regexLookalikeIndex(String pattern, GlobDialect dialect) {
    boolean glob = dialect != GlobDialect.TOOL_NAME || isToolGlob(pattern);
    boolean inClass = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && glob && !(inClass && dialect == GlobDialect.TOOL_NAME)) {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[' && glob) {
        inClass = true;
        // A ']' right after '[' or '[!' is a member, not the end.
        if (i + 1 < pattern.length()
            && (pattern.charAt(i + 1) == '!' || pattern.charAt(i + 1) == '^')) {
          i++;
        }
        if (i + 1 < pattern.length() && pattern.charAt(i + 1) == ']') {
          i++;
        }
      } else if (c == '|') {
        return i;
      }
    }
    return -1;
  }

  /** Upstream switches on glob matching only for patterns with {@code *} or {@code ?}. */
  private static boolean isToolGlob(String pattern) {
    return pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
  }

  private GlobProgram[] compile() {
    int begin = 0;
    end = pattern.length();
    boolean anchored;
    switch (dialect) {
      case TOOL_NAME:
        if (pattern.isEmpty()) {
          throw error(0, "empty pattern");
        }
        GlobProgram exact = literalProgram(pattern);
        if (!isToolGlob(pattern)) {
          return new GlobProgram[] {exact};
        }
        pos = 0;
        List<GlobProgram> programs = build(parseSequence(0), false, false);
        // Upstream tests `pattern == name` before trying the glob.
        programs.add(exact);
        return programs.toArray(new GlobProgram[0]);
      case WORKSPACE_FILE:
        while (pattern.startsWith("./", begin)) {
          begin += 2;
        }
        anchored = pattern.startsWith("/", begin);
        if (anchored) {
          begin++;
        }
        break;
      default: // GITIGNORE
        if (end > 0 && pattern.charAt(end - 1) == '/') {
          end--; // directory-only marker: the ignore rule's business, not the pattern's
        }
        anchored = pattern.substring(0, end).indexOf('/') >= 0;
        if (pattern.startsWith("/", begin) && begin < end) {
          begin++;
        }
        break;
    }
    if (begin >= end) {
      throw error(Math.min(begin, pattern.length()), "empty pattern");
    }
    pos = begin;
    List<Node> tree = parseSequence(0);
    boolean anyDepthPerAlternative = dialect == GlobDialect.WORKSPACE_FILE && !anchored;
    boolean anyDepthAlways = dialect == GlobDialect.GITIGNORE && !anchored;
    return build(tree, anyDepthPerAlternative, anyDepthAlways).toArray(new GlobProgram[0]);
  }

  private GlobSyntaxException error(int index, String reason) {
    return new GlobSyntaxException(pattern, index, reason);
  }

  // ---------------------------------------------------------------- parsing

  private List<Node> parseSequence(int depth) {
    List<Node> seq = new ArrayList<>();
    boolean braces = dialect.hasBraces();
    while (pos < end) {
      char c = pattern.charAt(pos);
      switch (c) {
        case '\\':
          if (pos + 1 >= end) {
            throw error(pos, "trailing '\\' escapes nothing");
          }
          int escaped = pattern.codePointAt(pos + 1);
          seq.add(literal(escaped));
          pos += 1 + Character.charCount(escaped);
          break;
        case '*':
          int run = 0;
          while (pos < end && pattern.charAt(pos) == '*') {
            run++;
            pos++;
          }
          seq.add(run >= 2 ? DOUBLE_STAR : STAR);
          break;
        case '?':
          seq.add(ONE);
          pos++;
          break;
        case '[':
          seq.add(parseClass());
          break;
        case '{':
          if (!braces) {
            seq.add(literal(c));
            pos++;
            break;
          }
          seq.add(parseBraces(depth));
          break;
        case '}':
          if (!braces) {
            seq.add(literal(c));
            pos++;
            break;
          }
          if (depth > 0) {
            return seq;
          }
          throw error(pos, "'}' without a matching '{'");
        case ',':
          if (braces && depth > 0) {
            return seq;
          }
          seq.add(literal(c));
          pos++;
          break;
        default:
          int cp = pattern.codePointAt(pos);
          seq.add(literal(cp));
          pos += Character.charCount(cp);
          break;
      }
    }
    return seq;
  }

  private Node parseBraces(int depth) {
    int open = pos;
    if (depth >= MAX_BRACE_DEPTH) {
      throw error(open, "braces nested deeper than " + MAX_BRACE_DEPTH);
    }
    pos++;
    List<List<Node>> alts = new ArrayList<>();
    for (; ; ) {
      alts.add(parseSequence(depth + 1));
      if (pos >= end) {
        throw error(open, "unclosed '{' (no matching '}')");
      }
      char delimiter = pattern.charAt(pos++);
      if (delimiter == '}') {
        return new Node(N_ALT, 0, null, alts, open);
      }
    }
  }

  private Node parseClass() {
    int open = pos;
    pos++;
    boolean negated = false;
    if (pos < end && (pattern.charAt(pos) == '!' || pattern.charAt(pos) == '^')) {
      negated = true;
      pos++;
    }
    // globset (tool names) treats '\' inside a class literally; git and the workspace dialect
    // let it escape.
    boolean escapes = dialect != GlobDialect.TOOL_NAME;
    List<Integer> ranges = new ArrayList<>();
    long[] posix = new long[2];
    boolean first = true;
    for (; ; ) {
      if (pos >= end) {
        throw error(open, "unclosed '[' (no matching ']')");
      }
      int c = pattern.codePointAt(pos);
      if (c == ']' && !first) {
        pos++;
        break;
      }
      first = false;
      if (c == '[' && dialect == GlobDialect.GITIGNORE && parsePosixClass(posix)) {
        continue;
      }
      int rangeStart = pos;
      int low = classMember(escapes, open);
      int high = low;
      if (pos + 1 < end && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
        pos++;
        high = classMember(escapes, open);
        if (high < low) {
          throw error(
              rangeStart,
              "reversed range '"
                  + new String(Character.toChars(low))
                  + "-"
                  + new String(Character.toChars(high))
                  + "' in '['");
        }
      }
      ranges.add(low);
      ranges.add(high);
    }
    int[] r = new int[ranges.size()];
    for (int i = 0; i < r.length; i++) {
      r[i] = ranges.get(i);
    }
    return new Node(N_CLASS, 0, new CharClass(negated, r, posix, caseInsensitive), null, open);
  }

  private int classMember(boolean escapes, int open) {
    int c = pattern.codePointAt(pos);
    if (c == '\\' && escapes) {
      if (pos + 1 >= end) {
        throw error(open, "unclosed '[' (no matching ']')");
      }
      pos++;
      c = pattern.codePointAt(pos);
    }
    pos += Character.charCount(c);
    return c;
  }

  /**
   * Parses {@code [:name:]} at {@code pos} into {@code posix}. As in git's wildmatch, a {@code [:}
   * without {@code :]} before the next {@code ]} is an ordinary {@code [} member (returns false);
   * an unknown name is an error.
   */
  private boolean parsePosixClass(long[] posix) {
    if (pos + 1 >= end || pattern.charAt(pos + 1) != ':') {
      return false;
    }
    int close = pattern.indexOf(']', pos + 2);
    if (close < 0 || close >= end || pattern.charAt(close - 1) != ':' || close - 1 < pos + 2) {
      return false;
    }
    String name = pattern.substring(pos + 2, close - 1);
    if (!isPosixClassName(name)) {
      throw error(pos, "unknown character class '[:" + name + ":]'");
    }
    for (int c = 0; c < 128; c++) {
      if (inPosixClass(name, c)) {
        if (c < 64) {
          posix[0] |= 1L << c;
        } else {
          posix[1] |= 1L << (c - 64);
        }
      }
    }
    pos = close + 1;
    return true;
  }

  private static boolean isPosixClassName(String name) {
    switch (name) {
      case "alnum":
      case "alpha":
      case "blank":
      case "cntrl":
      case "digit":
      case "graph":
      case "lower":
      case "print":
      case "punct":
      case "space":
      case "upper":
      case "xdigit":
        return true;
      default:
        return false;
    }
  }

  private static boolean inPosixClass(String name, int c) {
    boolean upper = c >= 'A' && c <= 'Z';
    boolean lower = c >= 'a' && c <= 'z';
    boolean digit = c >= '0' && c <= '9';
    boolean graph = c > 32 && c < 127;
    switch (name) {
      case "alnum":
        return upper || lower || digit;
      case "alpha":
        return upper || lower;
      case "blank":
        return c == ' ' || c == '\t';
      case "cntrl":
        return c < 32 || c == 127;
      case "digit":
        return digit;
      case "graph":
        return graph;
      case "lower":
        return lower;
      case "print":
        return graph || c == ' ';
      case "punct":
        return graph && !(upper || lower || digit);
      case "space":
        return c == ' ' || c >= 9 && c <= 13;
      case "upper":
        return upper;
      case "xdigit":
        return digit || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
      default:
        return false;
    }
  }

  private static Node literal(int cp) {
    return new Node(N_LIT, cp, null, null, 0);
  }

  // ---------------------------------------------------------------- expansion

  private List<List<Node>> expand(List<Node> seq) {
    List<List<Node>> result = new ArrayList<>();
    result.add(new ArrayList<>());
    for (Node node : seq) {
      if (node.kind != N_ALT) {
        for (List<Node> prefix : result) {
          prefix.add(node);
        }
        continue;
      }
      List<List<Node>> options = new ArrayList<>();
      for (List<Node> alt : node.alts) {
        options.addAll(expand(alt));
      }
      if (dialect == GlobDialect.TOOL_NAME) {
        // globset drops empty alternatives ({,a} is {a}) unless all are empty.
        List<List<Node>> nonEmpty = new ArrayList<>();
        for (List<Node> option : options) {
          if (!option.isEmpty()) {
            nonEmpty.add(option);
          }
        }
        if (!nonEmpty.isEmpty()) {
          options = nonEmpty;
        } else {
          options = List.of(List.of());
        }
      }
      if ((long) result.size() * options.size() > MAX_ALTERNATIVES) {
        throw error(node.at, "braces expand to more than " + MAX_ALTERNATIVES + " alternatives");
      }
      List<List<Node>> next = new ArrayList<>(result.size() * options.size());
      for (List<Node> prefix : result) {
        for (List<Node> option : options) {
          List<Node> combined = new ArrayList<>(prefix.size() + option.size());
          combined.addAll(prefix);
          combined.addAll(option);
          next.add(combined);
        }
      }
      result = next;
    }
    return result;
  }

  // ---------------------------------------------------------------- layout

  private List<GlobProgram> build(
      List<Node> tree, boolean anyDepthPerAlternative, boolean anyDepthAlways) {
    List<GlobProgram> programs = new ArrayList<>();
    for (List<Node> expanded : expand(tree)) {
      List<Node> alternative = joinStarRuns(expanded);
      boolean anyDepth = anyDepthAlways;
      if (anyDepthPerAlternative) {
        anyDepth = !hasSlash(alternative);
      }
      programs.add(layout(alternative, anyDepth));
    }
    return programs;
  }

  /**
   * Whether {@code seq} has a {@code /}; a loop, not a stream: every glob compiles through here.
   */
  private static boolean hasSlash(List<Node> seq) {
    for (Node node : seq) {
      if (node.isSlash()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Braces expand textually, as in bash and minimatch: stars that meet after expansion form one
   * run, so <code>{*,}*</code> reads as {@code **}.
   */
  private static List<Node> joinStarRuns(List<Node> seq) {
    List<Node> joined = new ArrayList<>(seq.size());
    for (Node node : seq) {
      int last = joined.size() - 1;
      if (isStar(node) && last >= 0 && isStar(joined.get(last))) {
        joined.set(last, DOUBLE_STAR);
      } else {
        joined.add(node);
      }
    }
    return joined;
  }

  private static boolean isStar(Node node) {
    return node.kind == N_STAR || node.kind == N_DOUBLE_STAR;
  }

  private GlobProgram layout(List<Node> seq, boolean anyDepth) {
    boolean stopAtSlash = dialect.wildcardsStopAtSlash();
    List<Byte> ops = new ArrayList<>();
    List<Object> args = new ArrayList<>(); // StringBuilder for LIT, CharClass for CLASS
    if (anyDepth) {
      push(ops, args, GlobProgram.DIRS, null);
    }
    int n = seq.size();
    for (int i = 0; i < n; i++) {
      Node node = seq.get(i);
      switch (node.kind) {
        case N_LIT:
          appendLiteral(ops, args, node.cp);
          break;
        case N_ONE:
          push(ops, args, GlobProgram.ONE, null);
          break;
        case N_CLASS:
          push(ops, args, GlobProgram.CLASS, node.cls);
          break;
        case N_STAR:
          push(ops, args, stopAtSlash ? GlobProgram.STAR : GlobProgram.ALL, null);
          break;
        default: // N_DOUBLE_STAR
          boolean wholeSegment =
              (i == 0 || seq.get(i - 1).isSlash()) && (i == n - 1 || seq.get(i + 1).isSlash());
          if (!wholeSegment) {
            push(ops, args, stopAtSlash ? GlobProgram.STAR : GlobProgram.ALL, null);
          } else if (i == n - 1) {
            push(ops, args, GlobProgram.ALL, null);
          } else {
            push(ops, args, GlobProgram.DIRS, null);
            i++; // the '/' after "**" belongs to DIRS: (.*/)?
          }
          break;
      }
    }
    int count = ops.size();
    byte[] opArray = new byte[count];
    int[] litStart = new int[count];
    int[] litEnd = new int[count];
    CharClass[] classes = new CharClass[count];
    StringBuilder chars = new StringBuilder();
    for (int i = 0; i < count; i++) {
      opArray[i] = ops.get(i);
      Object arg = args.get(i);
      if (arg instanceof StringBuilder) {
        litStart[i] = chars.length();
        chars.append((StringBuilder) arg);
        litEnd[i] = chars.length();
      } else if (arg instanceof CharClass) {
        classes[i] = (CharClass) arg;
      }
    }
    char[] charArray = chars.toString().toCharArray();
    if (caseInsensitive) {
      for (int i = 0; i < charArray.length; i++) {
        charArray[i] = GlobProgram.fold(charArray[i]);
      }
    }
    return new GlobProgram(
        opArray, litStart, litEnd, classes, charArray, stopAtSlash, caseInsensitive);
  }

  private static void appendLiteral(List<Byte> ops, List<Object> args, int cp) {
    int last = ops.size() - 1;
    if (last >= 0 && ops.get(last) == GlobProgram.LIT) {
      ((StringBuilder) args.get(last)).appendCodePoint(cp);
    } else {
      ops.add(GlobProgram.LIT);
      args.add(new StringBuilder().appendCodePoint(cp));
    }
  }

  /** Appends a wildcard, merging it with the previous one where the two mean one thing. */
  private static void push(List<Byte> ops, List<Object> args, byte op, Object arg) {
    int last = ops.size() - 1;
    byte previous = last >= 0 ? ops.get(last) : -1;
    boolean previousSpanning = previous == GlobProgram.ALL || previous == GlobProgram.DIRS;
    if (op == GlobProgram.STAR && (previous == GlobProgram.STAR || previous == GlobProgram.ALL)) {
      return; // ** within a segment is *; .*[^/]* is .*
    }
    if (op == GlobProgram.DIRS && previous == GlobProgram.DIRS) {
      return; // **/**/ is **/
    }
    if (op == GlobProgram.ALL && (previous == GlobProgram.STAR || previousSpanning)) {
      ops.set(last, GlobProgram.ALL); // [^/]*.* and (.*/)?.* are .*
      return;
    }
    if (op == GlobProgram.DIRS && previous == GlobProgram.ALL) {
      return; // .*(.*/)? is .*
    }
    ops.add(op);
    args.add(arg);
  }

  private GlobProgram literalProgram(String text) {
    char[] chars = text.toCharArray();
    if (caseInsensitive) {
      for (int i = 0; i < chars.length; i++) {
        chars[i] = GlobProgram.fold(chars[i]);
      }
    }
    return new GlobProgram(
        new byte[] {GlobProgram.LIT},
        new int[] {0},
        new int[] {chars.length},
        new CharClass[1],
        chars,
        false,
        caseInsensitive);
  }
}
