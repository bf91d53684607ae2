package io.kiro4j.core.permission;

import io.kiro4j.core.path.CaseSensitivity;
import java.util.Objects;

/**
 * How a {@link PermissionEngine} is built, beyond the agent's rules.
 *
 * <pre>{@code
 * PermissionOptions opts = PermissionOptions.builder().caseSensitivity(CaseSensitivity.INSENSITIVE).build();
 * PermissionEngine engine = PermissionEngine.of(agent, ws, cwd, SessionTrust.none(), opts);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param caseSensitivity how path rules ({@code allowedPaths}, {@code deniedPaths} of read, write,
 *     grep and glob) compare letter case; {@link CaseSensitivity#AUTO} (the default) probes the
 *     file system of the workspace's first root once per workspace
 * @param subagent the agent runs as a subagent (spawned by the {@code subagent} tool): only read,
 *     write, shell and MCP tools exist there (docs L13403–13425), every other built-in tool is
 *     denied as unavailable ({@code UNAVAILABLE_TOOL}); default false
 */
public record PermissionOptions(CaseSensitivity caseSensitivity, boolean subagent) {

  private static final PermissionOptions DEFAULTS =
      new PermissionOptions(CaseSensitivity.AUTO, false);

  public PermissionOptions {
    Objects.requireNonNull(caseSensitivity, "caseSensitivity");
  }

  /** Case sensitivity probed from the workspace's file system. */
  public static PermissionOptions defaults() {
    return DEFAULTS;
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects options. */
  public static final class Builder {
    private CaseSensitivity caseSensitivity = CaseSensitivity.AUTO;
    private boolean subagent;

    private Builder() {}

    /** How path rules compare letter case. */
    public Builder caseSensitivity(CaseSensitivity value) {
      this.caseSensitivity = Objects.requireNonNull(value, "caseSensitivity");
      return this;
    }

    /**
     * Whether the agent runs as a subagent, with the subagent runtime's restricted tool set (docs
     * L13403–13425). Default false.
     */
    public Builder subagent(boolean value) {
      this.subagent = value;
      return this;
    }

    /** The options. */
    public PermissionOptions build() {
      return new PermissionOptions(caseSensitivity, subagent);
    }
  }
}
