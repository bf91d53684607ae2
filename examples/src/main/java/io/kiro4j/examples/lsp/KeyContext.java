package io.kiro4j.examples.lsp;

import java.util.List;
import java.util.Set;

/**
 * Where the cursor is among the keys of a JSON file or a YAML front matter: at a key (typing one or
 * on one) or at the value of a key, inside which object.
 *
 * @param place a key, a value, or neither (a comment, the Markdown body)
 * @param path the keys from the document's root to the object holding the cursor ({@code []} for an
 *     array item)
 * @param key at a key: the key's text (what is typed so far, or the whole key when hovering); at a
 *     value: the key whose value it is ({@code []} in an array)
 * @param start the offset where the token under the cursor starts (its opening quote if quoted)
 * @param end the offset where it ends (after its closing quote if quoted)
 * @param quoted whether the token is a JSON string (completions then replace the quotes too)
 * @param present the keys the object already has (not offered again)
 */
record KeyContext(
    Place place,
    List<String> path,
    String key,
    int start,
    int end,
    boolean quoted,
    Set<String> present) {

  /** What the cursor is on. */
  enum Place {
    KEY,
    VALUE,
    NONE
  }

  static KeyContext none(int offset) {
    return new KeyContext(Place.NONE, List.of(), "", offset, offset, false, Set.of());
  }
}
