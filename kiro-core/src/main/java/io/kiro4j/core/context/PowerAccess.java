package io.kiro4j.core.context;

/**
 * Which powers may take part in a turn, decided by core from the mode and the agent and applied by
 * the powers provider.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public enum PowerAccess {
  /** Powers activate by the keywords of the prompt (the IDE's main agent, docs L1712–1741). */
  BY_KEYWORDS,
  /** Every installed power is active: an IDE Markdown agent with {@code includePowers: true}. */
  ALL,
  /**
   * No power: CLI mode (powers are an IDE feature in the docs) or an IDE Markdown agent without
   * {@code includePowers} (default false, docs L19715).
   */
  NONE
}
