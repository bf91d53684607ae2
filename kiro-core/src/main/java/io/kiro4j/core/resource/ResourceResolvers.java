package io.kiro4j.core.resource;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The resolvers available to a workspace, one per scheme, found with {@link ServiceLoader} (the
 * first provider for a scheme wins) plus any the caller adds. Immutable.
 *
 * <p>Thread-safe as far as the resolvers it holds are (the built-in ones are stateless).
 */
public final class ResourceResolvers {

  private final Map<String, ResourceResolver> byScheme;

  private ResourceResolvers(Map<String, ResourceResolver> byScheme) {
    this.byScheme = Map.copyOf(byScheme);
  }

  /** The resolvers registered as services visible to {@code loader}. */
  public static ResourceResolvers discover(ClassLoader loader) {
    Map<String, ResourceResolver> map = new LinkedHashMap<>();
    for (ResourceResolver r : ServiceLoader.load(ResourceResolver.class, loader)) {
      map.putIfAbsent(r.scheme().toLowerCase(Locale.ROOT), r);
    }
    return new ResourceResolvers(map);
  }

  /** No resolvers at all. */
  public static ResourceResolvers none() {
    return new ResourceResolvers(Map.of());
  }

  /** These resolvers plus {@code resolver}, which replaces any other for its scheme. */
  public ResourceResolvers with(ResourceResolver resolver) {
    Map<String, ResourceResolver> map = new LinkedHashMap<>(byScheme);
    map.put(resolver.scheme().toLowerCase(Locale.ROOT), resolver);
    return new ResourceResolvers(map);
  }

  /** The resolver for {@code scheme}, if any. */
  public Optional<ResourceResolver> forScheme(String scheme) {
    return Optional.ofNullable(byScheme.get(scheme.toLowerCase(Locale.ROOT)));
  }
}
