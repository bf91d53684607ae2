package io.kiro4j.skills.prompt;

import java.util.Objects;

/**
 * What {@code Skills.toPrompt} produced: the XML, or why the reference would refuse.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface PromptResult permits PromptResult.Rendered, PromptResult.Failed {

  /**
   * The block was rendered.
   *
   * @param xml the {@code <available_skills>} block, without trailing newline
   */
  record Rendered(String xml) implements PromptResult {
    public Rendered {
      Objects.requireNonNull(xml, "xml");
    }
  }

  /**
   * A skill could not be read; as in the reference, one failing skill fails the whole call.
   *
   * @param message the reference's message
   */
  record Failed(String message) implements PromptResult {
    public Failed {
      Objects.requireNonNull(message, "message");
    }
  }
}
