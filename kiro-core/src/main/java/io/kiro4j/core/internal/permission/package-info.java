/**
 * Not API: the compiled rule sets behind {@link io.kiro4j.core.permission.PermissionEngine}: path,
 * shell, URL, AWS, subagent and MCP tool policies, the tool-pattern index and anchored regexes.
 * Exported only to kiro4j's own modules.
 */
package io.kiro4j.core.internal.permission;
