package io.kiro4j.core.json.edit;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated documents, printed in a random but consistent style (indent unit, LF or CRLF, trailing
 * newline or not, one-line objects, comments, trailing commas, a byte order mark), and random edits
 * of random members: only the edited member's bytes change, the edit reads back as intended (as
 * Jackson databind reads the text, not our own loader), line endings stay the document's, and
 * adding a member then removing it gives the original bytes.
 */
class JsonTextProperties {

  private static final Path FILE = Path.of("generated.json");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonMapper LENIENT =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .build();
  private static final List<String> ATOMS =
      List.of("a", "Z", "/", "~", "\"", "\\", "é", "日", "😀", "\t", "\n", " ", "\u0001", "~1");

  @Test
  void settingAMemberChangesOnlyThatMemberAndReadsBackEqual() {
    Property.forAll(objects(), values(), Gen.randoms())
        .tries(500)
        .check(
            (tree, value, random) -> {
              String text = new Printer(random).print(tree);
              List<String> path = somePath(tree, random, true);

              String edited = apply(text, JsonEdit.set(path, value));

              ObjectNode expected = tree.deepCopy();
              holder(expected, path).set(path.get(path.size() - 1), value);
              assertThat(LENIENT.readTree(strip(edited))).as(edited).isEqualTo(reread(expected));
              assertOnlyMemberChanged(text, edited, path);
              assertLineEndingsKept(text, edited);
            });
  }

  @Test
  void removingAMemberChangesOnlyThatMemberAndReadsBackWithoutIt() {
    Property.forAll(objects(), Gen.randoms())
        .tries(500)
        .check(
            (tree, random) -> {
              List<String> path = somePath(tree, random, false);
              Property.assume(path != null);
              String text = new Printer(random).print(tree);

              String edited = apply(text, JsonEdit.remove(path));

              ObjectNode expected = tree.deepCopy();
              holder(expected, path).remove(path.get(path.size() - 1));
              assertThat(LENIENT.readTree(strip(edited))).as(edited).isEqualTo(reread(expected));
              assertOnlyMemberChanged(text, edited, path);
              assertLineEndingsKept(text, edited);
            });
  }

  @Test
  void addingAMemberThenRemovingItGivesTheOriginalBytes() {
    Property.forAll(objects(), values(), Gen.randoms())
        .tries(500)
        .check(
            (tree, value, random) -> {
              String text = new Printer(random).print(tree);
              List<String> parent = somePath(tree, random, false);
              List<String> path = new ArrayList<>(parent == null ? List.of() : parent);
              if (parent != null) {
                path.remove(path.size() - 1);
                JsonNode object =
                    tree.at(JsonEdit.remove(parent).pointer()).isObject()
                        ? tree.at(JsonEdit.remove(parent).pointer())
                        : null;
                if (object != null) {
                  path.add(parent.get(parent.size() - 1));
                }
              }
              path.add("new \u00e9/~ key " + random.nextInt(1000));

              String added = apply(text, JsonEdit.set(path, value));
              String removed = apply(added, JsonEdit.remove(path));

              assertThat(removed).as("added:%n%s", added).isEqualTo(text);
            });
  }

  // ---- checks -------------------------------------------------------------------------------

  private static String apply(String text, JsonEdit edit) {
    return JsonText.parse(text, FILE).orElseThrow().apply(edit).orElseThrow().text();
  }

  /** As Jackson reads it back: a long that fits an int becomes an int node. */
  private static JsonNode reread(JsonNode tree) {
    return LENIENT.readTree(tree.toString());
  }

  private static String strip(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * The text before and after the edited member's neighbourhood is the same: the edited text is the
   * original up to the end of the previous member's value (or the object's brace), something new,
   * then the original from the next member's key (or the object's closing brace). A new member
   * counts as following the last one.
   */
  private static void assertOnlyMemberChanged(String before, String after, List<String> path) {
    int bom = before.startsWith("\uFEFF") ? 1 : 0;
    String body = before.substring(bom);
    Outline outline = Outline.of(body);
    Members object = Members.of(body, Members.skipBlank(body, 0), outline);
    int k = 0;
    for (; k < path.size() - 1; k++) {
      Members.Member step = object.find(path.get(k));
      if (step == null) {
        break;
      }
      object = Members.of(body, step.valueStart(), outline);
    }
    int from = object.open + 1;
    int to = object.close;
    Members.Member member = k == path.size() - 1 ? object.find(path.get(k)) : null;
    if (member != null) {
      int index = object.list.lastIndexOf(member);
      from = index > 0 ? object.list.get(index - 1).valueEnd() : object.open + 1;
      to = index < object.list.size() - 1 ? object.list.get(index + 1).keyStart() : object.close;
    } else if (!object.list.isEmpty()) {
      from = object.list.get(object.list.size() - 1).valueEnd();
    }
    String unchangedBefore = before.substring(0, bom + from);
    String unchangedAfter = before.substring(bom + to);
    assertThat(after.length())
        .as("%s%n->%n%s", before, after)
        .isGreaterThanOrEqualTo(unchangedBefore.length() + unchangedAfter.length());
    assertThat(after).as("%s%n->%n%s", before, after).startsWith(unchangedBefore);
    assertThat(after).as("%s%n->%n%s", before, after).endsWith(unchangedAfter);
  }

  private static void assertLineEndingsKept(String before, String after) {
    boolean crlf = before.contains("\r\n");
    boolean lf = before.replace("\r\n", "").contains("\n");
    if (crlf && !lf) {
      assertThat(after.replace("\r\n", "")).doesNotContain("\n");
    }
    if (lf && !crlf) {
      assertThat(after).doesNotContain("\r\n");
    }
  }

  // ---- generators ---------------------------------------------------------------------------

  /** A path to a member: an existing one (or a new key in an existing object if {@code orNew}). */
  private static List<String> somePath(ObjectNode tree, Random random, boolean orNew) {
    List<List<String>> paths = new ArrayList<>();
    collect(tree, new ArrayList<>(), paths);
    if (orNew && (paths.isEmpty() || random.nextInt(3) == 0)) {
      List<List<String>> objects = new ArrayList<>();
      objects.add(new ArrayList<>());
      for (List<String> p : paths) {
        if (tree.at(JsonEdit.remove(p).pointer()).isObject()) {
          objects.add(p);
        }
      }
      List<String> path = new ArrayList<>(objects.get(random.nextInt(objects.size())));
      path.add("k" + random.nextInt(5));
      if (random.nextInt(4) == 0) {
        path.add("deeper");
      }
      return path;
    }
    return paths.isEmpty() ? null : paths.get(random.nextInt(paths.size()));
  }

  private static void collect(JsonNode node, List<String> at, List<List<String>> out) {
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      List<String> path = new ArrayList<>(at);
      path.add(e.getKey());
      out.add(path);
      if (e.getValue().isObject()) {
        collect(e.getValue(), path, out);
      }
    }
  }

  private static ObjectNode holder(ObjectNode root, List<String> path) {
    ObjectNode node = root;
    for (int k = 0; k < path.size() - 1; k++) {
      JsonNode next = node.get(path.get(k));
      if (next == null) {
        next = NODES.objectNode();
        node.set(path.get(k), next);
      }
      node = (ObjectNode) next;
    }
    return node;
  }

  private static Gen<ObjectNode> objects() {
    return keys().mapTo(values(), 0, 5).map(JsonTextProperties::object);
  }

  private static ObjectNode object(Map<String, JsonNode> members) {
    ObjectNode object = NODES.objectNode();
    members.forEach(object::set);
    return object;
  }

  private static Gen<JsonNode> values() {
    return Gen.recursive(
        scalars(),
        inner ->
            Gen.<JsonNode>oneOf(
                inner,
                inner.list().ofMaxSize(3).map(l -> (JsonNode) NODES.arrayNode().addAll(l)),
                keys().mapTo(inner, 0, 4).map(m -> (JsonNode) object(m))),
        3);
  }

  private static Gen<JsonNode> scalars() {
    return Gen.<JsonNode>oneOf(
        keys().map(NODES::stringNode),
        Gen.ints(-1000, 1000).map(NODES::numberNode),
        Gen.longs().map(NODES::numberNode),
        Gen.booleans().map(NODES::booleanNode),
        Gen.constant(NODES.nullNode()));
  }

  private static Gen<String> keys() {
    return Gen.of(ATOMS).list().ofMaxSize(3).map(parts -> String.join("", parts));
  }

  /** Prints a tree in one random style, used consistently through the document. */
  private static final class Printer {
    private final Random random;
    private final String unit;
    private final String newline;
    private final boolean comments;
    private final boolean trailingCommas;
    private final StringBuilder out = new StringBuilder();

    Printer(Random random) {
      this.random = random;
      this.unit = List.of("  ", "    ", "\t").get(random.nextInt(3));
      this.newline = random.nextBoolean() ? "\n" : "\r\n";
      this.comments = random.nextInt(3) == 0;
      this.trailingCommas = random.nextInt(4) == 0;
    }

    String print(ObjectNode tree) {
      if (random.nextInt(8) == 0) {
        out.append('\uFEFF');
      }
      boolean minified = random.nextInt(6) == 0;
      value(tree, "", minified);
      if (random.nextBoolean()) {
        out.append(newline);
      }
      return out.toString();
    }

    private void value(JsonNode value, String indent, boolean oneLine) {
      if (value.isObject() && !value.isEmpty()) {
        boolean flat = oneLine || random.nextInt(5) == 0;
        out.append('{');
        String inner = indent + unit;
        int i = 0;
        for (Map.Entry<String, JsonNode> e : value.properties()) {
          if (i++ > 0) {
            out.append(',');
            comment(flat);
          }
          if (flat) {
            out.append(i > 1 && !oneLine ? " " : "");
          } else {
            out.append(newline).append(inner);
          }
          out.append(NODES.stringNode(e.getKey()).toString()).append(oneLine ? ":" : ": ");
          value(e.getValue(), inner, flat);
        }
        if (trailingCommas && random.nextBoolean()) {
          out.append(',');
        }
        comment(flat);
        if (!flat) {
          out.append(newline).append(indent);
        }
        out.append('}');
      } else if (value.isArray() && !value.isEmpty()) {
        out.append('[');
        for (int i = 0; i < value.size(); i++) {
          out.append(i > 0 ? ", " : "");
          value(value.get(i), indent + unit, true);
        }
        out.append(']');
      } else if (value.isObject()) {
        out.append("{}");
      } else if (value.isArray()) {
        out.append("[]");
      } else {
        out.append(value.toString());
      }
    }

    private void comment(boolean flat) {
      if (comments && random.nextInt(3) == 0) {
        out.append(flat || random.nextBoolean() ? " /* n\u00e9 \"q\" */" : " // note, \"q\" /*");
      }
    }
  }

  @SuppressWarnings("unused")
  private static String show(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n\n").toLowerCase(Locale.ROOT);
  }
}
