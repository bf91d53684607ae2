package io.kiro4j.skills.power;

import java.util.Objects;

/**
 * One MCP server bundled in a power's {@code mcp.json}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the name in the power's {@code mcp.json}
 * @param installedName the name Kiro registers on install: {@code power-<power>-<server>} (docs
 *     L1529: "supabase-local becomes power-supabase-supabase-local")
 */
public record PowerServer(String name, String installedName) {
  public PowerServer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(installedName, "installedName");
  }

  /** The installed name of {@code server} in the power {@code power}. */
  public static String installedName(String power, String server) {
    return "power-" + power + "-" + server;
  }
}
