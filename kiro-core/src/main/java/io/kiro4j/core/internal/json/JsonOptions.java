package io.kiro4j.core.internal.json;

import io.kiro4j.core.json.JsonSyntax;
import java.util.Objects;

/**
 * How {@link JsonLoader} reads text: the accepted {@link JsonSyntax} and the limits that protect
 * against hostile input.
 *
 * <pre>{@code
 * JsonOptions options = JsonOptions.builder().syntax(JsonSyntax.LENIENT).maxNestingDepth(32).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param syntax strict JSON, or JSON with comments and trailing commas
 * @param maxDocumentLength the longest accepted text, in UTF-16 chars ({@code JSON-006} beyond)
 * @param maxNestingDepth the deepest accepted nesting of arrays and objects ({@code JSON-007}
 *     beyond)
 */
public record JsonOptions(JsonSyntax syntax, int maxDocumentLength, int maxNestingDepth) {

  /** 8 Mi chars: far above any Kiro configuration file. */
  public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 8 * 1024 * 1024;

  /** 64 levels: Kiro files nest a handful of levels; free-form tool settings rarely more. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  private static final JsonOptions DEFAULTS =
      new JsonOptions(JsonSyntax.STRICT, DEFAULT_MAX_DOCUMENT_LENGTH, DEFAULT_MAX_NESTING_DEPTH);

  public JsonOptions {
    Objects.requireNonNull(syntax, "syntax");
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException(
          "maxDocumentLength must be at least 1, got " + maxDocumentLength);
    }
    if (maxNestingDepth < 1) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be at least 1, got " + maxNestingDepth);
    }
  }

  /** Strict JSON with the default limits. */
  public static JsonOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder(DEFAULTS);
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds {@link JsonOptions}; each setter rejects bad values at once. Not thread-safe. */
  public static final class Builder {
    private JsonSyntax syntax;
    private int maxDocumentLength;
    private int maxNestingDepth;

    private Builder(JsonOptions from) {
      this.syntax = from.syntax;
      this.maxDocumentLength = from.maxDocumentLength;
      this.maxNestingDepth = from.maxNestingDepth;
    }

    /** Strict JSON or JSON with comments and trailing commas. */
    public Builder syntax(JsonSyntax syntax) {
      this.syntax = Objects.requireNonNull(syntax, "syntax");
      return this;
    }

    /** The longest accepted text in UTF-16 chars; at least 1. */
    public Builder maxDocumentLength(int maxDocumentLength) {
      if (maxDocumentLength < 1) {
        throw new IllegalArgumentException(
            "maxDocumentLength must be at least 1, got " + maxDocumentLength);
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /** The deepest accepted nesting of arrays and objects; at least 1. */
    public Builder maxNestingDepth(int maxNestingDepth) {
      if (maxNestingDepth < 1) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be at least 1, got " + maxNestingDepth);
      }
      this.maxNestingDepth = maxNestingDepth;
      return this;
    }

    /** The options. */
    public JsonOptions build() {
      return new JsonOptions(syntax, maxDocumentLength, maxNestingDepth);
    }
  }
}
