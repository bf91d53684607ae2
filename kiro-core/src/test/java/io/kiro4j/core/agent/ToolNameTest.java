package io.kiro4j.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolNameTest {

  @Test
  void internalNamesAreAliasesOfTheDocumentedNames() {
    assertThat(BuiltinTool.canonicalName("fs_read")).isEqualTo("read");
    assertThat(BuiltinTool.canonicalName("fs_write")).isEqualTo("write");
    assertThat(BuiltinTool.canonicalName("execute_bash")).isEqualTo("shell");
    assertThat(BuiltinTool.canonicalName("use_aws")).isEqualTo("aws");
    assertThat(BuiltinTool.canonicalName("report_issue")).isEqualTo("report");
    assertThat(BuiltinTool.canonicalName("todo_list")).isEqualTo("todo");
    assertThat(BuiltinTool.canonicalName("use_subagent")).isEqualTo("subagent");
    assertThat(BuiltinTool.canonicalName("mystery")).isEqualTo("mystery");
  }

  @Test
  void toolNamesAreCaseSensitive() {
    assertThat(BuiltinTool.byName("Read")).isEmpty();
  }

  @Test
  void everyNameMapsToExactlyOneTool() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (BuiltinTool t : BuiltinTool.values()) {
      for (String n : t.names()) {
        assertThat(seen.add(n)).as(n).isTrue();
        assertThat(BuiltinTool.byName(n)).contains(t);
      }
    }
  }

  @Test
  void referencesParseIntoKinds() {
    assertThat(ToolName.parse("*").kind()).isEqualTo(ToolName.Kind.ALL);
    assertThat(ToolName.parse("@builtin").kind()).isEqualTo(ToolName.Kind.ALL_BUILTIN);
    assertThat(ToolName.parse("@builtin/code").builtin()).contains(BuiltinTool.CODE);
    assertThat(ToolName.parse("execute_bash").canonical()).isEqualTo("shell");
    ToolName server = ToolName.parse("@git");
    assertThat(server.kind()).isEqualTo(ToolName.Kind.SERVER);
    assertThat(server.server()).contains("git");
    ToolName tool = ToolName.parse("@rust-analyzer/check_code");
    assertThat(tool.kind()).isEqualTo(ToolName.Kind.MCP_TOOL);
    assertThat(tool.server()).contains("rust-analyzer");
    assertThat(tool.tool()).contains("check_code");
    assertThat(ToolName.parse("@a/b/c").tool()).contains("b/c"); // split at the first '/'
    assertThat(ToolName.parse("raed").kind()).isEqualTo(ToolName.Kind.UNKNOWN);
    assertThat(ToolName.qualified("git", "status")).isEqualTo("@git/status");
  }

  @Test
  void keyboardShortcutGrammar() {
    assertThat(KeyboardShortcut.parse("ctrl+a")).isPresent();
    assertThat(KeyboardShortcut.parse("shift+b")).isPresent();
    assertThat(KeyboardShortcut.parse("ctrl+5")).isPresent();
    assertThat(KeyboardShortcut.parse("a")).isPresent();
    assertThat(KeyboardShortcut.parse("ctrl+A").orElseThrow()).hasToString("ctrl+a");
    assertThat(KeyboardShortcut.parse("shift+ctrl+r").orElseThrow()).hasToString("ctrl+shift+r");
    assertThat(KeyboardShortcut.parse("alt+a")).isEmpty();
    assertThat(KeyboardShortcut.parse("ctrl+ab")).isEmpty();
    assertThat(KeyboardShortcut.parse("ctrl+")).isEmpty();
    assertThat(KeyboardShortcut.parse("ctrl+F1")).isEmpty();
    assertThat(KeyboardShortcut.parse("ctrl+ctrl+a")).isEmpty();
  }

  @Test
  void typedToolSettingsFindAliasKeys() {
    var mapper = tools.jackson.databind.json.JsonMapper.builder().build();
    var settings =
        new ToolsSettings(
            java.util.Map.of(
                "fs_write",
                mapper.readTree("{\"allowedPaths\": [\"~/projects\"], \"deniedPaths\": 3}"),
                "execute_bash",
                mapper.readTree("{\"deniedCommands\": [\"git push .*\"], \"denyByDefault\": true}"),
                "subagent",
                mapper.readTree(
                    "{\"availableAgents\": [\"docs-*\"], \"trustedAgents\": [\"reviewer\"]}")));
    assertThat(settings.write().orElseThrow().allowedPaths()).containsExactly("~/projects");
    assertThat(settings.write().orElseThrow().deniedPaths()).isEmpty();
    assertThat(settings.write().orElseThrow().pointer()).isEqualTo("/toolsSettings/fs_write");
    assertThat(settings.shell().orElseThrow().denyByDefault()).isTrue();
    assertThat(settings.shell().orElseThrow().autoAllowReadonly()).isFalse();
    assertThat(settings.subagent().orElseThrow().availableAgents()).containsExactly("docs-*");
    assertThat(settings.read()).isEmpty();
  }
}
