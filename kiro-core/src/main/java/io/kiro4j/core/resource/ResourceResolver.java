package io.kiro4j.core.resource;

/**
 * Resolves the agent {@code resources} entries of one URI scheme ({@code file://...}, {@code
 * skill://...}) to the files they stand for.
 *
 * <p>This is the seam through which other modules extend core without core importing them: core
 * resolves {@code file://} itself, and kiro-skills provides the {@code skill} resolver as a {@link
 * java.util.ServiceLoader service} ({@code
 * META-INF/services/io.kiro4j.core.resource.ResourceResolver}). When no resolver handles a scheme,
 * the resource is reported unresolved with an info diagnostic.
 *
 * <p>Implementations must be thread-safe and must not throw for bad user input: problems go into
 * {@link ResourceResolution#diagnostics()}.
 */
public interface ResourceResolver {

  /**
   * The scheme this resolver handles, lower case, without {@code ://} (for example {@code skill}).
   */
  String scheme();

  /**
   * Resolves {@code uri} (the entry exactly as written in the agent config, including the scheme).
   */
  ResourceResolution resolve(String uri, ResourceContext context);
}
