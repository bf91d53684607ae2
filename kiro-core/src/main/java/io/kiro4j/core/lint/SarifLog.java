package io.kiro4j.core.lint;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.workspace.DisplayPath;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link LintReport} as a SARIF 2.1.0 log, the format of GitHub code scanning and of most CI
 * dashboards: one run whose {@code tool.driver} lists every rule (id = the code, the code's
 * summary, help text and a link into {@code docs/diagnostics.md}, the default level) and one result
 * per diagnostic.
 *
 * <pre>{@code
 * String sarif = SarifLog.write(Linter.discover(loader).lint(workspace));
 * }</pre>
 *
 * <p>Locations: a workspace file's {@code uri} is its path relative to its root, with {@code
 * uriBaseId} {@code ROOT<n>} (declared in {@code originalUriBaseIds}); a file elsewhere ({@code
 * ~/.kiro}) is an absolute {@code file:} URI. Columns count Unicode code points ({@code columnKind}
 * {@code unicodeCodePoints}), as every kiro4j column does. Each result carries a fingerprint
 * ({@code partialFingerprints["kiro4j/v1"]}) made of the code, the root, the path, the message and
 * the occurrence among identical ones — not the line, so an alert survives edits above it.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.2
 */
public final class SarifLog {

  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";

  /** The schema URI written in {@code $schema}. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private SarifLog() {}

  /** The SARIF document of {@code report}, with rule help from the bundled {@link RuleDocs}. */
  public static String write(LintReport report) {
    return write(report, RuleDocs.bundled());
  }

  /** The SARIF document of {@code report}, with rule help from {@code docs}. */
  public static String write(LintReport report, RuleDocs docs) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(docs, "docs");
    Workspace ws = report.workspace();
    ObjectNode log = MAPPER.createObjectNode();
    log.put("$schema", SCHEMA);
    log.put("version", VERSION);
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "kiro4j");
    driver.put("version", Kiro.version());
    driver.put("semanticVersion", Kiro.version());
    driver.put("informationUri", "https://github.com/kiro4j/kiro4j");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (CodeInfo rule : report.rules()) {
      ruleIndex.put(rule.id(), ruleIndex.size());
      rules.add(rule(rule, docs));
    }
    ObjectNode bases = run.putObject("originalUriBaseIds");
    for (WorkspaceRoot root : ws.roots()) {
      String uri = root.path().toUri().toString();
      bases.putObject(baseId(root.index())).put("uri", uri.endsWith("/") ? uri : uri + "/");
    }
    run.put("columnKind", "unicodeCodePoints");
    ArrayNode results = run.putArray("results");
    Map<String, Integer> occurrences = new HashMap<>();
    for (Diagnostic d : report.diagnostics()) {
      results.add(result(ws, d, ruleIndex, occurrences));
    }
    return MAPPER.writeValueAsString(log);
  }

  private static ObjectNode rule(CodeInfo rule, RuleDocs docs) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("id", rule.id());
    n.putObject("shortDescription").put("text", rule.summary());
    RuleDoc doc = docs.find(rule.id()).orElse(null);
    if (doc != null) {
      n.putObject("fullDescription").put("text", doc.meaning());
      String help = doc.meaning() + doc.explanation().map(e -> "\n\n" + e).orElse("");
      n.putObject("help").put("text", help).put("markdown", help);
      n.put("helpUri", doc.helpUri());
    } else {
      n.putObject("help").put("text", rule.summary());
      n.put("helpUri", RuleDoc.DOCS_URL);
    }
    n.putObject("defaultConfiguration").put("level", level(rule.severity()));
    return n;
  }

  private static ObjectNode result(
      Workspace ws,
      Diagnostic d,
      Map<String, Integer> ruleIndex,
      Map<String, Integer> occurrences) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("ruleId", d.code());
    Integer index = ruleIndex.get(d.code());
    if (index != null) {
      n.put("ruleIndex", index);
    }
    n.put("level", level(d.severity()));
    n.putObject("message").put("text", d.message());
    DisplayPath dp = ws.displayPath(d.path());
    ObjectNode physical = n.putArray("locations").addObject().putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    if (dp.root().isPresent()) {
      artifact.put("uri", relativeUri(dp.path()));
      artifact.put("uriBaseId", baseId(dp.root().getAsInt()));
    } else {
      artifact.put("uri", d.path().toAbsolutePath().toUri().toString());
    }
    physical.putObject("region").put("startLine", d.line()).put("startColumn", d.column());
    String key =
        d.code() + "\u0000" + dp.root().orElse(-1) + "\u0000" + dp.path() + "\u0000" + d.message();
    int occurrence = occurrences.merge(key, 1, Integer::sum);
    n.putObject("partialFingerprints").put("kiro4j/v1", fingerprint(key + "\u0000" + occurrence));
    return n;
  }

  /** The SARIF level of a severity: error, warning or note. */
  public static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String baseId(int root) {
    return "ROOT" + root;
  }

  /** A relative path as a URI reference: each segment percent-encoded as RFC 3986 asks. */
  private static String relativeUri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || "-._~/!$&'()*+,;=@".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(HexFormat.of().withUpperCase().toHexDigits((byte) c));
      }
    }
    return out.toString();
  }

  private static String fingerprint(String key) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
