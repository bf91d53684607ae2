package io.kiro4j.core.context;

/**
 * Estimates how many tokens a text takes in the model's context.
 *
 * <p>{@link #standard()} counts with JTokkit's {@code o200k_base} encoding (OpenAI's tokenizer),
 * loaded on first use so that opening a workspace never pays for it. Kiro's models are Anthropic
 * Claude models, whose tokenizer is not public: for them every count is an estimate, typically
 * within 10–20% for English prose and code (Claude tends to need more tokens than {@code
 * o200k_base}). A host that knows its model's tokenizer plugs it in with {@link
 * ContextAssembler#tokenCounter(TokenCounter)}. {@link #estimate()} is the dependency-free rule of
 * thumb of four characters per token.
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.2
 */
@FunctionalInterface
public interface TokenCounter {

  /** The number of tokens of {@code text} (0 for the empty text). */
  int count(String text);

  /** JTokkit {@code o200k_base}, loaded lazily; the default. */
  static TokenCounter standard() {
    return JtokkitCounter.INSTANCE;
  }

  /** One token per four characters (UTF-16 units), rounded up. */
  static TokenCounter estimate() {
    return text -> (text.length() + 3) / 4;
  }
}
