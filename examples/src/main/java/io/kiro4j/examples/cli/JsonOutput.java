package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.workspace.DisplayPath;
import io.kiro4j.core.workspace.Workspace;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON documents of the CLI contract: {@code "schema": 1}, nulls never omitted, stable order. */
final class JsonOutput {

  /**
   * Built on first use (class initialisation is lazy and thread-safe): text output only sorts and
   * formats diagnostics, and a short run should not pay for the JSON library's setup.
   */
  private static final class Mapper {
    static final JsonMapper INSTANCE =
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  private JsonOutput() {}

  /** A new document with {@code "schema": 1}. */
  static ObjectNode document() {
    ObjectNode doc = Mapper.INSTANCE.createObjectNode();
    doc.put("schema", 1);
    return doc;
  }

  static ArrayNode array() {
    return Mapper.INSTANCE.createArrayNode();
  }

  static ObjectNode object() {
    return Mapper.INSTANCE.createObjectNode();
  }

  static String write(JsonNode node) {
    return Mapper.INSTANCE.writeValueAsString(node);
  }

  /**
   * Prints {@code node} as the contract's JSON document: each line through {@link
   * HumanOutput#lines}, so C1 controls, DEL, U+2028/U+2029 and bidirectional controls inside
   * strings leave as JSON {@code \}{@code uXXXX} escapes (Jackson escapes the C0 controls itself).
   */
  static void print(java.io.PrintWriter out, JsonNode node) {
    HumanOutput.of(out).lines(write(node));
  }

  /**
   * Prints {@code node} on one line (a stream of documents a line-based reader can split, as {@code
   * lint --watch --json} prints), escaped as {@link #print} escapes.
   */
  static void printLine(java.io.PrintWriter out, JsonNode node) {
    HumanOutput.of(out)
        .println(
            Mapper.INSTANCE
                .writer()
                .without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(node));
  }

  /** Plain Java values (maps, lists, strings, numbers, booleans, null) as JSON. */
  static JsonNode plain(Object value) {
    return Mapper.INSTANCE.valueToTree(value);
  }

  /** Puts {@code path} and {@code root} (index or null) for a file. */
  static void putPath(ObjectNode node, Workspace ws, java.nio.file.Path file) {
    DisplayPath dp = ws.displayPath(file);
    node.put("path", dp.path());
    if (dp.root().isPresent()) {
      node.put("root", dp.root().getAsInt());
    } else {
      node.putNull("root");
    }
  }

  /** One diagnostic in the contract's shape. */
  static ObjectNode diagnostic(Workspace ws, Diagnostic d) {
    ObjectNode n = object();
    putPath(n, ws, d.path());
    n.put("line", d.line());
    n.put("column", d.column());
    n.put("severity", d.severity().label());
    n.put("code", d.code());
    n.put("message", d.message());
    return n;
  }

  /** Diagnostics sorted by root (global first), path, line, column, code. */
  static ArrayNode diagnostics(Workspace ws, Collection<Diagnostic> diagnostics) {
    ArrayNode arr = array();
    sorted(ws, diagnostics).forEach(d -> arr.add(diagnostic(ws, d)));
    return arr;
  }

  /** The contract's diagnostic order. */
  static List<Diagnostic> sorted(Workspace ws, Collection<Diagnostic> diagnostics) {
    Map<Diagnostic, DisplayPath> paths = new java.util.IdentityHashMap<>();
    diagnostics.forEach(d -> paths.put(d, ws.displayPath(d.path())));
    return diagnostics.stream()
        .sorted(
            Comparator.comparingInt((Diagnostic d) -> paths.get(d).root().orElse(-1))
                .thenComparing(d -> paths.get(d).path())
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::column)
                .thenComparing(Diagnostic::code))
        .toList();
  }

  /** The {@code kiro4j lint} text line of a diagnostic. */
  static String line(Workspace ws, Diagnostic d) {
    return ws.displayPath(d.path()).path()
        + ":"
        + d.line()
        + ":"
        + d.column()
        + ": "
        + d.severity().label()
        + " "
        + d.code()
        + " "
        + d.message();
  }
}
