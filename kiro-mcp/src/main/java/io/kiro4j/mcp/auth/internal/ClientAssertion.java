package io.kiro4j.mcp.auth.internal;

import io.kiro4j.mcp.transport.TransportException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code private_key_jwt} client assertion (RFC 7523 §2.2, RFC 7521): a JWT signed with the
 * client's private key, {@code iss} and {@code sub} the client id, {@code aud} the authorization
 * server's issuer, valid 5 minutes, with a random {@code jti}. ES256, ES384 and RS256, with the key
 * as PKCS#8 PEM. The JDK signs it: a JOSE library would add a dependency for one compact
 * serialization.
 *
 * <p>Thread-safe: stateless.
 */
public final class ClientAssertion {

  /** The {@code client_assertion_type} of a JWT assertion. */
  public static final String TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private ClientAssertion() {}

  /**
   * Signs an assertion.
   *
   * @param clientId {@code iss} and {@code sub}
   * @param audience {@code aud}: the issuer
   * @param privateKeyPem the key, PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----})
   * @param algorithm ES256, ES384 or RS256
   * @param now the issue time
   * @return the compact JWT
   */
  public static String sign(
      String clientId, String audience, String privateKeyPem, String algorithm, Instant now) {
    String alg = algorithm.toUpperCase(Locale.ROOT);
    ObjectNode header = JsonNodeFactory.instance.objectNode().put("alg", alg).put("typ", "JWT");
    ObjectNode claims =
        JsonNodeFactory.instance
            .objectNode()
            .put("iss", clientId)
            .put("sub", clientId)
            .put("aud", audience)
            .put("iat", now.getEpochSecond())
            .put("exp", now.getEpochSecond() + 300)
            .put("jti", Pkce.random(16));
    String signingInput =
        b64(MAPPER.writeValueAsBytes(header)) + "." + b64(MAPPER.writeValueAsBytes(claims));
    try {
      Signature signature;
      String keyType;
      switch (alg) {
        case "ES256":
          signature = Signature.getInstance("SHA256withECDSAinP1363Format");
          keyType = "EC";
          break;
        case "ES384":
          signature = Signature.getInstance("SHA384withECDSAinP1363Format");
          keyType = "EC";
          break;
        case "RS256":
          signature = Signature.getInstance("SHA256withRSA");
          keyType = "RSA";
          break;
        default:
          throw new TransportException("unsupported client assertion algorithm " + Text.clip(alg));
      }
      signature.initSign(privateKey(privateKeyPem, keyType));
      signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
      return signingInput + "." + b64(signature.sign());
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // The message never carries the key.
      throw new TransportException(
          "cannot sign the client assertion (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static PrivateKey privateKey(String pem, String keyType) throws GeneralSecurityException {
    String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
    byte[] der = Base64.getDecoder().decode(base64);
    return KeyFactory.getInstance(keyType).generatePrivate(new PKCS8EncodedKeySpec(der));
  }

  private static String b64(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
