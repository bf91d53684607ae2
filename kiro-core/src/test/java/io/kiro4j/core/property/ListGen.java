package io.kiro4j.core.property;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of values from an element generator; immutable, each {@code of…} returns a new one.
 *
 * @param <T> the element type
 */
public final class ListGen<T> implements Gen<List<T>> {

  private final Gen<T> elements;
  private final int min;
  private final int max;

  ListGen(Gen<T> elements, int min, int max) {
    this.elements = elements;
    this.min = min;
    this.max = max;
  }

  public ListGen<T> ofMinSize(int size) {
    return new ListGen<>(elements, size, Math.max(size, max));
  }

  public ListGen<T> ofMaxSize(int size) {
    return new ListGen<>(elements, Math.min(min, size), size);
  }

  public ListGen<T> ofSize(int size) {
    return new ListGen<>(elements, size, size);
  }

  @Override
  public List<T> generate(Source s) {
    List<T> list = new ArrayList<>();
    Length length = new Length(min, max);
    for (int i = 0; length.more(s, i); i++) {
      list.add(elements.generate(s));
    }
    return list;
  }
}
