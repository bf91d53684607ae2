package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.path.CaseSensitivity;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Engine options: case sensitivity of path rules. */
class PermissionOptionsTest {

  static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void insensitiveEngineDeniesCaseFlippedPathsUnderDeniedRoots(@TempDir Path tmp)
      throws IOException {
    Path root = tmp.toRealPath().resolve("app");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"),
        """
        {"name": "dev", "tools": ["read", "write"],
         "toolsSettings": {
           "read": {"deniedPaths": ["secrets"]},
           "write": {"allowedPaths": ["src"], "deniedPaths": ["src/generated"]}}}
        """);
    Workspace ws =
        Workspace.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
    Agent dev = AgentSet.of(ws).find("dev").orElseThrow();
    PermissionOptions insensitive =
        PermissionOptions.builder().caseSensitivity(CaseSensitivity.INSENSITIVE).build();
    PermissionEngine e = PermissionEngine.of(dev, ws, root, SessionTrust.none(), insensitive);
    assertThat(e.ignoresCase()).isTrue();
    assertThat(
            e.evaluate(
                    "read",
                    JSON.readTree(
                        "{\"operations\": [{\"mode\": \"Line\", \"path\": \"SECRETS/k\"}]}"))
                .label())
        .isEqualTo("deny");
    assertThat(
            e.evaluate(
                    "write",
                    JSON.readTree("{\"command\": \"create\", \"path\": \"Src/Generated/x.ts\"}"))
                .label())
        .isEqualTo("deny");
    assertThat(
            e.evaluate(
                    "write", JSON.readTree("{\"command\": \"create\", \"path\": \"SRC/app.ts\"}"))
                .label())
        .isEqualTo("allow");
    // The option survives a new session trust.
    assertThat(e.withSessionTrust(SessionTrust.none().trustAllTools()).ignoresCase()).isTrue();
    PermissionEngine sensitive =
        PermissionEngine.of(
            dev,
            ws,
            root,
            SessionTrust.none(),
            PermissionOptions.builder().caseSensitivity(CaseSensitivity.SENSITIVE).build());
    assertThat(
            sensitive
                .evaluate(
                    "write",
                    JSON.readTree("{\"command\": \"create\", \"path\": \"Src/Generated/x.ts\"}"))
                .label())
        .isEqualTo("ask");
  }

  @Test
  void defaultOptionsProbeTheWorkspaceRoot(@TempDir Path tmp) throws IOException {
    Path root = tmp.toRealPath().resolve("App");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(
        root.resolve(".kiro/agents/dev.json"), "{\"name\": \"dev\", \"tools\": [\"read\"]}");
    Workspace ws =
        Workspace.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
    PermissionEngine e =
        PermissionEngine.of(
            AgentSet.of(ws).find("dev").orElseThrow(), ws, root, SessionTrust.none());
    assertThat(PermissionOptions.defaults().caseSensitivity()).isEqualTo(CaseSensitivity.AUTO);
    assertThat(e.ignoresCase()).isEqualTo(CaseSensitivity.AUTO.ignoresCase(root));
  }
}
