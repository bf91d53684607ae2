package io.kiro4j.core.glob;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Several globs matched as one, for example a steering file's {@code fileMatchPattern} list (docs
 * L1141: {@code ["**}{@code /*.ts", "**}{@code /*.tsx", "**}{@code /tsconfig.*.json"]}).
 *
 * <pre>{@code
 * GlobSet set = GlobSet.compile(List.of("*.js", "*.jsx", "*.ts", "*.tsx"), GlobDialect.WORKSPACE_FILE);
 * set.matches("src/App.tsx");      // true
 * set.firstMatch("src/App.tsx");   // OptionalInt[3]
 * }</pre>
 *
 * <p>Immutable and thread-safe. An empty set matches nothing. Neither method allocates.
 */
public final class GlobSet {

  private static final GlobSet EMPTY = new GlobSet(List.of());

  private final List<Glob> globs;
  private final Glob[] array;
  private final OptionalInt[] indexes; // cached so firstMatch does not allocate

  private GlobSet(List<Glob> globs) {
    this.globs = List.copyOf(globs);
    this.array = this.globs.toArray(new Glob[0]);
    this.indexes = new OptionalInt[array.length];
    for (int i = 0; i < array.length; i++) {
      indexes[i] = OptionalInt.of(i);
    }
  }

  /** A set of already compiled globs, in order; they may mix dialects. */
  public static GlobSet of(List<Glob> globs) {
    Objects.requireNonNull(globs, "globs");
    return globs.isEmpty() ? EMPTY : new GlobSet(globs);
  }

  /** The empty set, which matches nothing. */
  public static GlobSet empty() {
    return EMPTY;
  }

  /**
   * Compiles every pattern in one dialect, case-sensitively.
   *
   * @throws GlobSyntaxException for the first malformed pattern; loaders that must report every bad
   *     pattern compile them one by one with {@link Glob#compile} instead
   */
  public static GlobSet compile(List<String> patterns, GlobDialect dialect) {
    return compile(patterns, dialect, GlobOptions.defaults());
  }

  /**
   * Compiles every pattern in one dialect with options.
   *
   * @throws GlobSyntaxException for the first malformed pattern
   */
  public static GlobSet compile(List<String> patterns, GlobDialect dialect, GlobOptions options) {
    Objects.requireNonNull(patterns, "patterns");
    Glob[] compiled = new Glob[patterns.size()];
    for (int i = 0; i < compiled.length; i++) {
      compiled[i] = Glob.compile(patterns.get(i), dialect, options);
    }
    return of(List.of(compiled));
  }

  /** True when at least one glob matches {@code text}. */
  public boolean matches(CharSequence text) {
    for (Glob glob : array) {
      if (glob.matches(text)) {
        return true;
      }
    }
    return false;
  }

  /** The index of the first glob (in the given order) that matches {@code text}, if any. */
  public OptionalInt firstMatch(CharSequence text) {
    for (int i = 0; i < array.length; i++) {
      if (array[i].matches(text)) {
        return indexes[i];
      }
    }
    return OptionalInt.empty();
  }

  /** The globs, in order. */
  public List<Glob> globs() {
    return globs;
  }

  /** The number of globs. */
  public int size() {
    return array.length;
  }

  /** True when the set has no globs and therefore matches nothing. */
  public boolean isEmpty() {
    return array.length == 0;
  }

  /** The patterns, for example {@code GlobSet[*.ts, *.tsx]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("GlobSet[");
    for (int i = 0; i < array.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(array[i].pattern());
    }
    return sb.append(']').toString();
  }
}
