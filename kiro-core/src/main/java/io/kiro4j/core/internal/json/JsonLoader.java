package io.kiro4j.core.internal.json;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.json.JsonCode;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.json.JsonSyntax;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.ContentReference;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;

/**
 * Reads JSON text into a {@link JsonDocument} that knows the line and column of every node, and
 * reports every problem as a {@link Diagnostic} instead of throwing.
 *
 * <pre>{@code
 * JsonResult result = JsonLoader.strict().parse(text, Path.of(".kiro/agents/dev.json"));
 * result.diagnostics().forEach(System.out::println);
 * if (!result.hasErrors()) {
 *   JsonNode root = result.document().orElseThrow().root();
 * }
 * }</pre>
 *
 * <h2>What it reports</h2>
 *
 * <ul>
 *   <li>{@code JSON-001}: a syntax error, at the offending character, with one line of text.
 *   <li>{@code JSON-002} / {@code JSON-003}: each comment and each trailing comma; errors in {@link
 *       JsonSyntax#STRICT} mode, warnings in {@link JsonSyntax#LENIENT} mode.
 *   <li>{@code JSON-004}: a duplicate key, at the second key; the later value wins.
 *   <li>{@code JSON-005}: an empty document.
 *   <li>{@code JSON-006} / {@code JSON-007} / {@code JSON-008}: limits exceeded (document length,
 *       nesting depth, and Jackson's built-in string, number and key length limits).
 * </ul>
 *
 * <p>A byte order mark at the start of the text is skipped and not counted in columns. Columns
 * count code points (see {@link JsonPosition}).
 *
 * <h2>Thread safety</h2>
 *
 * Immutable and thread-safe: create one per {@link JsonOptions} and reuse it. The limits are set on
 * this loader's own Jackson factory; nothing global is changed.
 */
public final class JsonLoader {

  private static final JsonLoader STRICT = new JsonLoader(JsonOptions.defaults());
  private static final JsonLoader LENIENT =
      new JsonLoader(JsonOptions.builder().syntax(JsonSyntax.LENIENT).build());

  /**
   * The patterns that reword Jackson's messages, compiled at the first malformed document: most
   * processes never see one, and compiling them cost every process that loads JSON a few ms.
   */
  private static final class Rewording {
    static final Pattern QUOTED_CHAR_WITH_CODE =
        Pattern.compile("\\('(.+?)' \\(code (\\d+)[^)]*\\)\\)");
    static final Pattern CONTROL_CHAR_WITH_CODE =
        Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[[^]]*]\\)");

    static final Pattern JACKSON_HINT =
        Pattern.compile(
            "(: enable `[^`]*` to allow|, from `[^`]*`|\\s*\\(for input[^)]*\\)|\\s*\\(through reference chain[^)]*\\))");
  }

  private final JsonOptions options;
  private final JsonFactory factory;
  private final JsonFactory rfcFactory;

  private JsonLoader(JsonOptions options) {
    this.options = options;
    // Comments and trailing commas are always parsed; NonStandardSyntaxScanner then reports each
    // one with the severity the syntax mode asks for. Everything else stays strict RFC 8259.
    this.factory =
        JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(options.maxNestingDepth())
                    .maxDocumentLength(options.maxDocumentLength())
                    .build())
            .build();
    this.rfcFactory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(options.maxNestingDepth())
                    .maxDocumentLength(options.maxDocumentLength())
                    .build())
            .build();
  }

  /** A loader for strict JSON with the default limits. */
  public static JsonLoader strict() {
    return STRICT;
  }

  /** A loader for JSON with comments and trailing commas (reported as warnings). */
  public static JsonLoader lenient() {
    return LENIENT;
  }

  /** A loader with these options. */
  public static JsonLoader create(JsonOptions options) {
    Objects.requireNonNull(options, "options");
    if (options.equals(STRICT.options)) {
      return STRICT;
    }
    return options.equals(LENIENT.options) ? LENIENT : new JsonLoader(options);
  }

  /** The options this loader reads with. */
  public JsonOptions options() {
    return options;
  }

  /**
   * Parses {@code text} (the decoded content of {@code file}). Never throws for bad content.
   *
   * @param text the JSON text, possibly starting with a byte order mark
   * @param file the file the text came from; only used in diagnostics
   * @return the document, if a tree could be built, and every diagnostic
   */
  public JsonResult parse(String text, Path file) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(file, "file");
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Diagnostics diagnostics = new Diagnostics();
    if (body.length() > options.maxDocumentLength()) {
      diagnostics.add(
          Diagnostic.ofFile(
              JsonCode.DOCUMENT_TOO_LONG,
              file,
              "the document is "
                  + body.length()
                  + " characters long; the limit is "
                  + options.maxDocumentLength()));
      return new JsonResult(Optional.empty(), diagnostics.toList());
    }
    // Most files are plain RFC 8259 JSON: a strict parse proves there is no comment or trailing
    // comma to report, and saves the scan for them. Anything else is parsed again, leniently.
    Diagnostics strictDiagnostics = new Diagnostics();
    Parse parse = new Parse(body, file, strictDiagnostics, rfcFactory);
    parse.run();
    if (parse.root != null) {
      diagnostics.addAll(strictDiagnostics.toList());
    } else {
      parse = new Parse(body, file, diagnostics, factory);
      parse.run();
      reportNonStandardSyntax(body, parse.readUpTo, file, diagnostics);
    }
    Optional<JsonDocument> document =
        parse.root == null
            ? Optional.empty()
            : Optional.of(new JsonDocument(file, parse.root, body, parse.parserFactory));
    return new JsonResult(document, diagnostics.toList());
  }

  private void reportNonStandardSyntax(String body, int end, Path file, Diagnostics diagnostics) {
    LineIndex[] positions = new LineIndex[1];
    Severity severity = options.syntax() == JsonSyntax.STRICT ? Severity.ERROR : Severity.WARNING;
    NonStandardSyntaxScanner.scan(
        body,
        end,
        (code, offset) -> {
          if (positions[0] == null) {
            positions[0] = new LineIndex(body);
          }
          JsonPosition at = positions[0].at(offset);
          String message =
              code == JsonCode.COMMENT
                  ? "comments are not allowed in JSON"
                  : "trailing comma: a comma may not follow the last element";
          if (options.syntax() == JsonSyntax.LENIENT) {
            message += " (accepted in lenient mode)";
          }
          diagnostics.add(
              Diagnostic.of(code, file, at.line(), at.column(), message).withSeverity(severity));
        });
  }

  /**
   * One run of the parser over one text; it is also the builder's offset-to-position function (a
   * method reference would be linked through java.lang.invoke in every process's first parse).
   */
  private final class Parse implements IntFunction<JsonPosition> {
    private final String body;
    private final Path file;
    private final Diagnostics diagnostics;
    private final JsonFactory parserFactory;
    private LineIndex positions;
    private JsonNode root;

    /** How far the parser read without error: the scan for comments stops there. */
    private int readUpTo;

    Parse(String body, Path file, Diagnostics diagnostics, JsonFactory parserFactory) {
      this.body = body;
      this.file = file;
      this.diagnostics = diagnostics;
      this.parserFactory = parserFactory;
      this.readUpTo = body.length();
    }

    void run() {
      try (JsonParser parser = parserFactory.createParser(ObjectReadContext.empty(), body)) {
        try {
          TreeBuilder builder = new TreeBuilder(parser, this, diagnostics, file);
          JsonToken first = parser.nextToken();
          if (first == null) {
            diagnostics.add(Diagnostic.ofFile(JsonCode.EMPTY_DOCUMENT, file, emptyMessage()));
            return;
          }
          JsonNode value = builder.build(first);
          if (parser.nextToken() != null) {
            fail(
                JsonCode.SYNTAX_ERROR,
                (int) parser.currentTokenLocation().getCharOffset(),
                "unexpected content after the end of the JSON value");
            return;
          }
          root = value;
        } catch (StreamConstraintsException e) {
          constraintViolated(e, parser);
        } catch (JacksonException e) {
          fail(JsonCode.SYNTAX_ERROR, offsetOf(e, parser), syntaxMessage(e, parser));
        }
      }
    }

    @Override
    public JsonPosition apply(int offset) {
      return positionAt(offset);
    }

    private JsonPosition positionAt(int offset) {
      if (positions == null) {
        positions = new LineIndex(body);
      }
      return positions.at(offset);
    }

    private String emptyMessage() {
      return body.isEmpty()
          ? "the document is empty"
          : "the document holds no JSON value, only whitespace or comments";
    }

    private void constraintViolated(StreamConstraintsException e, JsonParser parser) {
      String message = String.valueOf(e.getOriginalMessage());
      if (message.contains("nesting depth")) {
        // Thrown while reading the '[' or '{' that goes one level too deep: just behind it.
        int offset = Math.max(0, (int) parser.currentLocation().getCharOffset() - 1);
        fail(
            JsonCode.NESTING_TOO_DEEP,
            offset,
            "arrays and objects are nested more than "
                + options.maxNestingDepth()
                + " levels deep");
      } else if (message.contains("Document length")) {
        fail(
            JsonCode.DOCUMENT_TOO_LONG,
            0,
            "the document is longer than " + options.maxDocumentLength() + " characters");
      } else {
        fail(JsonCode.VALUE_TOO_LONG, offsetOf(e, parser), syntaxMessage(message));
      }
    }

    private void fail(JsonCode code, int offset, String message) {
      readUpTo = Math.min(offset, body.length());
      root = null;
      JsonPosition at = positionAt(readUpTo);
      diagnostics.add(code, file, at.line(), at.column(), message);
    }
  }

  private static int offsetOf(JacksonException e, JsonParser parser) {
    TokenStreamLocation location = e.getLocation();
    if (location == null || location.getCharOffset() < 0) {
      location = parser.currentLocation();
    }
    return (int) Math.max(0, location.getCharOffset());
  }

  /**
   * Jackson's message for a syntax error, where an unclosed array or object is named with the line
   * and column it was opened at (Jackson writes a source description it was told not to reveal).
   */
  private static String syntaxMessage(JacksonException e, JsonParser parser) {
    String message = syntaxMessage(e.getOriginalMessage());
    Matcher marker = Rewording.START_MARKER.matcher(message);
    if (!marker.find()) {
      return message;
    }
    TokenStreamLocation start =
        parser.streamReadContext().startLocation(ContentReference.unknown());
    String opened =
        start.getLineNr() > 0
            ? " (opened at line " + start.getLineNr() + ", column " + start.getColumnNr() + ")"
            : "";
    return message.substring(0, marker.start()) + opened + message.substring(marker.end());
  }

  /** Jackson's message in one line, without its Java-centric hints. */
  static String syntaxMessage(String original) {
    if (original == null || original.isBlank()) {
      return "invalid JSON";
    }
    String message = original.strip();
    int lineBreak = message.indexOf('\n');
    if (lineBreak > 0) {
      message = message.substring(0, lineBreak).strip();
    }
    message = Rewording.JACKSON_HINT.matcher(message).replaceAll("");
    message =
        replaceAll(
            Rewording.QUOTED_CHAR_WITH_CODE, message, m -> character(m.group(1), m.group(2)));
    message =
        replaceAll(
            Rewording.CONTROL_CHAR_WITH_CODE,
            message,
            m -> "control character " + codePoint(Integer.parseInt(m.group(1))));
    return message.isEmpty()
        ? "invalid JSON"
        : message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
  }

  private static String character(String quoted, String code) {
    int codePoint = Integer.parseInt(code);
    if (codePoint > 0x20 && codePoint < 0x7f) {
      return "'" + quoted + "'";
    }
    return codePoint(codePoint);
  }

  private static String codePoint(int codePoint) {
    return String.format(Locale.ROOT, "U+%04X", codePoint);
  }

  private static String replaceAll(
      Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
