package io.kiro4j.core.steering;

import java.util.Objects;

/**
 * Why a steering file applies to a request. {@link #label()} is the stable string of the CLI
 * contract: {@code always}, {@code fileMatch:<pattern>}, {@code ref:#<name>}, {@code agents-md}.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface InclusionReason {

  /** The stable label printed by {@code kiro4j steering}. */
  String label();

  /** An {@code always} file (or one with no front matter). */
  record Always() implements InclusionReason {
    @Override
    public String label() {
      return "always";
    }
  }

  /** An {@code AGENTS.md} file. */
  record AgentsMd() implements InclusionReason {
    @Override
    public String label() {
      return "agents-md";
    }
  }

  /**
   * A {@code fileMatch} file whose {@code pattern} matched {@code file}.
   *
   * @param pattern the pattern that matched first
   * @param file the request file it matched, relative to its root
   */
  record FileMatch(String pattern, String file) implements InclusionReason {
    public FileMatch {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(file, "file");
    }

    @Override
    public String label() {
      return "fileMatch:" + pattern;
    }
  }

  /**
   * A {@code manual} or {@code auto} file referenced as {@code #name}.
   *
   * @param name the reference as given, without {@code #}
   */
  record Reference(String name) implements InclusionReason {
    public Reference {
      Objects.requireNonNull(name, "name");
    }

    @Override
    public String label() {
      return "ref:#" + name;
    }
  }
}
