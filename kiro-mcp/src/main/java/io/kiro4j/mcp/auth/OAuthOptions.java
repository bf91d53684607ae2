package io.kiro4j.mcp.auth;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How an {@link Authorizer} authorizes with one MCP server.
 *
 * <pre>{@code
 * OAuthOptions interactive = OAuthOptions.builder()
 *     .authorizationHandler(url -> System.err.println("Sign in: " + url))
 *     .tokenStore(FileTokenStore.inKiroHome(userHome))
 *     .build();
 * OAuthOptions machine = OAuthOptions.builder()
 *     .grant(OAuthOptions.Grant.CLIENT_CREDENTIALS)
 *     .clientId("ci-bot").clientSecret(System.getenv("MCP_CLIENT_SECRET"))
 *     .build();
 * }</pre>
 *
 * <p>Client registration follows the spec's order: a configured {@code clientId} (pre-registered);
 * else the {@code clientMetadataUrl} as client id when the authorization server supports Client ID
 * Metadata Documents; else Dynamic Client Registration when it offers a registration endpoint.
 * Without an {@link AuthorizationHandler} the flow is non-interactive: only a stored or refreshed
 * token, or the client-credentials grant, can authorize. {@link #toString()} never shows the secret
 * or the key.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class OAuthOptions {

  /** The grant used to obtain a token. */
  public enum Grant {
    /** Authorization code with PKCE: a user signs in in a browser. */
    AUTHORIZATION_CODE,
    /** Client credentials: a machine client with a secret or a private key, no user. */
    CLIENT_CREDENTIALS,
    /**
     * Cross-app access (SEP-990, enterprise-managed authorization): the user's ID token from the
     * enterprise identity provider is exchanged there for an identity assertion grant (ID-JAG, RFC
     * 8693 token exchange), which the authorization server takes as a JWT bearer grant (RFC 7523).
     * No browser.
     */
    IDENTITY_ASSERTION
  }

  /**
   * Where and with what the identity assertion of {@link Grant#IDENTITY_ASSERTION} is obtained.
   * {@link #toString()} hides the ID token.
   *
   * @param tokenEndpoint the identity provider's token endpoint
   * @param clientId this client's id at the identity provider
   * @param idToken the user's ID token from the identity provider
   */
  public record IdentityProvider(URI tokenEndpoint, String clientId, String idToken) {
    /** Checks for nulls. */
    public IdentityProvider {
      Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
      Objects.requireNonNull(clientId, "clientId");
      Objects.requireNonNull(idToken, "idToken");
    }

    @Override
    public String toString() {
      return "IdentityProvider[" + tokenEndpoint + ", clientId=" + clientId + ", idToken=***]";
    }
  }

  private final Grant grant;
  private final Optional<String> clientId;
  private final Optional<String> clientSecret;
  private final Optional<String> privateKeyPem;
  private final String signingAlgorithm;
  private final Optional<URI> clientMetadataUrl;
  private final Optional<IdentityProvider> identityProvider;
  private final String clientName;
  private final List<String> scopes;
  private final int redirectPort;
  private final String redirectPath;
  private final Optional<AuthorizationHandler> authorizationHandler;
  private final TokenStore tokenStore;
  private final Duration authorizationTimeout;
  private final Duration httpTimeout;

  private OAuthOptions(Builder b) {
    this.grant = b.grant;
    this.clientId = Optional.ofNullable(b.clientId);
    this.clientSecret = Optional.ofNullable(b.clientSecret);
    this.privateKeyPem = Optional.ofNullable(b.privateKeyPem);
    this.signingAlgorithm = b.signingAlgorithm;
    this.clientMetadataUrl = Optional.ofNullable(b.clientMetadataUrl);
    this.identityProvider = Optional.ofNullable(b.identityProvider);
    this.clientName = b.clientName;
    this.scopes = List.copyOf(b.scopes);
    this.redirectPort = b.redirectPort;
    this.redirectPath = b.redirectPath;
    this.authorizationHandler = Optional.ofNullable(b.authorizationHandler);
    this.tokenStore = b.tokenStore;
    this.authorizationTimeout = b.authorizationTimeout;
    this.httpTimeout = b.httpTimeout;
    if (grant == Grant.CLIENT_CREDENTIALS
        && (clientId.isEmpty() || (clientSecret.isEmpty() && privateKeyPem.isEmpty()))) {
      throw new IllegalArgumentException(
          "the client-credentials grant needs a clientId and a clientSecret or privateKeyPem");
    }
    if (grant == Grant.IDENTITY_ASSERTION && (clientId.isEmpty() || identityProvider.isEmpty())) {
      throw new IllegalArgumentException(
          "the identity-assertion grant needs a clientId and an identityProvider");
    }
  }

  /** Authorization code, no pre-registered client, no handler, tokens in memory. */
  public static OAuthOptions defaults() {
    return builder().build();
  }

  /** A builder starting from {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** The grant. */
  public Grant grant() {
    return grant;
  }

  /** A pre-registered client id. */
  public Optional<String> clientId() {
    return clientId;
  }

  /** The pre-registered client's secret. */
  public Optional<String> clientSecret() {
    return clientSecret;
  }

  /** The client's private key (PKCS#8 PEM) for {@code private_key_jwt}. */
  public Optional<String> privateKeyPem() {
    return privateKeyPem;
  }

  /** The JWT algorithm of the client assertion (ES256 by default). */
  public String signingAlgorithm() {
    return signingAlgorithm;
  }

  /** The identity provider of {@link Grant#IDENTITY_ASSERTION}. */
  public Optional<IdentityProvider> identityProvider() {
    return identityProvider;
  }

  /** The https URL of this client's Client ID Metadata Document. */
  public Optional<URI> clientMetadataUrl() {
    return clientMetadataUrl;
  }

  /** The {@code client_name} sent in Dynamic Client Registration. */
  public String clientName() {
    return clientName;
  }

  /** Scopes to request instead of the spec's selection (empty: the spec's selection). */
  public List<String> scopes() {
    return scopes;
  }

  /** The loopback redirect port (0: a random free port). */
  public int redirectPort() {
    return redirectPort;
  }

  /** The path of the loopback redirect ({@code /callback} by default). */
  public String redirectPath() {
    return redirectPath;
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.grant = grant;
    b.clientId = clientId.orElse(null);
    b.clientSecret = clientSecret.orElse(null);
    b.privateKeyPem = privateKeyPem.orElse(null);
    b.signingAlgorithm = signingAlgorithm;
    b.clientMetadataUrl = clientMetadataUrl.orElse(null);
    b.identityProvider = identityProvider.orElse(null);
    b.clientName = clientName;
    b.scopes = scopes;
    b.redirectPort = redirectPort;
    b.redirectPath = redirectPath;
    b.authorizationHandler = authorizationHandler.orElse(null);
    b.tokenStore = tokenStore;
    b.authorizationTimeout = authorizationTimeout;
    b.httpTimeout = httpTimeout;
    return b;
  }

  /** Who shows the authorization URL; empty: non-interactive. */
  public Optional<AuthorizationHandler> authorizationHandler() {
    return authorizationHandler;
  }

  /** Where tokens are kept. */
  public TokenStore tokenStore() {
    return tokenStore;
  }

  /** How long to wait for the user to authorize (5 minutes by default). */
  public Duration authorizationTimeout() {
    return authorizationTimeout;
  }

  /** The timeout of each exchange with the authorization server (30 s by default). */
  public Duration httpTimeout() {
    return httpTimeout;
  }

  /** Shows the settings; never the secret or the key. */
  @Override
  public String toString() {
    return "OAuthOptions[grant="
        + grant
        + ", clientId="
        + clientId.orElse("none")
        + ", clientSecret="
        + (clientSecret.isPresent() ? "***" : "none")
        + ", privateKey="
        + (privateKeyPem.isPresent() ? "***" : "none")
        + ", clientMetadataUrl="
        + clientMetadataUrl.map(URI::toString).orElse("none")
        + ", scopes="
        + scopes
        + ", redirect=127.0.0.1:"
        + redirectPort
        + redirectPath
        + ", interactive="
        + authorizationHandler.isPresent()
        + "]";
  }

  /** Builds {@link OAuthOptions}. Not thread-safe. */
  public static final class Builder {
    private Grant grant = Grant.AUTHORIZATION_CODE;
    private String clientId;
    private String clientSecret;
    private String privateKeyPem;
    private String signingAlgorithm = "ES256";
    private URI clientMetadataUrl;
    private IdentityProvider identityProvider;
    private String clientName = "kiro4j";
    private List<String> scopes = List.of();
    private int redirectPort;
    private String redirectPath = "/callback";
    private AuthorizationHandler authorizationHandler;
    private TokenStore tokenStore = TokenStore.inMemory();
    private Duration authorizationTimeout = Duration.ofMinutes(5);
    private Duration httpTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * @param value the grant
     * @return this builder
     */
    public Builder grant(Grant value) {
      this.grant = Objects.requireNonNull(value, "grant");
      return this;
    }

    /**
     * @param value a pre-registered client id
     * @return this builder
     */
    public Builder clientId(String value) {
      this.clientId = Objects.requireNonNull(value, "clientId");
      return this;
    }

    /**
     * @param value the pre-registered client's secret
     * @return this builder
     */
    public Builder clientSecret(String value) {
      this.clientSecret = Objects.requireNonNull(value, "clientSecret");
      return this;
    }

    /**
     * @param pem the client's private key, PKCS#8 PEM, for {@code private_key_jwt}
     * @param algorithm ES256, ES384 or RS256
     * @return this builder
     */
    public Builder privateKey(String pem, String algorithm) {
      this.privateKeyPem = Objects.requireNonNull(pem, "pem");
      this.signingAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /**
     * @param value the https URL of this client's Client ID Metadata Document
     * @return this builder
     */
    public Builder clientMetadataUrl(URI value) {
      this.clientMetadataUrl = Objects.requireNonNull(value, "clientMetadataUrl");
      return this;
    }

    /**
     * @param value the identity provider of {@link Grant#IDENTITY_ASSERTION}
     * @return this builder
     */
    public Builder identityProvider(IdentityProvider value) {
      this.identityProvider = Objects.requireNonNull(value, "identityProvider");
      return this;
    }

    /**
     * @param value the {@code client_name} for Dynamic Client Registration
     * @return this builder
     */
    public Builder clientName(String value) {
      this.clientName = Objects.requireNonNull(value, "clientName");
      return this;
    }

    /**
     * @param value scopes to request instead of the spec's selection
     * @return this builder
     */
    public Builder scopes(List<String> value) {
      this.scopes = List.copyOf(value);
      return this;
    }

    /**
     * @param value the loopback redirect port, 0 for a random one
     * @return this builder
     */
    public Builder redirectPort(int value) {
      if (value < 0 || value > 65535) {
        throw new IllegalArgumentException("redirectPort must be 0..65535");
      }
      this.redirectPort = value;
      return this;
    }

    /**
     * @param value the path of the loopback redirect (for a pre-registered redirect URI)
     * @return this builder
     */
    public Builder redirectPath(String value) {
      if (!value.startsWith("/") || value.contains("?") || value.contains("#")) {
        throw new IllegalArgumentException("redirectPath must start with / and have no query");
      }
      this.redirectPath = value;
      return this;
    }

    /**
     * @param value who shows the authorization URL (without one the flow is non-interactive)
     * @return this builder
     */
    public Builder authorizationHandler(AuthorizationHandler value) {
      this.authorizationHandler = Objects.requireNonNull(value, "authorizationHandler");
      return this;
    }

    /**
     * @param value where tokens are kept
     * @return this builder
     */
    public Builder tokenStore(TokenStore value) {
      this.tokenStore = Objects.requireNonNull(value, "tokenStore");
      return this;
    }

    /**
     * @param value how long to wait for the user to authorize
     * @return this builder
     */
    public Builder authorizationTimeout(Duration value) {
      this.authorizationTimeout = Objects.requireNonNull(value, "authorizationTimeout");
      return this;
    }

    /**
     * @param value the timeout of each exchange with the authorization server
     * @return this builder
     */
    public Builder httpTimeout(Duration value) {
      this.httpTimeout = Objects.requireNonNull(value, "httpTimeout");
      return this;
    }

    /** The options. */
    public OAuthOptions build() {
      return new OAuthOptions(this);
    }
  }
}
