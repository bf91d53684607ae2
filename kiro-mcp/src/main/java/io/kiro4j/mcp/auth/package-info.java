/**
 * MCP authorization (OAuth 2.1) for the HTTP transports: {@link io.kiro4j.mcp.auth.Authorizer}
 * obtains, stores, refreshes and steps up the bearer token of one server; {@link
 * io.kiro4j.mcp.auth.OAuthOptions} configures it; {@link io.kiro4j.mcp.auth.AuthorizationHandler}
 * is how the host shows the authorization URL; {@link io.kiro4j.mcp.auth.TokenStore} (default
 * {@link io.kiro4j.mcp.auth.FileTokenStore}) keeps tokens between runs.
 *
 * @since 0.2
 */
package io.kiro4j.mcp.auth;
