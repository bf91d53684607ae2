package io.kiro4j.examples.lsp;

import java.util.Optional;

/**
 * The text shown when hovering a diagnostic: what its code means. {@code kiro4j lsp} passes the
 * codes' one-line summaries; a longer explanation ({@code kiro4j explain}) can be plugged in here.
 */
@FunctionalInterface
public interface RuleDocs {

  /** Markdown describing {@code code}, when it is a known code. */
  Optional<String> describe(String code);
}
