package io.kiro4j.core.internal.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.internal.permission.McpToolPolicy.EntryForm;
import io.kiro4j.core.permission.RuleOrigin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** autoApprove / disabledTools entry forms (docs L1772, L1800, L2112–2115; notes A25, A26). */
class McpToolPolicyTest {

  static final RuleOrigin AT = new RuleOrigin(".kiro/settings/mcp.json", "/mcpServers/aws-docs");
  static final ToolPatternIndex NONE = ToolPatternIndex.compile(List.of(), AT);

  static String decide(List<String> autoApprove, List<String> disabled, String tool) {
    return new McpToolPolicy("aws-docs", autoApprove, disabled, AT)
        .evaluate(tool, NONE, false)
        .label();
  }

  @Test
  void documentedToolNameAndStarMatchExactly() {
    assertThat(McpToolPolicy.form("aws-docs", "search_documentation"))
        .isEqualTo(EntryForm.TOOL_NAME);
    assertThat(McpToolPolicy.form("aws-docs", "*")).isEqualTo(EntryForm.ALL);
    assertThat(decide(List.of("search_documentation"), List.of(), "search_documentation"))
        .isEqualTo("allow");
    assertThat(decide(List.of("search_documentation"), List.of(), "read_documentation"))
        .isEqualTo("ask");
    assertThat(decide(List.of("*"), List.of(), "anything")).isEqualTo("allow");
  }

  @Test
  void qualifiedModelFacingAndIdeFormsAreTranslatedForThisServer() {
    assertThat(McpToolPolicy.form("aws-docs", "@aws-docs/search")).isEqualTo(EntryForm.QUALIFIED);
    assertThat(McpToolPolicy.form("aws-docs", "awsdocs___search")).isEqualTo(EntryForm.MODEL_NAME);
    assertThat(McpToolPolicy.form("aws-docs", "mcp_aws_docs_search")).isEqualTo(EntryForm.IDE_NAME);
    assertThat(decide(List.of("@aws-docs/search"), List.of(), "search")).isEqualTo("allow");
    assertThat(decide(List.of("awsdocs___search"), List.of(), "search")).isEqualTo("allow");
    assertThat(
            decide(List.of("mcp_aws_docs_search_documentation"), List.of(), "search_documentation"))
        .isEqualTo("allow");
    // A translated entry names one tool only.
    assertThat(decide(List.of("mcp_aws_docs_search"), List.of(), "search_documentation"))
        .isEqualTo("ask");
  }

  @Test
  void anEntryInATranslatedFormStillMatchesAToolNamedSo() {
    assertThat(decide(List.of("mcp_aws_docs_search"), List.of(), "mcp_aws_docs_search"))
        .isEqualTo("allow");
  }

  @Test
  void patternsOtherServersAndOtherClientsFormsMatchOnlyLiterally() {
    for (String entry : List.of("search_*", "@git/search", "mcp__aws-docs__search", "two words")) {
      assertThat(McpToolPolicy.form("aws-docs", entry)).as(entry).isEqualTo(EntryForm.UNKNOWN);
      assertThat(decide(List.of(entry), List.of(), "search")).as(entry).isEqualTo("ask");
    }
  }

  @Test
  void disabledToolsAcceptTheSameFormsAndWinOverAutoApprove() {
    assertThat(decide(List.of("*"), List.of("@aws-docs/delete"), "delete")).isEqualTo("deny");
    assertThat(decide(List.of("*"), List.of("mcp_aws_docs_delete"), "delete")).isEqualTo("deny");
  }

  @Test
  void diagnosticsNoteTranslatedEntriesAndWarnAboutUnknownOnes() {
    McpToolPolicy p =
        new McpToolPolicy(
            "aws-docs", List.of("search", "@aws-docs/read", "get_*"), List.of("awsdocs___x"), AT);
    assertThat(p.diagnostics(Path.of("/w/.kiro/settings/mcp.json"), 3, 5))
        .extracting(d -> d.code() + " " + d.message().substring(0, d.message().indexOf(':')))
        .containsExactly(
            "PERM-009 /mcpServers/aws-docs/autoApprove/1",
            "PERM-010 /mcpServers/aws-docs/autoApprove/2",
            "PERM-009 /mcpServers/aws-docs/disabledTools/0");
  }
}
