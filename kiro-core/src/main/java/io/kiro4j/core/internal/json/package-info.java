/**
 * Not API: the lenient JSON loader behind agent, MCP and hook files (positions, duplicate keys,
 * size and depth limits, schema validation). Exported only to kiro4j's own modules.
 */
package io.kiro4j.core.internal.json;
