package io.kiro4j.core.yaml;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.internal.yaml.YamlParser;

/**
 * Codes for problems found while parsing YAML with {@link YamlParser}.
 *
 * <p>Immutable and thread-safe.
 */
public enum YamlCode implements DiagnosticCode {
  SYNTAX_ERROR("YAML-001", Severity.ERROR, "The text is not valid YAML."),
  DUPLICATE_KEY(
      "YAML-002", Severity.ERROR, "A mapping has the same key twice; the later entry is ignored."),
  TOO_MANY_ALIASES(
      "YAML-003",
      Severity.ERROR,
      "The document uses more aliases (*name) than the limit allows (alias bomb protection)."),
  DOCUMENT_TOO_LARGE(
      "YAML-004", Severity.ERROR, "The YAML text has more characters than the limit allows."),
  TOO_DEEP("YAML-005", Severity.ERROR, "Collections are nested deeper than the limit allows."),
  TOO_MANY_NODES(
      "YAML-006",
      Severity.ERROR,
      "The document, with every alias expanded, has more nodes than the limit allows."),
  UNRESOLVED_ALIAS(
      "YAML-007",
      Severity.ERROR,
      "An alias refers to an anchor that is not defined before it, or to a collection that"
          + " contains the alias."),
  NON_SCALAR_KEY(
      "YAML-008",
      Severity.ERROR,
      "A mapping key is a sequence or a mapping; only scalar keys are supported, the entry is"
          + " ignored."),
  MULTIPLE_DOCUMENTS(
      "YAML-009",
      Severity.WARNING,
      "The text holds more than one YAML document; only the first one is read."),
  UNSUPPORTED_TAG(
      "YAML-010",
      Severity.WARNING,
      "An explicit tag is not supported and is ignored (lenient profile)."),
  STRICT_FLOW_STYLE(
      "YAML-011",
      Severity.ERROR,
      "Flow style ([a, b] or {a: b}) is not allowed in the strict profile."),
  STRICT_ANCHOR_OR_ALIAS(
      "YAML-012",
      Severity.ERROR,
      "Anchors (&name) and aliases (*name) are not allowed in the strict profile."),
  STRICT_TAG(
      "YAML-013",
      Severity.ERROR,
      "Explicit tags (!!str, !name) are not allowed in the strict profile.");

  private final CodeInfo info;

  YamlCode(String id, Severity severity, String summary) {
    this.info = new CodeInfo(id, severity, summary);
  }

  @Override
  public CodeInfo info() {
    return info;
  }
}
