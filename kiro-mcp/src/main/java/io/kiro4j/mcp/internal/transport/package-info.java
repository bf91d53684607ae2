/**
 * Implementation shared by the transports of the sub-packages {@code http} and {@code sse}; not
 * API: nothing here is meant for applications, and it may change in any release.
 */
package io.kiro4j.mcp.internal.transport;
