package io.kiro4j.examples.lsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import tools.jackson.databind.JsonNode;

/**
 * Hover text and completions for the keys of Kiro files, from the shipped JSON Schemas: the keys an
 * object may have (less those it has), the values a key takes, and what each key means.
 *
 * <p>Immutable and thread-safe.
 */
final class KeyDocs {

  private final KiroSchemas schemas;

  KeyDocs(KiroSchemas schemas) {
    this.schemas = schemas;
  }

  /** Where {@code offset} is among the keys of {@code text}, a file of {@code kind}. */
  static KeyContext context(KiroFileKind kind, TextPositions text, int offset) {
    return switch (kind.syntax()) {
      case JSON -> JsonCursor.at(text.text(), offset);
      case FRONT_MATTER -> {
        var p = text.position(offset);
        yield FrontMatterCursor.at(text, p.getLine(), p.getCharacter());
      }
      case MARKDOWN -> KeyContext.none(offset);
    };
  }

  /** The description of the key under the cursor, when the cursor is on a known key. */
  Optional<String> hover(KiroFileKind kind, KeyContext at) {
    if (at.place() != KeyContext.Place.KEY || at.key().isEmpty()) {
      return Optional.empty();
    }
    List<String> path = new ArrayList<>(at.path());
    path.add(at.key());
    return schemas
        .at(kind, path)
        .flatMap(KiroSchemas::description)
        .map(d -> "**" + at.key() + "**: " + d);
  }

  /** The keys or values that fit the cursor, each replacing the token under it. */
  List<CompletionItem> complete(KiroFileKind kind, KeyContext at, TextPositions text) {
    List<CompletionItem> out = new ArrayList<>();
    Range range = new Range(text.position(at.start()), text.position(at.end()));
    boolean json = kind.syntax() == KiroFileKind.Syntax.JSON;
    if (at.place() == KeyContext.Place.KEY) {
      Optional<JsonNode> object = schemas.at(kind, at.path());
      if (object.isEmpty()) {
        return out;
      }
      for (Map.Entry<String, JsonNode> e : schemas.properties(kind, object.get()).entrySet()) {
        String key = e.getKey();
        if (key.startsWith("$") || (at.present().contains(key) && !key.equals(at.key()))) {
          continue;
        }
        String insert = json ? (at.quoted() ? quote(key) : quote(key) + ": ") : key + ": ";
        out.add(item(key, CompletionItemKind.Property, insert, range, e.getValue()));
      }
    } else if (at.place() == KeyContext.Place.VALUE) {
      List<String> path = new ArrayList<>(at.path());
      path.add(at.key());
      Optional<JsonNode> value = schemas.at(kind, path);
      if (value.isEmpty()) {
        return out;
      }
      for (String v : schemas.values(kind, value.get())) {
        boolean literal = v.equals("true") || v.equals("false");
        String insert = json && !literal ? quote(v) : v;
        out.add(item(v, CompletionItemKind.EnumMember, insert, range, value.get()));
      }
    }
    return out;
  }

  private static CompletionItem item(
      String label, CompletionItemKind kind, String insert, Range range, JsonNode schema) {
    CompletionItem item = new CompletionItem(label);
    item.setKind(kind);
    item.setTextEdit(Either.forLeft(new TextEdit(range, insert)));
    item.setFilterText(label);
    KiroSchemas.description(schema)
        .ifPresent(d -> item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, d)));
    return item;
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
