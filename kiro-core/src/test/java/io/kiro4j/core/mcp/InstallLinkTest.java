package io.kiro4j.core.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kiro4j.core.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;

/** Kiro's one-click MCP install links (docs L2227-2360). */
class InstallLinkTest {

  // Made by the docs' JavaScript helper (L2250-2256) under Node 20 for the docs' Example 1.
  private static final String DOCS_EXAMPLE_1 =
      "https://kiro.dev/launch/mcp/add?name=aws-docs&config=%7B%22command%22%3A%22uvx%22%2C%22args"
          + "%22%3A%5B%22awslabs.aws-documentation-mcp-server%40latest%22%5D%2C%22env%22%3A%7B%22FA"
          + "STMCP_LOG_LEVEL%22%3A%22ERROR%22%7D%2C%22disabled%22%3Afalse%2C%22autoApprove%22%3A%5B"
          + "%5D%7D";

  // Made by the docs' Python helper (L2270-2290): quote() keeps '/', json.dumps adds spaces.
  private static final String DOCS_PYTHON =
      "https://kiro.dev/launch/mcp/add?name=my-server&config=%7B%22command%22%3A%20%22npx%22%2C%20"
          + "%22args%22%3A%20%5B%22-y%22%2C%20%22%40myorg/my-mcp-server%22%5D%2C%20%22disabled%22%3A"
          + "%20false%2C%20%22autoApprove%22%3A%20%5B%5D%7D";

  private static InstallLink.Decoded.Valid valid(String link) {
    InstallLink.Decoded d = InstallLink.decode(link);
    assertThat(d).as("%s", d.diagnostics()).isInstanceOf(InstallLink.Decoded.Valid.class);
    return (InstallLink.Decoded.Valid) d;
  }

  private static Diagnostic refused(String link) {
    InstallLink.Decoded d = InstallLink.decode(link);
    assertThat(d).isInstanceOf(InstallLink.Decoded.Invalid.class);
    assertThat(d.diagnostics()).extracting(Diagnostic::code).contains("MCP-020");
    return d.diagnostics().get(d.diagnostics().size() - 1);
  }

  @Test // L2250-2256: encodeURIComponent(name), encodeURIComponent(JSON.stringify(config))
  void encodingMatchesTheDocsJavaScriptHelper() {
    String config =
        "{\"command\": \"uvx\", \"args\": [\"awslabs.aws-documentation-mcp-server@latest\"],"
            + " \"env\": {\"FASTMCP_LOG_LEVEL\": \"ERROR\"}, \"disabled\": false, \"autoApprove\": []}";
    assertThat(InstallLink.of("aws-docs", config).toUri()).isEqualTo(DOCS_EXAMPLE_1);
  }

  @Test
  void encodingEscapesNonAsciiNamesAsUtf8() {
    String link = InstallLink.of("my server ☕", "{\"url\":\"https://a.example\"}").toUri();
    assertThat(link).startsWith(InstallLink.BASE + "?name=my%20server%20%E2%98%95&config=");
  }

  @Test
  void theDocsJavaScriptLinkDecodesToItsEntry() {
    InstallLink.Decoded.Valid v = valid(DOCS_EXAMPLE_1);
    assertThat(v.link().name()).isEqualTo("aws-docs");
    assertThat(v.link().config())
        .isEqualTo(
            "{\"command\":\"uvx\",\"args\":[\"awslabs.aws-documentation-mcp-server@latest\"],"
                + "\"env\":{\"FASTMCP_LOG_LEVEL\":\"ERROR\"},\"disabled\":false,\"autoApprove\":[]}");
    assertThat(v.diagnostics()).isEmpty();
  }

  @Test // L2270-2290: Python's quote leaves '/' as is
  void theDocsPythonLinkDecodes() {
    assertThat(valid(DOCS_PYTHON).link().config()).contains("\"@myorg/my-mcp-server\"");
  }

  @Test
  void aPlusIsASpaceAsUrlSearchParamsReadsIt() {
    assertThat(
            valid(InstallLink.BASE + "?name=my+server&config=%7B%22url%22%3A%22https://a.b%22%7D")
                .link()
                .name())
        .isEqualTo("my server");
  }

  @Test // a viewer showing one value and an installer taking the other must not be possible
  void aParameterGivenTwiceIsRefused() {
    assertThat(
            refused(InstallLink.BASE + "?name=a&name=b&config=%7B%22command%22%3A%22x%22%7D")
                .message())
        .contains("given twice");
  }

  @Test
  void anotherHostOrSchemeIsRefused() {
    refused("https://kiro.dev.example.com/launch/mcp/add?name=a&config=%7B%7D");
    refused("http://kiro.dev/launch/mcp/add?name=a&config=%7B%7D");
    refused("https://kiro.dev/launch/mcp/addx?name=a&config=%7B%7D");
  }

  @Test
  void missingNameOrConfigIsRefused() {
    assertThat(refused(InstallLink.BASE + "?config=%7B%7D").message()).contains("no 'name'");
    assertThat(refused(InstallLink.BASE + "?name=a").message()).contains("no 'config'");
  }

  @Test
  void aMalformedEscapeOrNonUtf8IsRefused() {
    refused(InstallLink.BASE + "?name=a%2&config=%7B%7D");
    refused(InstallLink.BASE + "?name=a%FF&config=%7B%7D");
  }

  @Test
  void aConfigThatIsNotOneObjectIsRefused() {
    refused(InstallLink.BASE + "?name=a&config=%5B%5D");
    refused(InstallLink.BASE + "?name=a&config=%7B");
  }

  @Test
  void anOverlongLinkIsRefusedBeforeDecoding() {
    String big =
        InstallLink.BASE + "?name=a&config=" + "%20".repeat(InstallLink.MAX_LENGTH / 3 + 1);
    assertThat(refused(big).message()).contains("over the limit");
  }

  @Test // the decoded entry is checked like an mcp.json entry
  void theDecodedEntryIsCheckedLikeAnMcpJsonEntry() {
    String config = "{\"url\":\"http://example.com/mcp\",\"command\":\"x\",\"colour\":1}";
    InstallLink.Decoded.Valid v = valid(InstallLink.of("a", config).toUri());
    assertThat(v.diagnostics())
        .extracting(Diagnostic::code)
        .contains("MCP-001", "MCP-003", "MCP-004");
  }

  @Test
  void aLiteralSecretInALinkIsReported() {
    String config =
        "{\"command\":\"npx\",\"env\":{\"GITHUB_TOKEN\":\"ghp_R2d9Kx7Lq0Zp4Wm8Tn3Yb6Vc1Hs5Jf0Ge2Ad\"}}";
    assertThat(valid(InstallLink.of("gh", config).toUri()).diagnostics())
        .extracting(Diagnostic::code)
        .contains("SECRET-001");
  }

  @Test
  void encodingRefusesWhatIsNotOneObject() {
    assertThatThrownBy(() -> InstallLink.of("a", "[]"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InstallLink.of(" ", "{}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> InstallLink.of("a\uD800", "{}"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
