package io.kiro4j.core.internal.secret;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The one-pass shortcut in front of the patterns never hides a finding: on text built from the
 * pieces secrets, assignments, flags and placeholders are made of, the scan with the shortcut
 * equals the full scan.
 */
class SecretScannerProperties {

  static Gen<String> texts() {
    Gen<String> piece =
        Gen.of(
            "gh" + "p_",
            "github_" + "pat_",
            "AK" + "IA",
            "sk" + "-",
            "sk-" + "ant-",
            "xo" + "xb-",
            "gl" + "pat-",
            "np" + "m_",
            "AI" + "za",
            "-----BEGIN ",
            "PRIVATE KEY",
            "-----",
            "TOKEN=",
            "api_key: ",
            "\"password\": \"",
            "Bearer ",
            "--api-key ",
            "--token=",
            " ",
            "\t",
            "\n",
            "\"",
            "'",
            ",",
            ";",
            "/",
            "${VAR}",
            "your-",
            "EXAMPLE",
            "\u00e9",
            "\u0663",
            FakeSecrets.fake("", 8, FakeSecrets.ALNUM),
            FakeSecrets.fake("", 12, "abcdefXYZ"),
            FakeSecrets.fake("", 14, FakeSecrets.ALNUM + "_-"),
            "0123456789",
            "abcdefghijklmnop");
    return piece
        .list()
        .ofMinSize(0)
        .ofMaxSize(12)
        .map(
            ps -> {
              StringBuilder sb = new StringBuilder();
              ps.forEach(sb::append);
              return sb.toString();
            });
  }

  @Test
  void theShortcutNeverHidesAFindingOfTheFullScan() {
    AtomicInteger found = new AtomicInteger();
    Property.forAll(texts())
        .tries(20_000)
        .check(
            text -> {
              List<SecretScanner.Finding> full = SecretScanner.scanAll(text);
              assertThat(SecretScanner.scanText(text)).as("%s", text).isEqualTo(full);
              if (!full.isEmpty()) {
                found.incrementAndGet();
                assertThat(SecretScanner.mayHoldSecret(text)).isTrue();
              }
            });
    assertThat(found.get()).as("texts with a finding").isGreaterThan(500);
  }

  @Test
  void aValueTheShortcutSkipsHoldsNoSecretUnderASecretName() {
    Property.forAll(texts())
        .tries(20_000)
        .check(
            value -> {
              if (!SecretScanner.mayHoldSecret(value)) {
                assertThat(SecretScanner.scanValue(Optional.of("API_TOKEN"), value)).isEmpty();
                assertThat(SecretScanner.scanAll(value)).isEmpty();
                assertThat(SecretScanner.isRandomLooking(value)).isFalse();
                assertThat(
                        SecretScanner.isRandomLooking(value.substring(Math.min(7, value.length()))))
                    .isFalse();
              }
            });
  }
}
