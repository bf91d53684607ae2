package io.kiro4j.core.internal.json;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Where each node of one parsed document starts: flat arrays of char offsets, parent links and
 * member names, in document order (the root is node 0). Built by {@link #of} in a second streaming
 * pass over a text that already parsed, only when someone asks for a position — for a valid
 * document usually never. JSON pointers and line/column positions are then worked out only for the
 * nodes asked about.
 *
 * <p>Read-only once built: the children table is built on the first lookup (one linear pass) and
 * published through a volatile field, so concurrent readers are safe. A lookup costs one step per
 * pointer segment (a name map for objects of more than a few members, an index for arrays).
 */
final class NodeIndex {

  static final byte SCALAR = 0;
  static final byte OBJECT = 1;
  static final byte ARRAY = 2;

  private int count;
  private int[] parent = new int[32];
  private int[] valueOffset = new int[32];
  private int[] keyOffset = new int[32];
  private String[] name = new String[32];
  private byte[] kind = new byte[32];
  private volatile Children children;

  /**
   * Indexes {@code text}, which {@code factory} parsed without error before. Stops after the first
   * value, as the loader does.
   */
  static NodeIndex of(String text, JsonFactory factory) {
    NodeIndex index = new NodeIndex();
    int[] open = new int[16];
    int depth = 0;
    String name = null;
    int keyOffset = -1;
    try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), text)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.PROPERTY_NAME) {
          name = parser.currentName();
          keyOffset = offset(parser);
        } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          if (--depth == 0) {
            break;
          }
        } else {
          int parent = depth == 0 ? -1 : open[depth - 1];
          boolean member = parent >= 0 && index.kind[parent] == OBJECT;
          byte kind =
              token == JsonToken.START_OBJECT
                  ? OBJECT
                  : token == JsonToken.START_ARRAY ? ARRAY : SCALAR;
          int node =
              index.add(
                  parent, kind, offset(parser), member ? name : null, member ? keyOffset : -1);
          if (kind != SCALAR) {
            if (depth == open.length) {
              open = Arrays.copyOf(open, depth * 2);
            }
            open[depth++] = node;
          } else if (depth == 0) {
            break;
          }
        }
      }
    } catch (JacksonException e) {
      // The same text parsed with the same factory before: keep what was indexed.
    }
    return index;
  }

  private static int offset(JsonParser parser) {
    return (int) parser.currentTokenLocation().getCharOffset();
  }

  /** Records a node; returns its index. {@code memberName} is null for array elements. */
  int add(int parentIndex, byte nodeKind, int offset, String memberName, int memberKeyOffset) {
    if (count == parent.length) {
      int size = count * 2;
      parent = Arrays.copyOf(parent, size);
      valueOffset = Arrays.copyOf(valueOffset, size);
      keyOffset = Arrays.copyOf(keyOffset, size);
      name = Arrays.copyOf(name, size);
      kind = Arrays.copyOf(kind, size);
    }
    parent[count] = parentIndex;
    kind[count] = nodeKind;
    valueOffset[count] = offset;
    name[count] = memberName;
    keyOffset[count] = memberKeyOffset;
    return count++;
  }

  int valueOffset(int node) {
    return valueOffset[node];
  }

  /** Where the node's key starts, or where its value starts when it has no key. */
  int keyOrValueOffset(int node) {
    return keyOffset[node] >= 0 ? keyOffset[node] : valueOffset[node];
  }

  /**
   * The node {@code pointer} names or, if it names none, its nearest existing ancestor.
   *
   * @return the node index, negated minus one for an ancestor ({@code -1 - index})
   */
  int find(JsonPointer pointer) {
    if (count == 0) {
      return -1;
    }
    Children links = links();
    int node = 0;
    for (JsonPointer rest = pointer; !rest.matches(); rest = rest.tail()) {
      int child = child(links, node, rest);
      if (child < 0) {
        return -1 - node;
      }
      node = child;
    }
    return node;
  }

  private int child(Children links, int node, JsonPointer segment) {
    int first = links.start[node];
    int size = links.start[node + 1] - first;
    if (kind[node] == OBJECT) {
      String key = segment.getMatchingProperty();
      Map<String, Integer> members = links.members.get(node);
      if (members != null) {
        Integer match = members.get(key);
        return match == null ? -1 : match;
      }
      // Duplicate keys: the later value is the one in the tree, so look from the end.
      for (int i = first + size - 1; i >= first; i--) {
        int c = links.list[i];
        if (key.equals(name[c])) {
          return c;
        }
      }
      return -1;
    }
    if (kind[node] == ARRAY) {
      int index = segment.getMatchingIndex();
      return index < 0 || index >= size ? -1 : links.list[first + index];
    }
    return -1;
  }

  private Children links() {
    Children links = children;
    if (links == null) {
      links = new Children(this);
      children = links;
    }
    return links;
  }

  /**
   * Every node's children, contiguous and in document order ({@code list[start[n]]} up to {@code
   * list[start[n + 1]]}), so an array element is one index away; objects with more than {@link
   * #SMALL} members also get a name map (the later of duplicate keys wins). Built in one linear
   * pass: looking up every member of a 200,000-key object costs 200,000 steps, not 200,000².
   */
  private static final class Children {
    static final int SMALL = 8;

    final int[] start;
    final int[] list;
    final Map<Integer, Map<String, Integer>> members = new HashMap<>();

    Children(NodeIndex index) {
      int count = index.count;
      start = new int[count + 1];
      list = new int[Math.max(0, count - 1)];
      for (int node = 1; node < count; node++) {
        start[index.parent[node] + 1]++;
      }
      for (int node = 0; node < count; node++) {
        start[node + 1] += start[node];
      }
      int[] next = Arrays.copyOf(start, count);
      for (int node = 1; node < count; node++) {
        list[next[index.parent[node]]++] = node;
      }
      for (int node = 0; node < count; node++) {
        int size = start[node + 1] - start[node];
        if (index.kind[node] == OBJECT && size > SMALL) {
          Map<String, Integer> byName = new HashMap<>(size * 2);
          for (int i = start[node]; i < start[node + 1]; i++) {
            byName.put(index.name[list[i]], list[i]);
          }
          members.put(node, byName);
        }
      }
    }
  }
}
