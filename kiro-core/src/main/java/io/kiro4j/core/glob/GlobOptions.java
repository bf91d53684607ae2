package io.kiro4j.core.glob;

/**
 * How a glob is compiled, beyond its {@link GlobDialect}.
 *
 * <pre>{@code
 * Glob glob = Glob.compile("*.MD", GlobDialect.WORKSPACE_FILE,
 *     GlobOptions.defaults().withCaseInsensitive(true));
 * glob.matches("docs/readme.md");   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseInsensitive compare letters ignoring case (simple per-character case folding); every
 *     dialect is case-sensitive by default
 */
public record GlobOptions(boolean caseInsensitive) {

  private static final GlobOptions DEFAULTS = new GlobOptions(false);

  /** Case-sensitive matching. */
  public static GlobOptions defaults() {
    return DEFAULTS;
  }

  /** A copy with case-insensitive matching switched on or off. */
  public GlobOptions withCaseInsensitive(boolean value) {
    return new GlobOptions(value);
  }

  // equals and hashCode written out: a record's generated ones link through java.lang.invoke on
  // first use, milliseconds of a fresh JVM per record type (RecordEqualityTest holds these to the
  // record contract).

  @Override
  public final boolean equals(Object o) {
    return o instanceof GlobOptions g && caseInsensitive == g.caseInsensitive;
  }

  @Override
  public final int hashCode() {
    return Boolean.hashCode(caseInsensitive);
  }
}
