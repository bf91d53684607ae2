package io.kiro4j.mcp.auth.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.mcp.transport.TransportException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PkceAndAssertionTest {

  @Test
  void theS256ChallengeIsTheOneOfRfc7636AppendixB() {
    assertThat(Pkce.challengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
        .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
  }

  @Test
  void aNewVerifierIs43UrlSafeCharactersAndNeverRepeats() {
    Pkce a = Pkce.create();
    Pkce b = Pkce.create();
    assertThat(a.verifier()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(a.verifier()).isNotEqualTo(b.verifier());
    assertThat(a.challenge()).isEqualTo(Pkce.challengeOf(a.verifier()));
    assertThat(a.toString()).doesNotContain(a.verifier());
  }

  @Test
  void anEs256ClientAssertionVerifiesWithThePublicKeyAndNamesTheClientAndIssuer() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair keys = generator.generateKeyPair();
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(keys.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    String jwt = ClientAssertion.sign("client-1", "https://as.example.com", pem, "ES256", now);
    String[] parts = jwt.split("\\.");
    assertThat(parts).hasSize(3);
    Signature verify = Signature.getInstance("SHA256withECDSAinP1363Format");
    verify.initVerify(keys.getPublic());
    verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
    assertThat(verify.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
    JsonNode claims =
        JsonMapper.builder().build().readTree(Base64.getUrlDecoder().decode(parts[1]));
    assertThat(claims.path("iss").asString()).isEqualTo("client-1");
    assertThat(claims.path("sub").asString()).isEqualTo("client-1");
    assertThat(claims.path("aud").asString()).isEqualTo("https://as.example.com");
    assertThat(claims.path("exp").asLong()).isEqualTo(now.getEpochSecond() + 300);
    assertThat(claims.path("jti").asString()).isNotEmpty();
  }

  @Test
  void aBadKeyFailsWithoutPuttingTheKeyInTheMessage() {
    String pem = "-----BEGIN PRIVATE KEY-----\nTk9UQUtFWVNFQ1JFVA==\n-----END PRIVATE KEY-----";
    assertThatThrownBy(() -> ClientAssertion.sign("c", "https://as", pem, "ES256", Instant.now()))
        .isInstanceOf(TransportException.class)
        .hasMessageNotContaining("Tk9UQUtFWVNFQ1JFVA");
    assertThatThrownBy(() -> ClientAssertion.sign("c", "https://as", pem, "HS256", Instant.now()))
        .hasMessageContaining("unsupported");
  }
}
