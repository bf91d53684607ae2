package io.kiro4j.core.property;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A generator of values from a {@link Source} of choices. A generator is a plain function, so a
 * composite value is written as code ({@code s -> new Doc(names.generate(s), flags.generate(s))})
 * and shrinks like any other: the shrinker works on the choices, never on the value.
 *
 * <pre>{@code
 * Gen<String> words = Gen.strings().withChars("ab $()'\"").ofMaxLength(40);
 * Gen<List<String>> lines = Gen.of("ls", "cd x", "rm -rf /").list().ofMaxSize(4);
 * Property.forAll(words, lines).check((w, l) -> assertThat(...));
 * }</pre>
 *
 * @param <T> the values it makes
 */
@FunctionalInterface
public interface Gen<T> {

  /** Makes one value, drawing every random decision from {@code source}. */
  T generate(Source source);

  // ------------------------------------------------------------------ combinators

  default <R> Gen<R> map(Function<? super T, ? extends R> f) {
    return s -> f.apply(generate(s));
  }

  default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> f) {
    return s -> f.apply(generate(s)).generate(s);
  }

  /**
   * Only values that pass {@code keep}; after 100 misses in a row the try is rejected (not failed),
   * so keep filters for rare exclusions and build the wanted shape directly otherwise.
   */
  default Gen<T> filter(Predicate<? super T> keep) {
    return s -> {
      for (int i = 0; i < 100; i++) {
        T value = generate(s);
        if (keep.test(value)) {
          return value;
        }
      }
      throw new Rejected("filter rejected 100 values in a row");
    };
  }

  /** Lists of these values, 0 to 10 long unless narrowed. */
  default ListGen<T> list() {
    return new ListGen<>(this, 0, 10);
  }

  /** Maps with keys from this generator (duplicates drop out) and values from {@code values}. */
  default <V> Gen<Map<T, V>> mapTo(Gen<V> values, int minSize, int maxSize) {
    Gen<T> keys = this;
    return s -> {
      Map<T, V> map = new LinkedHashMap<>();
      Length length = new Length(minSize, maxSize);
      for (int i = 0; length.more(s, i); i++) {
        map.put(keys.generate(s), values.generate(s));
      }
      return map;
    };
  }

  // ------------------------------------------------------------------ factories

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return s -> value;
  }

  /** One of {@code values}, shrinking towards the first. */
  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    return of(Arrays.asList(values));
  }

  /** One of {@code values}, shrinking towards the first. */
  static <T> Gen<T> of(List<? extends T> values) {
    List<T> copy = List.copyOf(values);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("no values to choose from");
    }
    return s -> copy.get(s.draw(copy.size()));
  }

  /** A value of one of {@code gens}, shrinking towards the first generator. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Gen<? extends T>> copy = List.of(gens);
    return s -> copy.get(s.draw(copy.size())).generate(s);
  }

  /** Every constant of {@code type}, shrinking towards the first. */
  static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return of(type.getEnumConstants());
  }

  static Gen<Boolean> booleans() {
    return s -> s.draw(2) == 1;
  }

  /** Ints in {@code [min, max]}, shrinking towards the value nearest 0. */
  static Gen<Integer> ints(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /** Any long, shrinking towards 0. */
  static Gen<Long> longs() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Longs in {@code [min, max]}, shrinking towards the value nearest 0. */
  static Gen<Long> longs(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException(min + " > " + max);
    }
    long target = Math.max(min, Math.min(max, 0));
    // Distances from the target on each side; a side with no room is never chosen.
    long up = max - target;
    long down = target - min;
    return s -> {
      boolean below = down != 0 && (up == 0 || s.draw(2) == 1);
      // down - 1 and target - d - 1 wrap correctly when min is Long.MIN_VALUE.
      return below ? target - s.choose(down - 1) - 1 : target + s.choose(up);
    };
  }

  /** Big integers in {@code [min, max]}, beyond the long range, shrinking towards 0. */
  static Gen<BigInteger> bigIntegers(BigInteger min, BigInteger max) {
    BigInteger span = max.subtract(min).add(BigInteger.ONE);
    int words = (span.bitLength() + 61) / 62;
    return s -> {
      BigInteger value = BigInteger.ZERO;
      for (int i = 0; i < words; i++) {
        value = value.shiftLeft(62).add(BigInteger.valueOf(s.draw(1L << 62)));
      }
      return min.add(value.mod(span));
    };
  }

  /** Doubles of every kind: small, huge, tiny, negative, with fractions; shrinking towards 0. */
  static Gen<Double> doubles() {
    return s -> {
      double mantissa = s.draw(1L << 53) / (double) (1L << 53);
      int exponent = (int) s.draw(600) - 300;
      double value = mantissa * Math.pow(10, exponent);
      return s.draw(2) == 1 ? -value : value;
    };
  }

  /** A {@link Random} seeded from one choice, for properties that shuffle. */
  static Gen<Random> randoms() {
    return longs().map(Random::new);
  }

  /** Strings over an alphabet set on the returned builder (any character by default). */
  static StringGen strings() {
    return StringGen.ANY;
  }

  static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, R> f) {
    return s -> f.apply(a.generate(s), b.generate(s));
  }

  /** A generator defined in terms of itself: {@code step} gets a generator one level shallower. */
  static <T> Gen<T> recursive(Gen<T> leaf, Function<Gen<T>, Gen<T>> step, int maxDepth) {
    return s -> {
      int depth = s.draw(maxDepth + 1);
      Gen<T> gen = leaf;
      for (int i = 0; i < depth; i++) {
        gen = step.apply(gen);
      }
      return gen.generate(s);
    };
  }

  /** Lists of fixed-size tuples of values, one from each generator in order. */
  static Gen<List<Object>> tuple(List<Gen<?>> gens) {
    List<Gen<?>> copy = List.copyOf(gens);
    return s -> {
      List<Object> values = new ArrayList<>(copy.size());
      for (Gen<?> g : copy) {
        values.add(g.generate(s));
      }
      return values;
    };
  }
}
