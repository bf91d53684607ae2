package io.kiro4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class JsonSchemaTest {

  private static final Path FILE = Path.of(".kiro/agents/dev.json");
  private static final JsonSchema SCHEMA =
      JsonSchema.fromResource(JsonSchemaTest.class, "test-config.schema.json");

  private static JsonDocument parse(String text) {
    JsonResult result = JsonLoader.strict().parse(text, FILE);
    assertThat(result.diagnostics()).isEmpty();
    return result.document().orElseThrow();
  }

  private static List<Diagnostic> validate(String text) {
    return SCHEMA.validate(parse(text));
  }

  private static List<String> summary(List<Diagnostic> diagnostics) {
    return diagnostics.stream()
        .map(d -> d.code() + "@" + d.line() + ":" + d.column())
        .collect(Collectors.toList());
  }

  @Test
  void aValidDocumentHasNoDiagnostics() {
    String text =
        "{\n"
            + "  \"$schema\": \"https://example.invalid/agent.json\",\n"
            + "  \"name\": \"dev\",\n"
            + "  \"mode\": \"auto\",\n"
            + "  \"mcpServers\": {\"git\": {\"command\": \"uvx\", \"args\": [\"mcp-git\"]}},\n"
            + "  \"hooks\": [{\"trigger\": \"agentSpawn\", \"command\": \"git status\"}]\n"
            + "}";

    assertThat(validate(text)).isEmpty();
  }

  @Test
  void aTypeMismatchIsSchema001AtTheValue() {
    List<Diagnostic> diagnostics = validate("{\n  \"name\": \"dev\",\n  \"description\": 42\n}");

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-001@3:18");
    Diagnostic d = diagnostics.get(0);
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.path()).isEqualTo(FILE);
    assertThat(d.message()).isEqualTo("/description: expected string but found integer (type)");
  }

  @Test
  void aTypeMismatchInsideAnArrayInsideAnObjectIsAtTheElement() {
    String text =
        "{\n"
            + "  \"name\": \"dev\",\n"
            + "  \"mcpServers\": {\n"
            + "    \"git\": {\n"
            + "      \"command\": \"uvx\",\n"
            + "      \"args\": [\"a\",\n"
            + "               7]\n"
            + "    }\n"
            + "  }\n"
            + "}";

    List<Diagnostic> diagnostics = validate(text);

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-001@7:16");
    assertThat(diagnostics.get(0).message()).startsWith("/mcpServers/git/args/1: expected string");
  }

  @Test
  void anUnknownKeyIsSchema002AtTheKey() {
    List<Diagnostic> diagnostics = validate("{\n  \"name\": \"dev\",\n    \"modle\": \"x\"\n}");

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-002@3:5");
    assertThat(diagnostics.get(0).message())
        .isEqualTo("/modle: unknown key 'modle' (additionalProperties)");
  }

  @Test
  void anUnknownKeyInANestedObjectIsAtThatKey() {
    String text =
        "{\"name\": \"dev\",\n"
            + " \"mcpServers\": {\n"
            + "   \"git\": {\"command\": \"uvx\",\n"
            + "           \"comand\": \"typo\"}}}";

    List<Diagnostic> diagnostics = validate(text);

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-002@4:12");
    assertThat(diagnostics.get(0).message()).contains("/mcpServers/git/comand", "'comand'");
  }

  @Test
  void anUnknownKeyInAnArrayElementIsAtThatKey() {
    String text =
        "{\"name\": \"dev\", \"hooks\": [\n"
            + "  {\"trigger\": \"agentSpawn\", \"command\": \"ls\"},\n"
            + "  {\"trigger\": \"agentSpawn\", \"command\": \"ls\", \"matcher\": \"x\"}\n"
            + "]}";

    assertThat(summary(validate(text))).containsExactly("SCHEMA-002@3:46");
  }

  @Test
  void aKeyWhoseSchemaIsFalseIsSchema002AtTheKey() {
    List<Diagnostic> diagnostics = validate("{\"name\": \"dev\",\n \"legacy\": true}");

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-002@2:2");
    assertThat(diagnostics.get(0).message()).contains("'legacy' is not allowed");
  }

  @Test
  void aMissingRequiredKeyIsSchema003AtTheObject() {
    List<Diagnostic> diagnostics = validate("\n  {\"mode\": \"auto\"}");

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-003@2:3");
    assertThat(diagnostics.get(0).message())
        .isEqualTo("(root): missing required key 'name' (required)");
  }

  @Test
  void aMissingRequiredKeyInAnArrayElementIsAtThatElement() {
    String text = "{\"name\": \"dev\",\n \"hooks\": [\n   {\"trigger\": \"agentSpawn\"}\n ]}";

    List<Diagnostic> diagnostics = validate(text);

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-003@3:4");
    assertThat(diagnostics.get(0).message()).contains("/hooks/0", "'command'");
  }

  @Test
  void anEnumMismatchIsSchema004AtTheValue() {
    List<Diagnostic> diagnostics = validate("{\"name\": \"dev\",\n \"mode\":  \"sometimes\"}");

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-004@2:11");
    assertThat(diagnostics.get(0).message())
        .isEqualTo("/mode: value must be one of [\"auto\",\"manual\"] (enum)");
  }

  @Test
  void anEnumMismatchInANestedArrayElementIsAtThatValue() {
    String text =
        "{\"name\": \"dev\",\n"
            + " \"hooks\": [\n"
            + "   {\"trigger\": \"agentSpawn\", \"command\": \"a\"},\n"
            + "   {\"trigger\":\n"
            + "      \"stop\", \"command\": \"b\"}]}";

    List<Diagnostic> diagnostics = validate(text);

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-004@5:7");
    assertThat(diagnostics.get(0).message()).startsWith("/hooks/1/trigger: value must be one of");
  }

  @Test
  void messagesNeverRepeatTheOffendingValueWhichMayBeASecret() {
    String secret = "ghp_s3cr3tT0k3nValue";
    String text =
        "{\"name\": \"dev\", \"mode\": \""
            + secret
            + "\", \"version\": \""
            + secret
            + "\", \"mcpServers\": {\"x\": {\"command\": \"c\", \"env\": {\"TOKEN\": 1}}}}";

    List<Diagnostic> diagnostics = validate(text);

    assertThat(diagnostics).hasSizeGreaterThanOrEqualTo(3);
    assertThat(diagnostics).allSatisfy(d -> assertThat(d.message()).doesNotContain(secret));
    assertThat(diagnostics)
        .filteredOn(d -> d.message().contains("(const)"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).isEqualTo("/version: value must be 1 (const)"));
  }

  @Test
  void otherConstraintsAreSchema005WithTheKeywordInTheMessage() {
    List<Diagnostic> diagnostics =
        validate(
            "{\"name\": \"-bad\", \"mcpServers\": {\"x\": {\"command\": \"c\", \"timeout\": -1}}}");

    assertThat(diagnostics).extracting(Diagnostic::code).containsOnly("SCHEMA-005");
    assertThat(diagnostics)
        .extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).startsWith("/name:").endsWith("(pattern)"))
        .anySatisfy(m -> assertThat(m).startsWith("/mcpServers/x/timeout:").endsWith("(minimum)"));
  }

  private static final JsonSchema KEYWORDS =
      JsonSchema.fromText(
          "{\"type\": \"object\", \"properties\": {"
              + "\"server\": {\"oneOf\": [{\"type\": \"string\"},"
              + "                       {\"type\": \"object\", \"required\": [\"command\"]}]},"
              + "\"env\": {\"propertyNames\": {\"pattern\": \"^[A-Z_]+$\"}},"
              + "\"a/b\": {\"type\": \"string\"},"
              + "\"pair\": {\"type\": \"array\", \"prefixItems\": [{}, {}], \"items\": false}}}",
          "keywords");

  @Test
  void aFailedOneOfIsSchema006AndEachBranchSaysWhatItMissed() {
    List<Diagnostic> diagnostics = KEYWORDS.validate(parse("{\"server\":\n  {\"args\": []}}"));

    assertThat(summary(diagnostics))
        .containsExactly("SCHEMA-006@2:3", "SCHEMA-001@2:3", "SCHEMA-003@2:3");
    assertThat(diagnostics.get(0).message()).startsWith("/server:").endsWith("(oneOf)");
  }

  @Test
  void anInvalidKeyNameIsSchema002AtThatKey() {
    List<Diagnostic> diagnostics =
        KEYWORDS.validate(parse("{\"env\": {\"OK\": \"1\",\n  \"lower\": \"2\"}}"));

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-002@2:3");
    assertThat(diagnostics.get(0).message()).startsWith("/env/lower:").endsWith("(propertyNames)");
  }

  @Test
  void pointersInMessagesAreEscapedAsInRfc6901() {
    List<Diagnostic> diagnostics = KEYWORDS.validate(parse("{\"a/b\": 1}"));

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-001@1:9");
    assertThat(diagnostics.get(0).message()).startsWith("/a~1b:");
  }

  @Test
  void aSurplusArrayItemIsReportedAtThatItem() {
    List<Diagnostic> diagnostics = KEYWORDS.validate(parse("{\"pair\": [1, 2,\n  3]}"));

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-005@2:3");
    assertThat(diagnostics.get(0).message()).startsWith("/pair/2:").endsWith("(items)");
  }

  @Test
  void diagnosticsAreOrderedByPosition() {
    String text = "{\"mode\": \"x\",\n \"zzz\": 1,\n \"description\": 2}";

    assertThat(summary(validate(text)))
        .containsExactly("SCHEMA-003@1:1", "SCHEMA-004@1:10", "SCHEMA-002@2:2", "SCHEMA-001@3:17");
  }

  @Test
  void relativeRefsResolveToResourcesBesideTheSchema() {
    JsonSchema split = JsonSchema.fromResource(JsonSchemaTest.class, "split-root.schema.json");

    List<Diagnostic> diagnostics = split.validate(parse("{\"server\": {\"args\": []}}"));

    assertThat(summary(diagnostics)).containsExactly("SCHEMA-003@1:12");
    assertThat(split.name()).isEqualTo("io/kiro4j/core/internal/json/split-root.schema.json");
  }

  @Test
  void refsToTheStandardMetaSchemaResolveOffline() {
    JsonSchema meta =
        JsonSchema.fromText(
            "{\"$ref\": \"https://json-schema.org/draft/2020-12/schema\"}", "meta-ref");

    List<Diagnostic> diagnostics = meta.validate(parse("{\"type\": 5}"));

    assertThat(diagnostics).isNotEmpty();
    assertThat(diagnostics).allSatisfy(d -> assertThat(d.code()).startsWith("SCHEMA-"));
  }

  @Test
  void aMissingResourceIsAProgrammerError() {
    assertThatThrownBy(() -> JsonSchema.fromResource(JsonSchemaTest.class, "nope.json"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("io/kiro4j/core/internal/json/nope.json");
  }

  @Test
  void aSchemaThatIsNotStrictJsonIsAProgrammerError() {
    assertThatThrownBy(() -> JsonSchema.fromText("{\"type\": \"object\",}", "trailing"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("JSON-003");
  }

  @Test
  void oneCompiledSchemaValidatesConcurrently() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Diagnostic>>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String text = i % 2 == 0 ? "{\"name\": \"ok\"}" : "{\"name\": " + i + "}";
        results.add(pool.submit(() -> validate(text)));
      }
      for (int i = 0; i < results.size(); i++) {
        List<Diagnostic> diagnostics = results.get(i).get(10, TimeUnit.SECONDS);
        assertThat(summary(diagnostics))
            .isEqualTo(i % 2 == 0 ? List.of() : List.of("SCHEMA-001@1:10"));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- no network ------------------------------------------------------------------------------

  private HttpServer server;
  private final AtomicInteger requests = new AtomicInteger();
  private String base;

  @BeforeEach
  void startLocalServer() throws Exception {
    // A real schema server on the loopback address: if the validator ever fetched, it would
    // succeed here and the request counter would show it.
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          byte[] body = "{\"type\": \"string\"}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stopLocalServer() {
    server.stop(0);
  }

  @Test
  void aRemoteRefIsNeverFetched() {
    String schema = "{\"properties\": {\"a\": {\"$ref\": \"" + base + "/a.json\"}}}";

    assertThatThrownBy(() -> JsonSchema.fromText(schema, "remote-ref"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("remote-ref");
    assertThat(requests).hasValue(0);
  }

  @Test
  void aRemoteMetaSchemaIsNeverFetched() {
    String schema = "{\"$schema\": \"" + base + "/meta\", \"type\": \"object\"}";

    assertThatThrownBy(() -> JsonSchema.fromText(schema, "remote-meta"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(requests).hasValue(0);
  }

  @Test
  void aRelativeRefAgainstARemoteIdIsNeverFetched() {
    String schema = "{\"$id\": \"" + base + "/root.json\", \"$ref\": \"other.json\"}";

    assertThatThrownBy(() -> JsonSchema.fromText(schema, "remote-id"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(requests).hasValue(0);
  }

  @Test
  void theDocumentsOwnDollarSchemaIsNeverFetched() {
    List<Diagnostic> diagnostics =
        validate("{\"$schema\": \"" + base + "/agent-v1.json\", \"name\": \"dev\"}");

    assertThat(diagnostics).isEmpty();
    assertThat(requests).hasValue(0);
  }
}
