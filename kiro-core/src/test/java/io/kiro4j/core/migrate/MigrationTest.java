package io.kiro4j.core.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.core.write.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Amazon Q Developer CLI's folders copied into Kiro's (docs L10910-10959). */
class MigrationTest {

  @TempDir Path tmp;

  private final AtomicFileWriter writer = AtomicFileWriter.builder().fsync(false).build();

  private Path ws(String path, String text) throws IOException {
    return write(tmp.resolve("ws").resolve(path), text);
  }

  private Path home(String path, String text) throws IOException {
    return write(tmp.resolve("home").resolve(path), text);
  }

  private static Path write(Path p, String text) throws IOException {
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }

  private Workspace open() throws IOException {
    return Kiro.open(
        WorkspaceOptions.builder()
            .root(Files.createDirectories(tmp.resolve("ws")))
            .userHome(Files.createDirectories(tmp.resolve("home")))
            .environment(Environment.empty())
            .build());
  }

  @Test // L10934-10944: every row of the table, project folder
  void everyKindOfTheProjectFolderGoesToItsKiroPlaceByteForByte() throws IOException {
    String mcp = "{\r\n  \"mcpServers\": { \"git\": {\"command\": \"uvx\"} } // kept\r\n}";
    ws(".amazonq/mcp.json", mcp);
    ws(".amazonq/cli-agents/reviewer.json", "{\"name\":\"reviewer\",\"tools\":[\"fs_read\"]}");
    ws(".amazonq/prompts/review.md", "Review this.\n");
    ws(".amazonq/rules/team/style.md", "# Style\n");
    List<Migration.Result> results = Migration.plan(open()).apply(writer);
    assertThat(results).extracting(Migration.Result::status).containsOnly(Migration.Status.WRITTEN);
    Path kiro = tmp.resolve("ws/.kiro");
    assertThat(Files.readString(kiro.resolve("settings/mcp.json"))).isEqualTo(mcp);
    assertThat(kiro.resolve("agents/reviewer.json")).exists();
    assertThat(kiro.resolve("prompts/review.md")).exists();
    assertThat(Files.readString(kiro.resolve("steering/team/style.md"))).isEqualTo("# Style\n");
    assertThat(tmp.resolve("ws/.amazonq/mcp.json")).exists(); // L10947: legacy never modified
  }

  @Test // L10914-10919: the user's ~/.aws/amazonq goes to ~/.kiro
  void theUsersFolderGoesToTheUsersKiroFolder() throws IOException {
    home(".aws/amazonq/cli-agents/old.json", "{\"name\":\"old\"}");
    home(".aws/amazonq/rules/a.md", "A\n");
    Migration.plan(open()).apply(writer);
    assertThat(tmp.resolve("home/.kiro/agents/old.json")).exists();
    assertThat(tmp.resolve("home/.kiro/steering/a.md")).hasContent("A");
  }

  @Test
  void aDryRunWritesNothing() throws IOException {
    ws(".amazonq/prompts/review.md", "x");
    Migration plan = Migration.plan(open());
    assertThat(plan.steps()).singleElement().isInstanceOf(MigrationStep.Copy.class);
    assertThat(tmp.resolve("ws/.kiro")).doesNotExist();
  }

  @Test
  void anExistingKiroFileIsNeverOverwritten() throws IOException {
    ws(".amazonq/rules/style.md", "legacy");
    ws(".kiro/steering/style.md", "kiro");
    Migration plan = Migration.plan(open());
    assertThat(plan.steps()).singleElement().isInstanceOf(MigrationStep.Skip.class);
    plan.apply(writer);
    assertThat(tmp.resolve("ws/.kiro/steering/style.md")).hasContent("kiro");
  }

  @Test
  void aFileThatAppearsAfterThePlanIsNotOverwritten() throws IOException {
    ws(".amazonq/rules/style.md", "legacy");
    Migration plan = Migration.plan(open());
    ws(".kiro/steering/style.md", "written meanwhile");
    assertThat(plan.apply(writer))
        .extracting(Migration.Result::status)
        .containsExactly(Migration.Status.FAILED);
    assertThat(tmp.resolve("ws/.kiro/steering/style.md")).hasContent("written meanwhile");
  }

  @Test // L10917: "If there are conflicts, skip copying those MCP servers"
  void anExistingMcpJsonGetsOnlyTheServersItLacks() throws IOException {
    ws(".amazonq/mcp.json", "{\"mcpServers\": {\"git\": {}, \"fetch\": {}}}");
    ws(".kiro/settings/mcp.json", "{\"mcpServers\": {\"git\": {\"command\": \"mine\"}}}");
    MigrationStep step = Migration.plan(open()).steps().get(0);
    assertThat(step).isInstanceOf(MigrationStep.MergeServers.class);
    MigrationStep.MergeServers m = (MigrationStep.MergeServers) step;
    assertThat(m.servers()).containsExactly("fetch");
    assertThat(m.conflicts()).containsExactly("git");
  }

  @Test // L10917, and every byte of the existing file kept
  void theMergeAddsTheMissingServersLosslessly() throws IOException {
    ws(".amazonq/mcp.json", "{\"mcpServers\": {\"git\": {}, \"fetch\": {\"command\": \"uvx\"}}}");
    String mine =
        "{\r\n  // mine\r\n  \"mcpServers\": {\r\n    \"git\": {\"command\": \"mine\"}\r\n  }\r\n}\r\n";
    Path target = ws(".kiro/settings/mcp.json", mine);
    List<Migration.Result> results = Migration.plan(open()).apply(writer);
    assertThat(results)
        .extracting(Migration.Result::status)
        .containsExactly(Migration.Status.WRITTEN);
    String after = Files.readString(target);
    assertThat(after)
        .startsWith(
            "{\r\n  // mine\r\n  \"mcpServers\": {\r\n    \"git\": {\"command\": \"mine\"},");
    assertThat(after).contains("\"fetch\"").contains("\"uvx\"").endsWith("}\r\n");
    assertThat(
            io.kiro4j.core.mcp.McpConfig.load(
                    open(), java.util.Optional.empty(), io.kiro4j.core.mcp.McpOptions.defaults())
                .servers())
        .extracting(io.kiro4j.core.mcp.McpServer::name)
        .containsExactly("fetch", "git");
  }

  @Test // a cloned repository must not get a private file copied into .kiro
  void aSymlinkOutOfTheProjectIsNotFollowed() throws IOException {
    Path secret = write(tmp.resolve("secret/id_rsa.md"), "PRIVATE");
    Files.createDirectories(tmp.resolve("ws/.amazonq/rules"));
    Files.createSymbolicLink(tmp.resolve("ws/.amazonq/rules/key.md"), secret);
    Migration plan = Migration.plan(open());
    assertThat(plan.steps()).singleElement().isInstanceOf(MigrationStep.Skip.class);
    plan.apply(writer);
    assertThat(tmp.resolve("ws/.kiro")).doesNotExist();
  }

  @Test
  void permissionsAreKept() throws IOException {
    Path f = ws(".amazonq/mcp.json", "{\"mcpServers\": {}}");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
    Migration.plan(open()).apply(writer);
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(tmp.resolve("ws/.kiro/settings/mcp.json"))))
        .isEqualTo("rw-------");
  }

  @Test
  void nonUtf8BytesAreCopiedAsTheyAre() throws IOException {
    Path f = tmp.resolve("ws/.amazonq/rules/latin1.md");
    Files.createDirectories(f.getParent());
    byte[] bytes = "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(f, bytes);
    Migration.plan(open()).apply(writer);
    assertThat(Files.readAllBytes(tmp.resolve("ws/.kiro/steering/latin1.md"))).isEqualTo(bytes);
  }
}
