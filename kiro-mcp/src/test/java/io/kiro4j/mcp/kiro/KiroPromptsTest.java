package io.kiro4j.mcp.kiro;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.context.AssembledContext;
import io.kiro4j.core.context.ContextAssembler;
import io.kiro4j.core.context.ContextKind;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.context.ContextRequest;
import io.kiro4j.core.context.McpPromptSource.Expansion;
import io.kiro4j.core.process.ProcessSpec;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.mcp.Peers;
import io.kiro4j.mcp.client.McpClient;
import io.kiro4j.mcp.client.McpClientOptions;
import io.kiro4j.mcp.transport.stdio.StdioTransport;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * MCP prompts with positional arguments, against the real server-everything (docs L10520–10536).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KiroPromptsTest {

  private McpClient client;
  private KiroPrompts prompts;

  @BeforeAll
  void connect() {
    client =
        McpClient.connect(
            StdioTransport.of(
                ProcessSpec.builder(Peers.everythingStdio()).name("everything").build()),
            McpClientOptions.builder().clientInfo("kiro4j-test", "1.0").build());
    prompts = KiroPrompts.of(Map.of("everything", client));
  }

  @AfterAll
  void close() {
    if (client != null) {
      client.close();
    }
  }

  @Test
  void positionalArgumentsFillTheDeclaredArgumentsInOrder() {
    Expansion e = prompts.expand(Optional.of("everything"), "args-prompt", List.of("Paris"));
    assertThat(e).isInstanceOf(Expansion.Expanded.class);
    assertThat(((Expansion.Expanded) e).text()).contains("Paris");
    assertThat(((Expansion.Expanded) e).server()).isEqualTo("everything");
  }

  @Test
  void moreArgumentsThanDeclaredOrAMissingRequiredOneAreRejected() {
    assertThat(prompts.expand(Optional.of("everything"), "simple-prompt", List.of("x")))
        .isInstanceOf(Expansion.Rejected.class);
    Expansion missing = prompts.expand(Optional.of("everything"), "args-prompt", List.of());
    assertThat(missing).isInstanceOf(Expansion.Rejected.class);
    assertThat(((Expansion.Rejected) missing).message()).contains("missing required argument");
  }

  @Test
  void unknownPromptsAndServersAreNotFoundOrRejected() {
    assertThat(prompts.expand(Optional.empty(), "no-such-prompt", List.of()))
        .isInstanceOf(Expansion.NotFound.class);
    assertThat(prompts.expand(Optional.of("ghost"), "simple-prompt", List.of()))
        .isInstanceOf(Expansion.Rejected.class);
    assertThat(prompts.expand(Optional.empty(), "simple-prompt", List.of()))
        .isInstanceOf(Expansion.Expanded.class);
  }

  @Test
  void anMcpPromptIsExpandedIntoTheTurnsContext(@TempDir Path tmp) {
    ContextAssembler assembler =
        ContextAssembler.coreOnly(
                Kiro.open(
                    WorkspaceOptions.builder()
                        .root(tmp)
                        .userHome(tmp.resolve("home"))
                        .environment(Environment.empty())
                        .build()))
            .mcpPrompts(prompts);
    AssembledContext ctx =
        assembler.assemble(
            ContextRequest.builder()
                .mode(ContextMode.CLI)
                .prompt("@everything/args-prompt \"New York\"")
                .build());
    assertThat(ctx.items()).hasSize(1);
    assertThat(ctx.items().get(0).kind()).isEqualTo(ContextKind.PROMPT);
    assertThat(ctx.items().get(0).source()).isEqualTo("mcp:everything/args-prompt");
    assertThat(ctx.items().get(0).text()).contains("New York");
  }
}
