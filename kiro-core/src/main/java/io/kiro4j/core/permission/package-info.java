/**
 * Tool permissions: whether a tool call is allowed, asked or denied, exactly as Kiro decides and
 * stricter where Kiro is loose, with the rules that produced the decision. Policies are compiled
 * once from their settings and are immutable and thread-safe; the decision is a sealed {@link
 * io.kiro4j.core.permission.PermissionDecision}.
 *
 * <p>Parameters and return values are never null.
 */
package io.kiro4j.core.permission;
