package io.kiro4j.core.internal.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Literal secrets (issue 14). Every token here is generated at run time from a fixed seed, so no
 * string in this file has the shape of a real credential.
 */
class SecretScannerTest {

  private static final String ALNUM = FakeSecrets.ALNUM;
  private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String HEX = "0123456789abcdef";

  private static String fake(String prefix, int n, String alphabet) {
    return FakeSecrets.fake(prefix, n, alphabet);
  }

  private static Optional<String> kind(String key, String value) {
    return SecretScanner.scanValue(Optional.ofNullable(key), value)
        .map(SecretScanner.Finding::kind);
  }

  @Test
  void wellKnownKeyFormatsAreFoundWhateverTheKeyIsCalled() {
    assertThat(kind("X", fake("AK" + "IA", 16, UPPER_DIGITS))).contains("an AWS access key ID");
    assertThat(kind("X", fake("gh" + "p_", 36, ALNUM))).contains("a GitHub token");
    assertThat(kind("X", fake("github" + "_pat_", 82, ALNUM))).contains("a GitHub token");
    assertThat(kind("X", fake("xo" + "xb-", 40, ALNUM))).contains("a Slack token");
    assertThat(kind("X", fake("sk-" + "ant-api03-", 90, ALNUM))).contains("an Anthropic API key");
    assertThat(kind("X", fake("sk-" + "proj-", 60, ALNUM))).contains("an OpenAI API key");
    assertThat(kind("X", fake("AI" + "za", 35, ALNUM))).contains("a Google API key");
    assertThat(kind("X", fake("sk_" + "live_", 30, ALNUM))).contains("a Stripe live key");
    assertThat(kind(null, "-----BEGIN " + "RSA PRIVATE KEY-----\nMIIE..."))
        .contains("a private key");
  }

  @Test // the ElevenLabs-style key of a .kiro/mcp.json seen in the wild: no known prefix
  void randomLookingValueOfASecretNamedKeyIsFound() {
    assertThat(kind("ELEVENLABS_API_KEY", fake("sk_", 48, HEX))).contains("a literal key");
    assertThat(kind("apiToken", fake("", 32, ALNUM))).contains("a literal token");
    assertThat(kind("DB_PASSWORD", fake("", 20, ALNUM) + "7")).contains("a literal password");
    assertThat(kind("Authorization", "Bearer " + fake("", 40, ALNUM)))
        .contains("a literal credential");
  }

  @Test // docs L2039-2061: the documented way is a reference
  void referencesPlaceholdersAndOrdinaryValuesAreNotSecrets() {
    assertThat(kind("GITHUB_PERSONAL_ACCESS_TOKEN", "${GITHUB_TOKEN}")).isEmpty();
    assertThat(kind("API_KEY", "$API_KEY")).isEmpty();
    assertThat(kind("GITHUB_TOKEN", "your-token-value")).isEmpty();
    assertThat(kind("API_KEY", "<your-api-key-here>")).isEmpty();
    assertThat(kind("TOKEN", "my-secret-token-value")).isEmpty();
    assertThat(kind("AWS_ACCESS_KEY_ID", "AK" + "IAIOSFODNN7EXAMPLE")).isEmpty();
    assertThat(kind("GITHUB_TOKEN", "gh" + "p_" + "x".repeat(36))).isEmpty();
    assertThat(kind("SSH_KEY", "/home/dev/.ssh/id_ed25519_work")).isEmpty();
    assertThat(kind("AWS_REGION", "us-east-1")).isEmpty();
    assertThat(kind("PROJECT_ID", fake("", 32, ALNUM))).isEmpty();
    assertThat(kind("SUPABASE_ANON_KEY", fake("eyJ", 120, ALNUM))).isEmpty();
    assertThat(kind("STRIPE_PUBLISHABLE_KEY", fake("pk_live_", 30, ALNUM))).isEmpty();
    assertThat(kind("KMS_KEY", "arn:aws:kms:us-east-1:123456789012:key/" + fake("", 12, HEX)))
        .isEmpty();
  }

  @Test
  void textFindingsCarryTheirOffsetAndOneLineGivesOneFinding() {
    String key = fake("sk-" + "proj-", 60, ALNUM);
    String text =
        "# Setup\n\n```bash\nexport OPENAI_API_KEY=your-api-key\n```\n\nOur key:\n"
            + "export OPENAI_API_KEY="
            + key
            + "\n";
    List<SecretScanner.Finding> found = SecretScanner.scanText(text);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).kind()).isEqualTo("an OpenAI API key");
    assertThat(SecretScanner.position(text, found.get(0).offset())).containsExactly(8, 23);
  }

  @Test
  void aHookCommandWithABearerTokenOrASecretFlagIsFound() {
    assertThat(
            SecretScanner.scanText(
                "curl -H \"Authorization: Bearer " + fake("", 40, ALNUM) + "\" https://api.test"))
        .extracting(SecretScanner.Finding::kind)
        .containsExactly("a literal credential");
    assertThat(SecretScanner.scanText("deploy --api-key " + fake("", 32, ALNUM) + " --prod"))
        .extracting(SecretScanner.Finding::kind)
        .containsExactly("a literal key");
    assertThat(SecretScanner.scanText("npm test -- --reporter=dot && echo $API_TOKEN")).isEmpty();
  }

  @Test
  void theMessageNeverHoldsTheSecretAndAUserFileIsOnlyAnInfo() {
    String secret = fake("gh" + "p_", 36, ALNUM);
    SecretScanner.Finding f = SecretScanner.scanValue(Optional.of("GH"), secret).orElseThrow();
    Diagnostic d =
        SecretScanner.diagnostic(
            f, Path.of("mcp.json"), 3, 9, "env.GITHUB_TOKEN", Optional.of("GITHUB_TOKEN"), false);
    assertThat(d.message())
        .doesNotContain(secret)
        .isEqualTo(
            "env.GITHUB_TOKEN holds what looks like a GitHub token: a literal secret travels with"
                + " the file; use ${GITHUB_TOKEN} and set it in the environment (docs L1899)");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(
            SecretScanner.diagnostic(f, Path.of("m"), 1, 1, "x", Optional.empty(), true).severity())
        .isEqualTo(Severity.INFO);
  }
}
