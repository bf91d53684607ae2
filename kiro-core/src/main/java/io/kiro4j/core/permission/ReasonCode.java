package io.kiro4j.core.permission;

import java.util.EnumSet;
import java.util.Set;

/**
 * Why a permission decision was made: the stable codes of {@link Reason#code()}, as {@code kiro4j
 * check} prints them and {@code docs/cli.md} lists them (scripts key on them).
 *
 * <p>Each code names the decision it normally comes with ({@link #decisions()}); a tool's own
 * settings may change that (an unparsable command with {@code denyByDefault}, for instance).
 *
 * <pre>{@code
 * if (decision.reasons().get(0).kind() == ReasonCode.DENIED_COMMAND) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum ReasonCode {
  /** The tool's documented default: no rule decided. */
  DEFAULT(Decision.ASK, Decision.ALLOW),
  /** The tool matches an {@code allowedTools} entry. */
  ALLOWED_TOOLS(Decision.ALLOW),
  /** A trusted tool's own settings did not object. */
  TRUSTED_TOOL(Decision.ALLOW),
  /** Trusted for the session. */
  SESSION_TRUST(Decision.ALLOW),
  /** Untrusted for the session: neither {@code allowedTools} nor {@code autoApprove} applies. */
  SESSION_UNTRUSTED(Decision.ASK),
  /** Not a built-in tool, alias or {@code @server/tool}. */
  UNKNOWN_TOOL(Decision.DENY),
  /** Not in the agent's {@code tools}, its MCP server missing or disabled, or not a subagent's. */
  UNAVAILABLE_TOOL(Decision.DENY),
  /** The input lacks what the decision needs, or has the wrong JSON type there. */
  UNREADABLE_INPUT(Decision.ASK),
  /** A value no tool could take as written. */
  INVALID_INPUT(Decision.DENY),
  /** A check failed unexpectedly; the call is denied to be safe. */
  INTERNAL_ERROR(Decision.DENY),
  /** An {@code allowedPaths} entry of read, write, grep or glob. */
  ALLOWED_PATH(Decision.ALLOW),
  /** A {@code deniedPaths} entry of read, write, grep or glob. */
  DENIED_PATH(Decision.DENY),
  /** Read, grep or glob inside the working directory. */
  WORKING_DIRECTORY(Decision.ALLOW),
  /** Grep or glob with {@code allowReadOnly}: a search no rule decided. */
  READONLY_SEARCH(Decision.ALLOW),
  /** Excluded by an ignore file. */
  KIROIGNORE(Decision.DENY),
  /** The path uses an unset variable. */
  UNRESOLVED_PATH(Decision.ASK),
  /** An {@code allowedCommands} entry. */
  ALLOWED_COMMAND(Decision.ALLOW),
  /** A {@code deniedCommands} entry (a deny on any part denies). */
  DENIED_COMMAND(Decision.DENY),
  /** {@code autoAllowReadonly} and every part is read-only. */
  READONLY_COMMAND(Decision.ALLOW),
  /** {@code denyByDefault} and no allow rule matched. */
  DENY_BY_DEFAULT(Decision.DENY),
  /** The line uses shell syntax outside the judged subset. */
  UNPARSABLE(Decision.ASK),
  /** Deny rules exist and a word is only known when the line runs. */
  UNKNOWN_WORD(Decision.ASK),
  /** An allow rule without {@code >} matched a command that writes a file by a redirection. */
  WRITES_FILE(Decision.ASK),
  /** An {@code allowedServices} entry of aws. */
  ALLOWED_SERVICE(Decision.ALLOW),
  /** A {@code deniedServices} entry of aws. */
  DENIED_SERVICE(Decision.DENY),
  /** Aws {@code autoAllowReadonly} and a read-only operation. */
  READONLY_OPERATION(Decision.ALLOW),
  /** A web_fetch {@code trusted} entry. */
  TRUSTED_URL(Decision.ALLOW),
  /** A web_fetch {@code blocked} entry. */
  BLOCKED_URL(Decision.DENY),
  /** The MCP server's {@code autoApprove}. */
  AUTO_APPROVE(Decision.ALLOW),
  /** The MCP server's {@code disabledTools}. */
  DISABLED_TOOL(Decision.DENY),
  /** A subagent {@code trustedAgents} entry. */
  TRUSTED_AGENT(Decision.ALLOW),
  /** Not in the subagent {@code availableAgents}. */
  UNAVAILABLE_AGENT(Decision.DENY),
  /** Listing the agents (subagent settings or trust). */
  LIST_AGENTS(Decision.ALLOW),
  /** Terminal trust: the command matches the deny list. */
  COMMAND_DENYLIST(Decision.ASK),
  /** Terminal trust: a trusted command pattern. */
  TRUSTED_COMMAND(Decision.ALLOW);

  /** The decisions a reason can come with, by {@link PermissionDecision#label()}. */
  public enum Decision {
    ALLOW,
    ASK,
    DENY;

    /** {@code "allow"}, {@code "ask"} or {@code "deny"}, as {@link PermissionDecision#label()}. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Set<Decision> decisions;

  ReasonCode(Decision usual, Decision... more) {
    this.decisions = Set.copyOf(EnumSet.of(usual, more));
  }

  /** The code as printed: the constant's name ({@code DENIED_COMMAND}). */
  public String code() {
    return name();
  }

  /** The decisions this reason normally comes with (one, except {@link #DEFAULT}). */
  public Set<Decision> decisions() {
    return decisions;
  }
}
