package io.kiro4j.core.property;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A property: an assertion that must hold for every value a generator makes. Run it from a plain
 * JUnit {@code @Test}:
 *
 * <pre>{@code
 * @Test
 * void singleQuotedWordIsTakenLiterally() {
 *   Property.forAll(Gen.strings().withChars("ab $'\"").ofMaxLength(40))
 *       .tries(2000)
 *       .check(word -> assertThat(parse("echo " + quote(word))).containsExactly("echo", word));
 * }
 * }</pre>
 *
 * <p>The first try uses the simplest value of every generator (empty strings and lists, the first
 * alternatives, numbers nearest 0), the second the largest, the rest are random with the ends of
 * every range mixed in. On failure the counterexample is shrunk (see {@link Shrinker}) and the
 * error names the seed and a command line that replays it. System properties:
 *
 * <ul>
 *   <li>{@value #SEED} — the seed of every property (replays a failure);
 *   <li>{@value #TRIES} — a floor for the tries of every property (long runs).
 * </ul>
 *
 * @param <T> the generated values
 */
public final class Property<T> {

  /** System property: the seed for every property run in this JVM. */
  public static final String SEED = "kiro4j.property.seed";

  /** System property: the least number of tries of every property. */
  public static final String TRIES = "kiro4j.property.tries";

  /** The tries of a property that does not say otherwise (jqwik's default, which we replaced). */
  public static final int DEFAULT_TRIES = 1000;

  /** A property's assertion; it may throw anything, a {@link Rejected} skips the try. */
  @FunctionalInterface
  public interface Body<T> {
    void accept(T value) throws Exception;
  }

  /** A property's assertion over two values. */
  @FunctionalInterface
  public interface Body2<A, B> {
    void accept(A a, B b) throws Exception;
  }

  /** A property's assertion over three values. */
  @FunctionalInterface
  public interface Body3<A, B, C> {
    void accept(A a, B b, C c) throws Exception;
  }

  /** A property's assertion over four values. */
  @FunctionalInterface
  public interface Body4<A, B, C, D> {
    void accept(A a, B b, C c, D d) throws Exception;
  }

  private final Gen<T> gen;
  private final int tries;
  private final Long seed;
  private final int arity;

  private Property(Gen<T> gen, int tries, Long seed, int arity) {
    this.gen = gen;
    this.tries = tries;
    this.seed = seed;
    this.arity = arity;
  }

  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(gen, DEFAULT_TRIES, null, 1);
  }

  public static <A, B> Property2<A, B> forAll(Gen<A> a, Gen<B> b) {
    return new Property2<>(new Property<>(Gen.tuple(List.of(a, b)), DEFAULT_TRIES, null, 2));
  }

  public static <A, B, C> Property3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
    return new Property3<>(new Property<>(Gen.tuple(List.of(a, b, c)), DEFAULT_TRIES, null, 3));
  }

  public static <A, B, C, D> Property4<A, B, C, D> forAll(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
    return new Property4<>(new Property<>(Gen.tuple(List.of(a, b, c, d)), DEFAULT_TRIES, null, 4));
  }

  /** Skips this try (it neither passes nor fails) unless {@code condition} holds. */
  public static void assume(boolean condition) {
    if (!condition) {
      throw new Rejected("assumption did not hold");
    }
  }

  /** How many values to try (at least the {@value #TRIES} system property). */
  public Property<T> tries(int tries) {
    return new Property<>(gen, tries, seed, arity);
  }

  /** A fixed seed, for a test that must see the same values every run. */
  public Property<T> seed(long seed) {
    return new Property<>(gen, tries, seed, arity);
  }

  /** Runs the property; throws a {@link PropertyFailure} with a shrunk counterexample. */
  public void check(Body<T> body) {
    Caller caller = Caller.find();
    long runSeed = seed != null ? seed : configuredSeed();
    int runTries = Math.max(tries, Integer.getInteger(TRIES, 0));
    SplittableRandom random = new SplittableRandom(runSeed);
    int passed = 0;
    int rejected = 0;
    for (int attempt = 0; passed < runTries; attempt++) {
      Source source =
          attempt == 0
              ? Source.minimal()
              : attempt == 1 ? Source.maximal() : Source.random(random.split());
      Outcome<T> outcome = Outcome.of(gen, source, body);
      if (outcome.rejected()) {
        if (++rejected > Math.max(100, runTries * 5)) {
          throw new PropertyFailure(
              caller.name()
                  + ": "
                  + rejected
                  + " tries rejected for "
                  + passed
                  + " passed; generate the wanted values directly instead of filtering (seed "
                  + runSeed
                  + ")",
              null);
        }
        continue;
      }
      if (outcome.failed()) {
        Shrinker<T> shrinker = new Shrinker<>(gen, body, outcome);
        Outcome<T> smallest = shrinker.shrink();
        throw PropertyFailure.of(
            caller, attempt + 1, runTries, runSeed, arity, outcome, smallest, shrinker.steps());
      }
      passed++;
    }
  }

  private static long configuredSeed() {
    String configured = System.getProperty(SEED);
    if (configured != null && !configured.isBlank()) {
      return Long.parseLong(configured.trim());
    }
    return ThreadLocalRandom.current().nextLong();
  }

  @SuppressWarnings("unchecked")
  private static <X> X at(List<Object> values, int i) {
    return (X) values.get(i);
  }

  /** A property over two values. */
  public static final class Property2<A, B> {
    private final Property<List<Object>> property;

    private Property2(Property<List<Object>> property) {
      this.property = property;
    }

    public Property2<A, B> tries(int tries) {
      return new Property2<>(property.tries(tries));
    }

    public Property2<A, B> seed(long seed) {
      return new Property2<>(property.seed(seed));
    }

    public void check(Body2<A, B> body) {
      property.check(v -> body.accept(at(v, 0), at(v, 1)));
    }
  }

  /** A property over three values. */
  public static final class Property3<A, B, C> {
    private final Property<List<Object>> property;

    private Property3(Property<List<Object>> property) {
      this.property = property;
    }

    public Property3<A, B, C> tries(int tries) {
      return new Property3<>(property.tries(tries));
    }

    public Property3<A, B, C> seed(long seed) {
      return new Property3<>(property.seed(seed));
    }

    public void check(Body3<A, B, C> body) {
      property.check(v -> body.accept(at(v, 0), at(v, 1), at(v, 2)));
    }
  }

  /** A property over four values. */
  public static final class Property4<A, B, C, D> {
    private final Property<List<Object>> property;

    private Property4(Property<List<Object>> property) {
      this.property = property;
    }

    public Property4<A, B, C, D> tries(int tries) {
      return new Property4<>(property.tries(tries));
    }

    public Property4<A, B, C, D> seed(long seed) {
      return new Property4<>(property.seed(seed));
    }

    public void check(Body4<A, B, C, D> body) {
      property.check(v -> body.accept(at(v, 0), at(v, 1), at(v, 2), at(v, 3)));
    }
  }
}
