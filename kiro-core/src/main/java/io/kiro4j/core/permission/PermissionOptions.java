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
 * @param caseSensitivity how path rules ({@code allowedPaths}, {@code deniedPaths} of read, write,
 *     grep and glob) compare letter case; {@link CaseSensitivity#AUTO} (the default) probes the
 *     file system of the workspace's first root once per workspace
 */
public record PermissionOptions(CaseSensitivity caseSensitivity) {

  private static final PermissionOptions DEFAULTS = new PermissionOptions(CaseSensitivity.AUTO);

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

    private Builder() {}

    /** How path rules compare letter case. */
    public Builder caseSensitivity(CaseSensitivity value) {
      this.caseSensitivity = Objects.requireNonNull(value, "caseSensitivity");
      return this;
    }

    /** The options. */
    public PermissionOptions build() {
      return new PermissionOptions(caseSensitivity);
    }
  }
}
