package io.kiro4j.core.permission;

/**
 * How IDE terminal trust reads {@code kiroAgent.trustedCommands}.
 *
 * <p>Immutable and thread-safe.
 */
public enum TerminalMode {
  /**
   * Exactly as the docs' tables (L19774–19906): the pattern is compared with the start of the whole
   * string, so {@code "npm *"} trusts {@code npm install && docker build .}.
   */
  KIRO,
  /**
   * The command is split by the shell tokenizer and trusted only if every simple command is trusted
   * on its own; a command that cannot be split is asked.
   */
  STRICT
}
