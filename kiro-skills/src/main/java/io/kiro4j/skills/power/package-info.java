/**
 * Kiro powers ({@code POWER.md} with bundled {@code mcp.json} and {@code steering/}): loading,
 * keyword activation and install sources. Never null.
 */
package io.kiro4j.skills.power;
