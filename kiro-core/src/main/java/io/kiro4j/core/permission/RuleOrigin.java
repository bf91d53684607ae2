package io.kiro4j.core.permission;

import java.util.Objects;

/**
 * Where a rule was written.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file (as the caller displays it, e.g. {@code .kiro/agents/dev.json}) or a
 *     settings scope such as {@code --trusted}
 * @param pointer a JSON pointer into that file ({@code /toolsSettings/shell/deniedCommands/0}) or a
 *     settings key ({@code kiroAgent.trustedCommands[2]})
 */
public record RuleOrigin(String source, String pointer) {

  public RuleOrigin {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(pointer, "pointer");
  }

  /** The origin of element {@code index} of the list this origin points at. */
  public RuleOrigin element(int index) {
    return new RuleOrigin(
        source,
        pointer.startsWith("/") || pointer.isEmpty()
            ? pointer + "/" + index
            : pointer + "[" + index + "]");
  }

  /** The origin of field {@code name} of the object this origin points at (JSON pointer only). */
  public RuleOrigin field(String name) {
    return new RuleOrigin(source, pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
  }
}
