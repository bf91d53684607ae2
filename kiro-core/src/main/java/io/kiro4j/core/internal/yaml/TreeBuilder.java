package io.kiro4j.core.internal.yaml;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.yaml.YamlCode;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import io.kiro4j.core.yaml.YamlScalar;
import io.kiro4j.core.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Builds our node tree from SnakeYAML Engine's parser events. One instance per parse.
 *
 * <p>Why events and not the engine's composed {@code Node} tree: the composer swaps an alias for
 * the anchored node and so loses the alias's own position, has no depth limit, and only counts
 * aliases to collections. Reading events, every limit is checked on the event that crosses it, so
 * an alias bomb stops after at most {@code maxAliases + 1} aliases and nothing is ever expanded.
 * Nothing here constructs Java objects from tags: the result is only our own records.
 */
final class TreeBuilder {

  private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

  private final String text;
  private final Path file;
  private final int firstLine;
  private final YamlProfile profile;
  private final YamlLimits limits;
  private final Diagnostics diagnostics = new Diagnostics();

  private final Deque<Frame> stack = new ArrayDeque<>();

  /**
   * Anchor name to its latest definition: an {@link Anchored} node, or the {@link Frame} of a
   * collection still being read (an alias to that would be recursive).
   */
  private final Map<String, Object> anchors = new HashMap<>();

  private YamlNode root;
  private int documents;
  private int aliases;
  private long nodes;

  TreeBuilder(String text, Path file, int firstLine, YamlProfile profile, YamlLimits limits) {
    this.text = text;
    this.file = file;
    this.firstLine = firstLine;
    this.profile = profile;
    this.limits = limits;
  }

  /**
   * The engine's settings. No label: the engine puts it only in its own messages, which the
   * diagnostics do not quote (they carry the file and the mark's line and column).
   */
  private static LoadSettings settings(int maxDocumentChars) {
    return LoadSettings.builder()
        .setUseMarks(true)
        .setParseComments(false)
        // Our own size check ran first; keep the engine's limit out of its way.
        .setCodePointLimit(maxDocumentChars)
        .build();
  }

  /**
   * The settings of the default limits, built once: building them runs the engine's default schema
   * and lambdas, a few percent of reading each small front matter (LoadSettings is immutable).
   */
  private static final class DefaultSettings {
    static final int LIMIT = YamlLimits.defaults().maxDocumentChars();
    static final LoadSettings INSTANCE = settings(LIMIT);
  }

  YamlResult build() {
    if (text.length() > limits.maxDocumentChars()) {
      diagnostics.add(
          YamlCode.DOCUMENT_TOO_LARGE,
          file,
          firstLine,
          1,
          "YAML text has "
              + text.length()
              + " characters, more than the limit of "
              + limits.maxDocumentChars());
      return new YamlResult(Optional.empty(), diagnostics.toList());
    }
    LoadSettings settings =
        limits.maxDocumentChars() == DefaultSettings.LIMIT
            ? DefaultSettings.INSTANCE
            : settings(limits.maxDocumentChars());
    boolean complete;
    try {
      // ParserImpl, not api.lowlevel.Parse: the engine's module does not export lowlevel.
      complete = consume(new ParserImpl(settings, new StreamReader(settings, text)));
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> problem = e.getProblemMark();
      Mark mark = problem.isPresent() ? problem.get() : e.getContextMark().orElse(null);
      String message =
          e.getContext() == null ? e.getProblem() : e.getProblem() + " (" + e.getContext() + ")";
      addAt(YamlCode.SYNTAX_ERROR, mark, "invalid YAML: " + message);
      complete = false;
    } catch (ReaderException e) {
      int[] position = positionOfCodePoint(e.getPosition());
      diagnostics.add(
          YamlCode.SYNTAX_ERROR,
          file,
          position[0],
          position[1],
          String.format(
              "invalid YAML: character U+%04X is not allowed in YAML text", e.getCodePoint()));
      complete = false;
    } catch (YamlEngineException e) {
      diagnostics.add(YamlCode.SYNTAX_ERROR, file, firstLine, 1, "invalid YAML: " + e.getMessage());
      complete = false;
    }
    return new YamlResult(
        complete ? Optional.ofNullable(root) : Optional.empty(), diagnostics.toList());
  }

  /** Reads events until the first document ends; false when a limit or bad alias stopped it. */
  private boolean consume(Iterator<Event> events) {
    while (events.hasNext()) {
      Event event = events.next();
      switch (event.getEventId()) {
        case DocumentStart:
          documents++;
          if (documents > 1) {
            addAt(
                YamlCode.MULTIPLE_DOCUMENTS,
                event.getStartMark().orElse(null),
                "a second YAML document starts here; only the first one is read");
            return true;
          }
          break;
        case Scalar:
          if (!onScalar((ScalarEvent) event)) {
            return false;
          }
          break;
        case Alias:
          if (!onAlias((AliasEvent) event)) {
            return false;
          }
          break;
        case SequenceStart:
        case MappingStart:
          if (!onCollectionStart((CollectionStartEvent) event)) {
            return false;
          }
          break;
        case SequenceEnd:
        case MappingEnd:
          onCollectionEnd();
          break;
        default:
          break;
      }
    }
    return true;
  }

  private boolean onScalar(ScalarEvent event) {
    Mark mark = event.getStartMark().orElse(null);
    checkAnchor(event, mark);
    YamlScalar.Type type = scalarType(event, mark);
    YamlScalar scalar =
        new YamlScalar(
            event.getValue(), style(event.getScalarStyle()), type, line(mark), col(mark));
    if (!countNodes(1, mark)) {
      return false;
    }
    // Plain conditionals, not Optional chains, on every event: each lambda costs a fresh JVM its
    // linking, and every lint reads YAML front matter.
    Optional<Anchor> anchor = event.getAnchor();
    if (anchor.isPresent()) {
      define(anchor.get().getValue(), scalar, 1);
    }
    attach(scalar);
    return true;
  }

  private boolean onAlias(AliasEvent event) {
    Mark mark = event.getStartMark().orElse(null);
    String name = event.getAlias().getValue();
    if (profile == YamlProfile.STRICT) {
      addAt(
          YamlCode.STRICT_ANCHOR_OR_ALIAS,
          mark,
          "alias *" + name + " is not allowed in the strict YAML profile");
    }
    aliases++;
    if (aliases > limits.maxAliases()) {
      addAt(
          YamlCode.TOO_MANY_ALIASES,
          mark,
          "more than " + limits.maxAliases() + " aliases; the document is not read");
      return false;
    }
    Object target = anchors.get(name);
    if (target == null) {
      addAt(YamlCode.UNRESOLVED_ALIAS, mark, "alias *" + name + " has no anchor &" + name);
      return false;
    }
    if (target instanceof Frame) {
      addAt(
          YamlCode.UNRESOLVED_ALIAS,
          mark,
          "alias *" + name + " refers to a collection that contains it");
      return false;
    }
    Anchored anchored = (Anchored) target;
    if (!countNodes(anchored.weight(), mark)) {
      return false;
    }
    attach(anchored.node());
    return true;
  }

  private boolean onCollectionStart(CollectionStartEvent event) {
    Mark mark = event.getStartMark().orElse(null);
    boolean mapping = event instanceof MappingStartEvent;
    if (stack.size() + 1 > limits.maxDepth()) {
      addAt(
          YamlCode.TOO_DEEP,
          mark,
          "collections nested deeper than " + limits.maxDepth() + " levels");
      return false;
    }
    checkAnchor(event, mark);
    Optional<String> tag = event.getTag();
    if (tag.isPresent()) {
      checkCollectionTag(tag.get(), mapping ? "map" : "seq", mark);
    }
    boolean parentIsFlow = !stack.isEmpty() && stack.peek().flow;
    if (event.isFlow() && profile == YamlProfile.STRICT && !parentIsFlow) {
      addAt(
          YamlCode.STRICT_FLOW_STYLE,
          mark,
          "flow style "
              + (mapping ? "{...}" : "[...]")
              + " is not allowed in the strict YAML profile; use one item per line");
    }
    long before = nodes;
    if (!countNodes(1, mark)) {
      return false;
    }
    Frame frame = new Frame(mapping, event.isFlow(), line(mark), col(mark), before);
    Optional<Anchor> anchor = event.getAnchor();
    if (anchor.isPresent()) {
      frame.anchor = anchor.get().getValue();
      anchors.put(frame.anchor, frame);
    }
    stack.push(frame);
    return true;
  }

  private void onCollectionEnd() {
    Frame frame = stack.pop();
    YamlNode node =
        frame.mapping
            ? new YamlMapping(frame.entries, frame.flow, frame.line, frame.column)
            : new YamlSequence(frame.items, frame.flow, frame.line, frame.column);
    // Only if no nested node redefined the anchor: an alias means the latest definition.
    if (frame.anchor != null && anchors.get(frame.anchor) == frame) {
      define(frame.anchor, node, nodes - frame.nodesBefore);
    }
    attach(node);
  }

  private void define(String name, YamlNode node, long weight) {
    anchors.put(name, new Anchored(node, weight));
  }

  /** Adds a finished node to the collection being built, or makes it the root. */
  private void attach(YamlNode node) {
    Frame top = stack.peek();
    if (top == null) {
      root = node;
      return;
    }
    if (!top.mapping) {
      top.items.add(node);
      return;
    }
    if (top.expectingKey) {
      top.expectingKey = false;
      if (node instanceof YamlScalar) {
        top.pendingKey = (YamlScalar) node;
      } else {
        top.pendingKey = null;
        diagnostics.add(
            YamlCode.NON_SCALAR_KEY,
            file,
            node.line(),
            node.column(),
            "a " + node.kind() + " cannot be a mapping key; the entry is ignored");
      }
      return;
    }
    top.expectingKey = true;
    YamlScalar key = top.pendingKey;
    if (key == null) {
      return;
    }
    YamlScalar first = top.keys.putIfAbsent(key.value(), key);
    if (first != null) {
      diagnostics.add(
          YamlCode.DUPLICATE_KEY,
          file,
          key.line(),
          key.column(),
          "duplicate key '"
              + key.value()
              + "' (first at line "
              + first.line()
              + "); this entry is ignored");
      return;
    }
    top.entries.add(new YamlMapping.Entry(key, node));
  }

  private boolean countNodes(long count, Mark mark) {
    nodes += count;
    if (nodes > limits.maxNodes()) {
      addAt(
          YamlCode.TOO_MANY_NODES,
          mark,
          "more than "
              + limits.maxNodes()
              + " nodes with aliases expanded; the document is not read");
      return false;
    }
    return true;
  }

  private void checkAnchor(NodeEvent event, Mark mark) {
    if (profile == YamlProfile.STRICT && event.getAnchor().isPresent()) {
      addAt(
          YamlCode.STRICT_ANCHOR_OR_ALIAS,
          mark,
          "anchor &"
              + event.getAnchor().get().getValue()
              + " is not allowed in the strict YAML profile");
    }
  }

  private YamlScalar.Type scalarType(ScalarEvent event, Mark mark) {
    Optional<String> tag = event.getTag();
    if (profile == YamlProfile.STRICT) {
      if (tag.isPresent()) {
        reportStrictTag(tag.get(), mark);
      }
      return YamlScalar.Type.STRING;
    }
    if (tag.isPresent()) {
      String t = tag.get();
      // "!" is the non-specific tag: YAML says the scalar is then a string.
      if (t.equals("!") || t.equals(CORE_TAG_PREFIX + "str")) {
        return YamlScalar.Type.STRING;
      }
      // A core tag that agrees with the value (!!int 42, !!bool "true") is honoured.
      YamlScalar.Type resolved = YamlScalar.Type.ofPlain(event.getValue());
      if (t.equals(coreTag(resolved))) {
        return resolved;
      }
      addAt(
          YamlCode.UNSUPPORTED_TAG,
          mark,
          "tag " + shortTag(t) + " is not supported here and is ignored");
    }
    return event.isPlain() ? YamlScalar.Type.ofPlain(event.getValue()) : YamlScalar.Type.STRING;
  }

  private void checkCollectionTag(String tag, String expected, Mark mark) {
    if (profile == YamlProfile.STRICT) {
      reportStrictTag(tag, mark);
    } else if (!tag.equals(CORE_TAG_PREFIX + expected)) {
      addAt(
          YamlCode.UNSUPPORTED_TAG,
          mark,
          "tag " + shortTag(tag) + " is not supported here and is ignored");
    }
  }

  private void reportStrictTag(String tag, Mark mark) {
    addAt(
        YamlCode.STRICT_TAG,
        mark,
        "tag " + shortTag(tag) + " is not allowed in the strict YAML profile");
  }

  private static String coreTag(YamlScalar.Type type) {
    switch (type) {
      case BOOLEAN:
        return CORE_TAG_PREFIX + "bool";
      case INTEGER:
        return CORE_TAG_PREFIX + "int";
      case FLOAT:
        return CORE_TAG_PREFIX + "float";
      case NULL:
        return CORE_TAG_PREFIX + "null";
      default:
        return CORE_TAG_PREFIX + "str";
    }
  }

  private static String shortTag(String tag) {
    return tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag;
  }

  private static YamlScalar.Style style(ScalarStyle style) {
    switch (style) {
      case SINGLE_QUOTED:
        return YamlScalar.Style.SINGLE_QUOTED;
      case DOUBLE_QUOTED:
      case JSON_SCALAR_STYLE:
        return YamlScalar.Style.DOUBLE_QUOTED;
      case LITERAL:
        return YamlScalar.Style.LITERAL;
      case FOLDED:
        return YamlScalar.Style.FOLDED;
      default:
        return YamlScalar.Style.PLAIN;
    }
  }

  private void addAt(YamlCode code, Mark mark, String message) {
    diagnostics.add(code, file, line(mark), col(mark), message);
  }

  /** Marks are 0-based and relative to the YAML text; diagnostics use 1-based file lines. */
  private int line(Mark mark) {
    return mark == null ? firstLine : firstLine + mark.getLine();
  }

  private static int col(Mark mark) {
    return mark == null ? 1 : mark.getColumn() + 1;
  }

  /**
   * Line and column of the code point at {@code index}, counting line breaks as the engine does
   * ({@code \r\n}, {@code \r}, {@code \n}).
   */
  private int[] positionOfCodePoint(int index) {
    int line = firstLine;
    int column = 1;
    int seen = 0;
    for (int i = 0; i < text.length() && seen < index; seen++) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || (cp == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
      } else if (cp != '\r' && cp != '\uFEFF') {
        column++;
      }
    }
    return new int[] {line, column};
  }

  /** A finished anchored node and how many nodes it stands for when expanded. */
  private record Anchored(YamlNode node, long weight) {}

  /** A collection whose items are still being read. */
  private static final class Frame {
    final boolean mapping;
    final boolean flow;
    final int line;
    final int column;
    final long nodesBefore;
    final List<YamlNode> items = new ArrayList<>();
    final List<YamlMapping.Entry> entries = new ArrayList<>();
    final Map<String, YamlScalar> keys = new HashMap<>();
    String anchor;
    boolean expectingKey = true;
    YamlScalar pendingKey;

    Frame(boolean mapping, boolean flow, int line, int column, long nodesBefore) {
      this.mapping = mapping;
      this.flow = flow;
      this.line = line;
      this.column = column;
      this.nodesBefore = nodesBefore;
    }
  }
}
