package io.kiro4j.core.json.edit;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.json.JsonPosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON text that can be edited one member at a time without touching any other byte: key order,
 * indentation, line endings (LF or CRLF), the trailing newline, a byte order mark, comments and
 * trailing commas (accepted as Kiro's lenient JSON accepts them) all stay as they were. A new
 * member goes after the last member of its object, indented like its siblings (or one unit deeper
 * than the object's line, with the unit detected from the document), with the document's line
 * ending; in an object written on one line it stays on that line.
 *
 * <pre>{@code
 * JsonText text = JsonText.parse(Files.readString(file), file).orElseThrow();
 * JsonText edited = text.apply(JsonEdit.set("/mcpServers/git/disabled", BooleanNode.TRUE))
 *     .orElseThrow();
 * Files.writeString(file, edited.text()); // or JsonFile, which writes atomically
 * }</pre>
 *
 * <h2>Guarantees</h2>
 *
 * <ul>
 *   <li>Text that does not parse is refused ({@code EDIT-001}), never edited.
 *   <li>Only the edited member's bytes change (plus, when a member is added or removed, the comma
 *       and line break that separate it from its neighbours).
 *   <li>Every edit is verified before it is returned: the new text is parsed again and its tree
 *       must equal the old tree with exactly this edit applied ({@code EDIT-004} otherwise).
 *   <li>Adding a member and removing it again gives back the original text, except in an empty
 *       object written with only blanks or one line break inside ({@code { }}), which comes back as
 *       {@code {}}.
 * </ul>
 *
 * <p>Removing a member that appears twice in its object is refused ({@code EDIT-003}); setting one
 * changes the later occurrence, the one every reader uses.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class JsonText {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Path file;
  private final String text;
  private volatile JsonDocument document;
  private volatile Outline outline;

  private JsonText(Path file, String text, Outline outline) {
    this.file = file;
    this.text = text;
    this.outline = outline;
  }

  /**
   * Parses {@code text} (comments and trailing commas allowed). Refused with {@code EDIT-001} and
   * the parser's diagnostics when it does not parse.
   *
   * @param file where the text comes from; only used in diagnostics
   */
  public static EditResult parse(String text, Path file) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(file, "file");
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Outline outline = Outline.of(body);
    if (outline != null) {
      // The tree is built when someone asks for it: an edit needs only the text and its outline.
      return new EditResult.Edited(new JsonText(file, text, outline));
    }
    JsonResult result = JsonLoader.lenient().parse(text, file);
    {
      List<Diagnostic> reasons = new ArrayList<>();
      reasons.add(
          Diagnostic.ofFile(
              JsonEditCode.NOT_PARSEABLE,
              file,
              "the file does not parse as JSON; it is left as it is (fix it first)"));
      result.diagnostics().stream().filter(Diagnostic::isError).forEach(reasons::add);
      return new EditResult.Refused(reasons);
    }
  }

  /** The text of a new, empty document: {@code {}} and a line break. */
  public static JsonText emptyObject(Path file) {
    return parse("{}\n", file).orElseThrow();
  }

  /** The file the text belongs to. */
  public Path file() {
    return file;
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  /** Where the value at {@code pointer} starts (line and column of the text). */
  public JsonPosition position(String pointer) {
    return document().position(pointer);
  }

  /** Where the key of the member at {@code pointer} starts. */
  public JsonPosition keyPosition(String pointer) {
    return document().keyPosition(pointer);
  }

  /** A diagnostic at the key of the member at {@code pointer}. */
  public Diagnostic keyDiagnostic(DiagnosticCode code, String pointer, String message) {
    return document().keyDiagnostic(code, pointer, message);
  }

  /** The parsed document (read-only), with positions for diagnostics; parsed on the first call. */
  JsonDocument document() {
    JsonDocument parsed = document;
    if (parsed == null) {
      // Parsed before without error, with the same features and limits: a document is certain.
      parsed = JsonLoader.lenient().parse(text, file).document().orElseThrow();
      document = parsed;
    }
    return parsed;
  }

  /** Where the objects and arrays of the text (without its byte order mark) end. */
  private Outline outline(String body) {
    Outline found = outline;
    if (found == null) {
      // An edit's result: its text parsed when it was verified, so it has an outline.
      found = Objects.requireNonNull(Outline.of(body), "outline of a verified text");
      outline = found;
    }
    return found;
  }

  /** The parsed tree (read-only: it is shared, not copied). */
  public JsonNode root() {
    return document().root();
  }

  /** Applies each edit in turn; refused as a whole when one is refused. */
  public EditResult applyAll(List<JsonEdit> edits) {
    JsonText current = this;
    for (JsonEdit edit : edits) {
      EditResult result = current.apply(edit);
      if (result instanceof EditResult.Refused) {
        return result;
      }
      current = ((EditResult.Edited) result).text();
    }
    return new EditResult.Edited(current);
  }

  /** Applies one edit; see the class comment for what is guaranteed. */
  public EditResult apply(JsonEdit edit) {
    Objects.requireNonNull(edit, "edit");
    int bom = text.startsWith("\uFEFF") ? 1 : 0;
    String body = text.substring(bom);
    int rootStart = Members.skipBlank(body, 0);
    if (body.charAt(rootStart) != '{') {
      return refuse(JsonEditCode.NOT_AN_OBJECT, "", "the document is not a JSON object");
    }
    Outline outline = outline(body);
    Members root = Members.of(body, rootStart, outline);
    Style style = Style.of(body, root);

    // Walk down to the object that holds (or will hold) the member.
    Members object = root;
    List<String> path = edit.path();
    int depth = 0;
    for (; depth < path.size() - 1; depth++) {
      Members.Member step = object.find(path.get(depth));
      if (step == null) {
        break;
      }
      if (body.charAt(step.valueStart()) != '{') {
        return refuse(
            JsonEditCode.NOT_AN_OBJECT,
            pointer(path, depth + 1),
            "'"
                + path.get(depth)
                + "' is not an object: it cannot hold '"
                + path.get(depth + 1)
                + "'");
      }
      object = Members.of(body, step.valueStart(), outline);
    }
    String key = path.get(depth);
    JsonNode value = edit.valueOrNull();
    if (value == null && depth < path.size() - 1) {
      return new EditResult.Edited(this); // a parent is missing: nothing to remove
    }
    if (value != null) {
      for (int k = path.size() - 1; k > depth; k--) { // missing parents become new objects
        ObjectNode holder = NODES.objectNode();
        holder.set(path.get(k), value);
        value = holder;
      }
    }
    if (value != null && depth + 1 + nesting(value) > Outline.MAX_DEPTH) {
      // Read back on its own, the edited object would pass; in its place in the document it would
      // nest deeper than any reader of the file accepts.
      return refuse(
          JsonEditCode.NOT_VERIFIED,
          edit.pointer(),
          "the value would nest the document deeper than "
              + Outline.MAX_DEPTH
              + " levels; not applied");
    }
    Members.Member member = object.find(key);
    int siblings = depth == path.size() - 1 ? object.list.size() : 0;
    String edited;
    if (value == null) {
      if (member == null) {
        return new EditResult.Edited(this);
      }
      if (object.count(key) > 1) {
        return refuse(
            JsonEditCode.DUPLICATE_KEY,
            edit.pointer(),
            "'" + key + "' appears more than once in its object; remove the duplicates by hand");
      }
      edited = remove(body, object, member);
      siblings--;
    } else if (member != null) {
      String indent = lineIndent(body, member.keyStart());
      String printed =
          new ValuePrinter(style).print(value, indent, style.oneLine() || oneLine(body, object));
      edited = splice(body, member.valueStart(), member.valueEnd(), printed);
    } else {
      edited = insert(body, object, key, value, style);
      siblings++;
    }
    // Every change lies inside the object's braces: the text around them is the same bytes, so
    // the new object, read back on its own, proves the whole new text (a value replaced by a
    // value).
    int close = object.close + edited.length() - body.length();
    String span = edited.substring(object.open, close + 1);
    return verify(
        text.substring(0, bom), edited, span, path.subList(depth, path.size()), edit, siblings);
  }

  /**
   * Reads the new text back: it must parse, hold the edited member with the new value (or not at
   * all, after a removal), and its object must have one member more, one less or as many as before.
   * Everything else is the old text, byte for byte, by construction.
   */
  private EditResult verify(
      String bom, String body, String object, List<String> rest, JsonEdit edit, int siblings) {
    ReadBack.Member member = ReadBack.read(object, rest);
    JsonNode value = edit.valueOrNull();
    if (!member.parses()) {
      return refuse(JsonEditCode.NOT_VERIFIED, "", "the edited text does not parse; not applied");
    }
    boolean asIntended =
        value == null
            ? member.value() == null
            : member.value() != null && sameValue(member.value(), value);
    if (!asIntended || member.siblings() != siblings) {
      return refuse(
          JsonEditCode.NOT_VERIFIED,
          edit.pointer(),
          "the edited document does not read back as intended; not applied");
    }
    return new EditResult.Edited(new JsonText(file, bom + body, null));
  }

  /** How many objects and arrays deep {@code value} is (0 for a scalar). */
  private static int nesting(JsonNode value) {
    int deepest = 0;
    for (JsonNode child : value.values()) {
      deepest = Math.max(deepest, nesting(child));
    }
    return value.isContainer() ? deepest + 1 : 0;
  }

  /** Equal as JSON: numbers compared by value, whatever node class holds them. */
  private static boolean sameValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    if (a.isContainer()
        && b.isContainer()
        && a.size() == b.size()
        && a.isObject() == b.isObject()) {
      if (a.isObject()) {
        for (var e : a.properties()) {
          if (!b.has(e.getKey()) || !sameValue(e.getValue(), b.get(e.getKey()))) {
            return false;
          }
        }
        return true;
      }
      for (int i = 0; i < a.size(); i++) {
        if (!sameValue(a.get(i), b.get(i))) {
          return false;
        }
      }
      return true;
    }
    return a.equals(b);
  }

  private static String insert(String body, Members object, String key, JsonNode value, Style s) {
    ValuePrinter printer = new ValuePrinter(s);
    boolean oneLine = s.oneLine() || (!object.list.isEmpty() && oneLine(body, object));
    if (object.list.isEmpty()) {
      if (oneLine) {
        return splice(body, object.open + 1, object.open + 1, printer.member(key, value, "", true));
      }
      String closeIndent = lineIndent(body, object.open);
      String indent = closeIndent + s.indent();
      String member = printer.member(key, value, indent, false);
      String interior = body.substring(object.open + 1, object.close);
      if (interior.isBlank() && !hasLineBreak(interior)) {
        // {} or { }: the member on its own line, the brace on the next
        return splice(
            body,
            object.open + 1,
            object.close,
            s.newline() + indent + member + s.newline() + closeIndent);
      }
      int at = lineEnd(body, object.open + 1);
      return splice(body, at, at, s.newline() + indent + member);
    }
    Members.Member last = object.list.get(object.list.size() - 1);
    String indent =
        oneLine
            ? ""
            : firstOnLine(body, last.keyStart())
                ? lineIndent(body, last.keyStart())
                : lineIndent(body, object.open) + s.indent();
    String member = printer.member(key, value, indent, oneLine);
    String gap = oneLine ? commaGap(body, object, s) : s.newline() + indent;
    if (last.comma() >= 0) {
      // A trailing comma stays last: the new member gets one, the old one becomes a separator.
      int at = oneLine ? last.comma() + 1 : lineEnd(body, last.comma() + 1);
      return splice(body, at, at, gap + member + ",");
    }
    int at = oneLine ? last.valueEnd() : lineEnd(body, last.valueEnd());
    StringBuilder out = new StringBuilder(body.length() + member.length() + 8);
    out.append(body, 0, last.valueEnd()).append(',');
    out.append(body, last.valueEnd(), at).append(gap).append(member);
    out.append(body, at, body.length());
    return out.toString();
  }

  private static String remove(String body, Members object, Members.Member member) {
    List<Members.Member> list = object.list;
    int index = list.lastIndexOf(member);
    if (index < list.size() - 1) {
      // Not last: from its key to the next key, with a comment on the rest of its line.
      int end = member.comma() + 1;
      end = skipSpaces(body, end);
      if (body.startsWith("//", end)) {
        end = lineBreakAt(body, end);
      }
      if (end < body.length() && (body.charAt(end) == '\n' || body.charAt(end) == '\r')) {
        end = skipSpaces(body, afterLineBreak(body, end));
      }
      return splice(body, member.keyStart(), end, "");
    }
    int from = backOverLineStart(body, member.keyStart());
    if (index == 0) {
      int end = member.comma() >= 0 ? member.comma() + 1 : member.valueEnd();
      String kept = body.substring(object.open + 1, from) + body.substring(end, object.close);
      String closeIndent = lineIndent(body, object.open);
      if (kept.equals(newlineBefore(body, member.keyStart()) + closeIndent)
          || kept.isBlank() && !hasLineBreak(kept)) {
        return splice(body, object.open + 1, object.close, "");
      }
      return splice(body, from, end, "");
    }
    Members.Member previous = list.get(index - 1);
    StringBuilder out = new StringBuilder(body.length());
    if (member.comma() >= 0) {
      // Its trailing comma goes with it; the previous member's comma becomes the trailing one.
      out.append(body, 0, from).append(body, member.valueEnd(), member.comma());
      out.append(body, member.comma() + 1, body.length());
    } else {
      out.append(body, 0, previous.comma()).append(body, previous.comma() + 1, from);
      out.append(body, member.valueEnd(), body.length());
    }
    return out.toString();
  }

  // ---- text positions -------------------------------------------------------------------------

  private static String splice(String body, int from, int to, String replacement) {
    return new StringBuilder(body.length() - (to - from) + replacement.length())
        .append(body, 0, from)
        .append(replacement)
        .append(body, to, body.length())
        .toString();
  }

  /** Whether the object's braces are on one line. */
  private static boolean oneLine(String body, Members object) {
    for (int i = object.open; i < object.close; i++) {
      char c = body.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasLineBreak(String s) {
    return s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
  }

  private static int lineStart(String body, int at) {
    int i = at;
    while (i > 0 && body.charAt(i - 1) != '\n' && body.charAt(i - 1) != '\r') {
      i--;
    }
    return i;
  }

  /** The blanks that start the line {@code at} is on. */
  private static String lineIndent(String body, int at) {
    int start = lineStart(body, at);
    return body.substring(start, skipSpaces(body, start));
  }

  private static boolean firstOnLine(String body, int at) {
    return skipSpaces(body, lineStart(body, at)) == at;
  }

  private static int skipSpaces(String body, int i) {
    while (i < body.length() && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int lineBreakAt(String body, int i) {
    while (i < body.length() && body.charAt(i) != '\n' && body.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int afterLineBreak(String body, int i) {
    return body.startsWith("\r\n", i) ? i + 2 : i + 1;
  }

  /**
   * Where a new line goes after {@code from}: the end of its line when only blanks and comments
   * follow there (so a comment stays with the member it follows), else {@code from} itself.
   */
  private static int lineEnd(String body, int from) {
    int i = from;
    while (i < body.length()) {
      char c = body.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
      } else if (body.startsWith("//", i)) {
        return lineBreakAt(body, i);
      } else if (body.startsWith("/*", i)) {
        int end = body.indexOf("*/", i + 2);
        if (end < 0 || hasLineBreak(body.substring(i, end))) {
          return from;
        }
        i = end + 2;
      } else if (c == '\n' || c == '\r') {
        return i;
      } else {
        return from;
      }
    }
    return from;
  }

  /** {@code at} moved back over the blanks before it and, if they start a line, its line break. */
  private static int backOverLineStart(String body, int at) {
    int i = at;
    while (i > 0 && (body.charAt(i - 1) == ' ' || body.charAt(i - 1) == '\t')) {
      i--;
    }
    if (i > 0 && body.charAt(i - 1) == '\n') {
      i--;
      if (i > 0 && body.charAt(i - 1) == '\r') {
        i--;
      }
    } else if (i > 0 && body.charAt(i - 1) == '\r') {
      i--;
    }
    return i;
  }

  private static String newlineBefore(String body, int at) {
    int from = backOverLineStart(body, at);
    int to = from;
    while (to < body.length() && (body.charAt(to) == '\r' || body.charAt(to) == '\n')) {
      to++;
      if (body.charAt(to - 1) == '\n') {
        break;
      }
    }
    return body.substring(from, Math.min(to, at));
  }

  /** What separates members on this one-line object: after its first comma, else the style's. */
  private static String commaGap(String body, Members object, Style style) {
    if (object.list.size() > 1 && object.list.get(0).comma() >= 0) {
      String between =
          body.substring(object.list.get(0).comma() + 1, object.list.get(1).keyStart());
      if (between.isBlank()) {
        return between;
      }
    }
    return object.list.isEmpty() ? "" : style.comma();
  }

  private EditResult refuse(JsonEditCode code, String pointer, String message) {
    Diagnostic d =
        pointer.isEmpty() || !document().contains(pointer)
            ? Diagnostic.ofFile(code, file, message)
            : document().keyDiagnostic(code, pointer, message);
    return new EditResult.Refused(List.of(d));
  }

  private static String pointer(List<String> path, int size) {
    return JsonEdit.remove(path.subList(0, size)).pointer();
  }

  @Override
  public String toString() {
    return "JsonText[file=" + file + ", " + text.length() + " chars]";
  }
}
