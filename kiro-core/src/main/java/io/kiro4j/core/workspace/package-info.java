/**
 * The workspace model: roots (multi-root, ordered), the user's Kiro home, file listing and display
 * paths, and the {@link io.kiro4j.core.workspace.Workspace#view view seam} other modules attach to.
 */
package io.kiro4j.core.workspace;
