package io.kiro4j.core.tool;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.agent.ResolvedAgent;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The tool list offers exactly the tools {@link ResolvedAgent} says the agent has (the two read
 * {@code tools} independently: the list also explains), every tool is either offered or withheld,
 * and model names are unique.
 */
class ToolListProperties {

  static final List<String> ENTRIES =
      List.of(
          "*",
          "@builtin",
          "read",
          "fs_write",
          "shell",
          "@git",
          "@git/git_status",
          "@git/git_*",
          "@db",
          "@db/query",
          "@mcp",
          "@nope",
          "grep",
          "@builtin/glob");

  static final Map<String, List<String>> LISTS =
      Map.of("git", List.of("git_status", "git_diff", "git_push"), "db", List.of("query", "drop"));

  @TempDir Path tmp;

  record Case(List<String> tools, boolean dbDisabled, boolean pushDisabled) {}

  static final Gen<Case> CASES =
      s ->
          new Case(
              Gen.of(ENTRIES).list().ofMaxSize(6).generate(s),
              Gen.booleans().generate(s),
              Gen.booleans().generate(s));

  @Test
  void theListOffersWhatResolvedAgentResolvesAndExplainsTheRest() {
    int[] n = {0};
    Property.forAll(CASES)
        .tries(150)
        .check(
            c -> {
              Path root = tmp.resolve("ws" + n[0]++);
              Workspace ws = workspace(root, c);
              Agent a = AgentSet.of(ws).find("dev").orElseThrow();
              ToolList list = ToolList.builder(ws, a).mcpTools(ToolListProperties::listed).build();
              ResolvedAgent resolved =
                  ResolvedAgent.resolve(ws, a, ResolvedAgent.defaultResolvers(), LISTS);
              assertThat(Set.copyOf(ToolListTest.names(list)))
                  .isEqualTo(Set.copyOf(resolved.tools()));
              Map<String, String> models = new LinkedHashMap<>();
              list.tools().stream()
                  .filter(ModelTool::isMcp)
                  .forEach(t -> models.put(t.name(), t.modelName()));
              assertThat(models).isEqualTo(resolved.modelToolNames());
              Set<String> modelNames = new HashSet<>();
              for (ModelTool t : list.tools()) {
                assertThat(modelNames.add(t.modelName())).as(t.modelName()).isTrue();
                assertThat(list.resolve(t.modelName())).contains(t);
                assertThat(list.withheld(t.name())).isEmpty();
              }
              for (String tool : List.of("read", "write", "shell", "@git/git_push", "@db/drop")) {
                assertThat(list.resolve(tool).isPresent() || list.withheld(tool).isPresent())
                    .as(tool)
                    .isTrue();
              }
            });
  }

  static ServerTools listed(String server) {
    return ServerTools.listed(
        server,
        LISTS.getOrDefault(server, List.of()).stream()
            .map(
                t ->
                    new McpToolSpec(
                        t,
                        Optional.empty(),
                        JsonNodeFactory.instance.objectNode().put("type", "object")))
            .toList());
  }

  static Workspace workspace(Path root, Case c) {
    try {
      Files.createDirectories(root.resolve(".kiro/agents"));
      Files.createDirectories(root.resolve(".kiro/settings"));
      Files.writeString(
          root.resolve(".kiro/settings/mcp.json"),
          "{\"mcpServers\": {\"git\": {\"command\": \"g\""
              + (c.pushDisabled() ? ", \"disabledTools\": [\"git_push\"]" : "")
              + "}, \"db\": {\"command\": \"d\", \"disabled\": "
              + c.dbDisabled()
              + "}}}");
      StringBuilder tools = new StringBuilder();
      for (String t : c.tools()) {
        tools.append(tools.length() == 0 ? "" : ", ").append('"').append(t).append('"');
      }
      Files.writeString(
          root.resolve(".kiro/agents/dev.json"),
          "{\"name\": \"dev\", \"includeMcpJson\": true, \"tools\": [" + tools + "]}");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return Workspace.open(
        WorkspaceOptions.builder().root(root).userHome(root.resolve("home")).build());
  }
}
