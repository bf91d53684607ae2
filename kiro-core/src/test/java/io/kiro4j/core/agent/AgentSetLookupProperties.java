package io.kiro4j.core.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AgentSet#of}'s lazy lookups ({@code find}, {@code defaultAgent} before anything loads
 * every agent) give the agent that loading every file gives: same file, name, format, scope and
 * diagnostics — whatever names the files declare, by file name, in their text, through an escape,
 * in both scopes and formats, with keyboard shortcuts, broken files and {@code chat.defaultAgent}.
 */
class AgentSetLookupProperties {

  @TempDir Path tmp;

  private static final List<String> NAMES = List.of("dev", "ops", "a", "kiro_default", "x.y");

  /** One agent file: where, its file name, its text. */
  record AgentFile(boolean global, String fileName, String text) {}

  /** The agent files, the chat.defaultAgent setting (or none) and the name asked for. */
  record Layout(List<AgentFile> files, Optional<String> defaultSetting, String asked) {}

  private static Gen<String> name() {
    return s -> s.draw(8) == 0 ? "nope" : NAMES.get(s.draw(NAMES.size()));
  }

  private static Gen<AgentFile> file() {
    return s -> {
      String stem = name().generate(s);
      String declared = name().generate(s);
      boolean md = s.draw(3) == 0;
      String text;
      if (md) {
        switch (s.draw(6)) {
          case 4:
            text = "---\nname: " + declared + "\nkeyboardShortcut: ctrl+shift+a\n---\nbody";
            break;
          case 5:
            // YAML only: a \x escape, and an escaped line break joining the name's two halves.
            text =
                "---\nname: \""
                    + String.format("\\x%02x", (int) declared.charAt(0))
                    + declared.substring(1, 1 + declared.length() / 2)
                    + "\\\n    "
                    + declared.substring(1 + declared.length() / 2)
                    + "\"\n---\nbody";
            break;
          case 0:
            text = "no front matter: a prompt file mentioning " + declared;
            break;
          case 1:
            text = "---\ndescription: d\n---\nbody";
            break;
          case 2:
            text = "---\nname: \"" + escapeFirst(declared) + "\"\n---\nbody";
            break;
          default:
            text = "---\nname: " + declared + "\n---\nbody";
            break;
        }
      } else {
        switch (s.draw(7)) {
          case 0:
            text = "{}";
            break;
          case 1:
            text = "{\"name\": ";
            break;
          case 2:
            text = "{\"name\": 5}";
            break;
          case 3:
            text = "{\"name\": \"" + escapeFirst(declared) + "\"}";
            break;
          case 4:
            text = "{\"name\": \"" + declared + "\", \"keyboardShortcut\": \"ctrl+shift+a\"}";
            break;
          case 5:
            text = "{\"description\": \"not " + declared + "\"}";
            break;
          default:
            text = "{\"name\": \"" + declared + "\", \"tools\": [\"read\"]}";
            break;
        }
      }
      return new AgentFile(s.draw(3) == 0, stem + (md ? ".md" : ".json"), text);
    };
  }

  /** The name with its first letter written as a JSON / YAML double-quoted escape. */
  private static String escapeFirst(String name) {
    return String.format("\\u%04x", (int) name.charAt(0)) + name.substring(1);
  }

  private static Gen<Layout> layouts() {
    return s -> {
      List<AgentFile> files = new ArrayList<>();
      int n = s.draw(6);
      for (int i = 0; i < n; i++) {
        files.add(file().generate(s));
      }
      Optional<String> setting =
          s.draw(3) == 0 ? Optional.empty() : Optional.of(name().generate(s));
      return new Layout(files, setting, name().generate(s));
    };
  }

  private final AtomicInteger tries = new AtomicInteger();

  private AgentFixtures write(Layout layout) {
    AgentFixtures fx = new AgentFixtures(tmp.resolve("t" + tries.incrementAndGet()));
    for (AgentFile f : layout.files()) {
      if (f.global()) {
        fx.globalAgent(f.fileName(), f.text());
      } else {
        fx.agent(f.fileName(), f.text());
      }
    }
    layout
        .defaultSetting()
        .ifPresent(
            d ->
                fx.write(
                    fx.home.resolve(".kiro/settings/cli.json"),
                    "{\"chat.defaultAgent\": \"" + d + "\"}"));
    return fx;
  }

  private static String describe(Optional<Agent> agent) {
    return agent.map(AgentSetLookupProperties::describe).orElse("none");
  }

  private static String describe(Agent a) {
    return a.name()
        + " "
        + a.format()
        + " "
        + a.scope()
        + " "
        + a.path().map(Path::toString).orElse("-")
        + " "
        + a.diagnostics();
  }

  @Test
  void aLookupBeforeTheFullLoadFindsTheAgentTheFullLoadFinds() {
    Property.forAll(layouts())
        .tries(300)
        .check(
            layout -> {
              AgentFixtures fx = write(layout);
              Workspace lazy = fx.open();
              Optional<Agent> found = AgentSet.of(lazy).find(layout.asked());
              Optional<Agent> expected = AgentSet.load(fx.open()).find(layout.asked());
              assertThat(describe(found)).isEqualTo(describe(expected));
              // The same set answers the same once it has loaded everything.
              assertThat(AgentSet.of(lazy).agents()).isNotEmpty();
              assertThat(describe(AgentSet.of(lazy).find(layout.asked())))
                  .isEqualTo(describe(expected));
            });
  }

  @Test
  void theDefaultAgentBeforeTheFullLoadIsTheFullLoadsDefaultAgent() {
    Property.forAll(layouts())
        .tries(300)
        .check(
            layout -> {
              AgentFixtures fx = write(layout);
              Agent lazy = AgentSet.of(fx.open()).defaultAgent();
              Agent expected = AgentSet.load(fx.open()).defaultAgent();
              assertThat(describe(lazy)).isEqualTo(describe(expected));
            });
  }

  @Test
  void aShortcutOfAnAgentOverriddenByAFileWithoutOneIsNoConflict() {
    // dev and the global ops share a shortcut, but the workspace's ops (no shortcut, no "dev" in
    // its text) overrides the global one: no conflict, as with every file read.
    Layout layout =
        new Layout(
            List.of(
                new AgentFile(
                    false,
                    "dev.json",
                    "{\"name\": \"dev\", \"keyboardShortcut\": \"ctrl+shift+a\"}"),
                new AgentFile(
                    true,
                    "ops.json",
                    "{\"name\": \"ops\", \"keyboardShortcut\": \"ctrl+shift+a\"}"),
                new AgentFile(false, "ops.json", "{\"description\": \"d\"}")),
            Optional.of("dev"),
            "dev");
    AgentFixtures fx = write(layout);
    Agent expected = AgentSet.load(fx.open()).find("dev").orElseThrow();
    assertThat(expected.diagnostics()).isEmpty();
    assertThat(describe(AgentSet.of(fx.open()).find("dev"))).isEqualTo(describe(expected));
    assertThat(describe(AgentSet.of(fx.open()).defaultAgent())).isEqualTo(describe(expected));
  }
}
