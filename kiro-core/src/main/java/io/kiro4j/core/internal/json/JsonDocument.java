package io.kiro4j.core.internal.json;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.json.JsonPosition;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;

/**
 * A parsed JSON file: its tree and, for every node, where it starts in the text.
 *
 * <p>Nodes are addressed by JSON pointer (RFC 6901): {@code ""} is the root, {@code
 * /mcpServers/git} a member, {@code /allowedTools/0} an array element. {@link #position} gives
 * where a value starts (its opening brace or bracket, opening quote, or first character); {@link
 * #keyPosition} gives where an object member's key starts (its opening quote), which is where
 * "unknown key" problems belong. For a pointer that names no node, both give the position of the
 * nearest existing ancestor, so a "missing key" problem lands on the object that lacks it.
 *
 * <pre>{@code
 * JsonDocument doc = JsonLoader.strict().parse(text, file).document().orElseThrow();
 * JsonPosition where = doc.keyPosition("/mcpServers/git/comand");
 * Diagnostic d = doc.keyDiagnostic(SchemaCode.UNKNOWN_KEY, "/mcpServers/git/comand", "unknown key");
 * }</pre>
 *
 * <h2>Thread safety</h2>
 *
 * Thread-safe. Positions describe the text, which never changes. {@link #root()} hands out the tree
 * itself, not a copy (copying cost as much as parsing): treat it as read-only, since a {@link
 * JsonSchema} validates the tree as it is when asked.
 */
public final class JsonDocument {

  private static final int MAX_QUOTED_LENGTH = 80;

  private final Path file;
  private final JsonNode root;
  private final String text;
  private final JsonFactory factory;
  private volatile NodeIndex index;
  private volatile LineIndex lines;

  /**
   * @param text the text {@code root} was parsed from (without a byte order mark)
   * @param factory the factory that parsed it, to find positions again when asked
   */
  JsonDocument(Path file, JsonNode root, String text, JsonFactory factory) {
    this.file = Objects.requireNonNull(file, "file");
    this.root = Objects.requireNonNull(root, "root");
    this.text = Objects.requireNonNull(text, "text");
    this.factory = Objects.requireNonNull(factory, "factory");
  }

  /** Where nodes start, found on the first question (idempotent, so a race only costs time). */
  private NodeIndex index() {
    NodeIndex built = index;
    if (built == null) {
      built = NodeIndex.of(text, factory);
      index = built;
    }
    return built;
  }

  /** The file the text came from (used in diagnostics; never read). */
  public Path file() {
    return file;
  }

  /** The document's root node (read-only by convention; see the class comment). */
  public JsonNode root() {
    return root;
  }

  /** The root node itself, for read-only use inside this package (no copy). */
  JsonNode rootNode() {
    return root;
  }

  /**
   * Where the value at {@code pointer} starts, or where its nearest existing ancestor starts.
   *
   * @throws IllegalArgumentException if {@code pointer} is not a JSON pointer
   */
  public JsonPosition position(String pointer) {
    return position(compile(pointer));
  }

  /** Where the value at {@code pointer} starts, or where its nearest existing ancestor starts. */
  public JsonPosition position(JsonPointer pointer) {
    Objects.requireNonNull(pointer, "pointer");
    int found = index().find(pointer);
    return at(index().valueOffset(found >= 0 ? found : -1 - found));
  }

  /**
   * Where the key of the object member at {@code pointer} starts. For the root and array elements,
   * which have no key, where the value starts; for a pointer that names no node, where its nearest
   * existing ancestor's value starts.
   *
   * @throws IllegalArgumentException if {@code pointer} is not a JSON pointer
   */
  public JsonPosition keyPosition(String pointer) {
    return keyPosition(compile(pointer));
  }

  /** As {@link #keyPosition(String)}. */
  public JsonPosition keyPosition(JsonPointer pointer) {
    Objects.requireNonNull(pointer, "pointer");
    int found = index().find(pointer);
    return found >= 0 ? at(index().keyOrValueOffset(found)) : at(index().valueOffset(-1 - found));
  }

  /**
   * {@link #keyPosition(String)} as a function. A class rather than a method reference: a fresh JVM
   * links every method reference it reaches through java.lang.invoke, and each loaded agent and
   * {@code mcp.json} asks for these.
   */
  public Function<String, JsonPosition> keyPositions() {
    return new Function<>() {
      @Override
      public JsonPosition apply(String pointer) {
        return keyPosition(pointer);
      }
    };
  }

  /** {@link #position(String)} as a function (see {@link #keyPositions()}). */
  public Function<String, JsonPosition> valuePositions() {
    return new Function<>() {
      @Override
      public JsonPosition apply(String pointer) {
        return position(pointer);
      }
    };
  }

  /** Positions of a document that has none to give (a built-in agent, an unreadable file). */
  public static final Function<String, JsonPosition> NO_POSITIONS =
      new Function<>() {
        @Override
        public JsonPosition apply(String pointer) {
          return JsonPosition.START;
        }
      };

  /** True when {@code pointer} names a node of this document. */
  public boolean contains(String pointer) {
    return index().find(compile(pointer)) >= 0;
  }

  /**
   * A diagnostic with the code's severity, at the value {@code pointer} names (see {@link
   * #position}).
   */
  public Diagnostic diagnostic(DiagnosticCode code, String pointer, String message) {
    JsonPosition at = position(pointer);
    return Diagnostic.of(code, file, at.line(), at.column(), message);
  }

  /**
   * A diagnostic with the code's severity, at the key {@code pointer} names (see {@link
   * #keyPosition}).
   */
  public Diagnostic keyDiagnostic(DiagnosticCode code, String pointer, String message) {
    JsonPosition at = keyPosition(pointer);
    return Diagnostic.of(code, file, at.line(), at.column(), message);
  }

  @Override
  public String toString() {
    return "JsonDocument[file=" + file + "]";
  }

  private JsonPosition at(int offset) {
    LineIndex lineIndex = lines;
    if (lineIndex == null) {
      // Built on the first question: a valid document is often never asked one.
      lineIndex = new LineIndex(text);
      lines = lineIndex;
    }
    return lineIndex.at(offset);
  }

  private static JsonPointer compile(String pointer) {
    Objects.requireNonNull(pointer, "pointer");
    return JsonPointer.compile(pointer);
  }

  /** Escapes one pointer segment: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
  static String escape(String segment) {
    if (segment.indexOf('~') < 0 && segment.indexOf('/') < 0) {
      return segment;
    }
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /** How messages name a node: its pointer, or "the root" for {@code ""}. */
  static String describe(String pointer) {
    return pointer.isEmpty() ? "the root" : shorten(pointer);
  }

  /** A key or pointer for a message, cut to a readable length. */
  static String shorten(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_QUOTED_LENGTH) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, MAX_QUOTED_LENGTH)) + "…";
  }
}
