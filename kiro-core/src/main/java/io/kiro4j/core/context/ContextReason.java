package io.kiro4j.core.context;

import java.util.Objects;

/**
 * Why an item is in the context: the rule that put it there and the documentation lines of that
 * rule. {@link #label()} is what {@code kiro4j context} prints.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule in a few words, for example {@code fileMatch:**}{@code /*.tsx}
 * @param docs where the rule is documented, for example {@code docs L1126–1158}; empty when the
 *     rule is kiro4j's own (then the rule says so)
 * @since 0.2
 */
public record ContextReason(String rule, String docs) {
  public ContextReason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(docs, "docs");
  }

  /** {@code rule (docs ...)}, or just the rule when no docs line is given. */
  public String label() {
    return docs.isEmpty() ? rule : rule + " (" + docs + ")";
  }
}
