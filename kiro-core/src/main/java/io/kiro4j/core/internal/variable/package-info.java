/** Not API: {@code ${env:NAME}} substitution in MCP configuration and its approval policy. */
package io.kiro4j.core.internal.variable;
