package io.kiro4j.mcp.auth;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where an {@link Authorizer} keeps the tokens of each MCP server between requests and runs. {@link
 * FileTokenStore} is the default of the CLI; {@link #inMemory()} keeps them for the life of the
 * process. A store never logs a token.
 *
 * <pre>{@code
 * TokenStore store = FileTokenStore.inKiroHome(Path.of(System.getProperty("user.home")));
 * }</pre>
 *
 * <p>Implementations must be thread-safe.
 *
 * @since 0.2
 */
public interface TokenStore {

  /**
   * The grant stored for {@code resource}, if any.
   *
   * @param resource the MCP server URL
   */
  Optional<StoredGrant> load(URI resource);

  /** Stores {@code grant} for its resource, replacing any other. */
  void save(StoredGrant grant);

  /**
   * Forgets the grant of {@code resource}.
   *
   * @return whether there was one
   */
  boolean delete(URI resource);

  /** A store in this process's memory. */
  static TokenStore inMemory() {
    Map<URI, StoredGrant> grants = new ConcurrentHashMap<>();
    return new TokenStore() {
      @Override
      public Optional<StoredGrant> load(URI resource) {
        return Optional.ofNullable(grants.get(resource));
      }

      @Override
      public void save(StoredGrant grant) {
        grants.put(grant.resource(), grant);
      }

      @Override
      public boolean delete(URI resource) {
        return grants.remove(resource) != null;
      }

      @Override
      public String toString() {
        return "TokenStore.inMemory[" + grants.size() + " grants]";
      }
    };
  }
}
