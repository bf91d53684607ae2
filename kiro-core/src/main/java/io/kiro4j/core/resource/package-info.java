/**
 * The resource resolver seam: how agent {@code resources} URIs ({@code file://}, {@code skill://},
 * ...) become files, with schemes contributed by other modules through {@link
 * java.util.ServiceLoader}.
 */
package io.kiro4j.core.resource;
