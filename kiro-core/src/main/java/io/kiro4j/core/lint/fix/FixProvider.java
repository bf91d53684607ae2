package io.kiro4j.core.lint.fix;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.util.Optional;

/**
 * Offers the fix of one diagnostic code, when it is certain: a provider that cannot be sure (an
 * unusual spelling, a file that changed since it was linted) offers nothing.
 *
 * <p>Implementations must be stateless and thread-safe.
 *
 * @since 0.2
 */
public interface FixProvider {

  /** The code this provider fixes. */
  String code();

  /**
   * The fix of {@code diagnostic} (whose code is {@link #code()}), given {@code text}, the current
   * text of the diagnostic's file.
   */
  Optional<Fix> fix(Diagnostic diagnostic, String text);
}
