/**
 * The pieces of MCP authorization behind {@link io.kiro4j.mcp.auth.Authorizer}: the {@code
 * WWW-Authenticate} parser, metadata discovery, PKCE, the loopback redirect listener, the token
 * endpoint and the JWT client assertion. Not API.
 */
package io.kiro4j.mcp.auth.internal;
