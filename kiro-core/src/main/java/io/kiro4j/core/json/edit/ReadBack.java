package io.kiro4j.core.json.edit;

import io.kiro4j.core.internal.json.JsonOptions;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One streaming pass over JSON text that checks it parses (comments and trailing commas allowed,
 * with {@link JsonOptions}' default limits) and reads back one member: its value (the later of
 * duplicates) and how many members its object has. Building the whole tree of a 1 MB file twice per
 * edit cost more than the edit; a stream costs a fraction of it.
 */
final class ReadBack {

  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                  .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(JsonOptions.DEFAULT_MAX_NESTING_DEPTH)
                          .maxDocumentLength(JsonOptions.DEFAULT_MAX_DOCUMENT_LENGTH)
                          .build())
                  .build())
          .build();

  /** What was read; {@code value} is null when the member is absent or the text did not parse. */
  record Member(boolean parses, JsonNode value, int siblings) {}

  private ReadBack() {}

  /** True when {@code text} (without a byte order mark) is one JSON value and nothing else. */
  static boolean parses(String text) {
    return read(text, List.of()).parses();
  }

  /** Parses {@code text} and reads the member at {@code path} (empty: only check the syntax). */
  static Member read(String text, List<String> path) {
    int n = path.size();
    JsonNode value = null;
    int siblings = 0;
    try (JsonParser parser = MAPPER.createParser(text)) {
      int depth = 0;
      int onPath = 0; // how many objects of the path we are inside (the root counts as the first)
      JsonToken token = parser.nextToken();
      if (token == null) {
        return new Member(false, null, 0);
      }
      for (; token != null; token = parser.nextToken()) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            depth++;
            if (depth == 1 && token == JsonToken.START_OBJECT && n > 0) {
              onPath = 1;
            }
          }
          case END_OBJECT, END_ARRAY -> {
            if (onPath == depth) {
              onPath--;
            }
            depth--;
            if (depth == 0) {
              return new Member(parser.nextToken() == null, value, siblings);
            }
          }
          case PROPERTY_NAME -> {
            if (onPath == depth && depth >= 1 && depth <= n) {
              String name = parser.currentName();
              if (depth == n) {
                siblings++;
                if (name.equals(path.get(n - 1))) {
                  parser.nextToken();
                  value = parser.readValueAsTree();
                }
              } else if (name.equals(path.get(depth - 1))) {
                if (parser.nextToken() == JsonToken.START_OBJECT) {
                  depth++;
                  onPath = depth;
                } else {
                  parser.skipChildren();
                }
              }
            }
          }
          default -> {
            if (depth == 0) {
              return new Member(parser.nextToken() == null, value, siblings);
            }
          }
        }
      }
      return new Member(false, null, 0);
    } catch (JacksonException e) {
      return new Member(false, null, 0);
    }
  }
}
