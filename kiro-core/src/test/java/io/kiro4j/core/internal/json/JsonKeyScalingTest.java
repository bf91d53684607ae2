package io.kiro4j.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.agent.AgentSet;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Key handling is linear (issue 13, item 5): finding the position of a member, an array element or
 * a column costs the same whatever the size of its object, array or line. A hostile agent file with
 * 200,000 keys used to take minutes (every SCHEMA-002 looked its key up among all its siblings and
 * counted code points from the start of a minified line). The bound is generous on purpose: it
 * catches quadratic behaviour, not a slow machine.
 */
class JsonKeyScalingTest {

  private static final int KEYS = 200_000;
  private static final Duration BOUND = Duration.ofSeconds(20);

  @TempDir Path tmp;

  /** {@code {"name": "big", "k0": 0, "k1": 1, ...}}, one line or one key per line. */
  static String agentWithKeys(int keys, boolean oneLine) {
    StringBuilder json = new StringBuilder(keys * 16).append("{\"name\": \"big\"");
    for (int i = 0; i < keys; i++) {
      json.append(oneLine ? ", " : ",\n  ").append("\"k").append(i).append("\": ").append(i);
    }
    return json.append("}").toString();
  }

  private Agent load(String json) throws Exception {
    Path root = Files.createTempDirectory(tmp, "ws");
    Files.createDirectories(root.resolve(".kiro/agents"));
    Files.writeString(root.resolve(".kiro/agents/big.json"), json);
    Workspace ws =
        Workspace.open(WorkspaceOptions.builder().root(root).userHome(tmp.resolve("home")).build());
    return AgentSet.of(ws).find("big").orElseThrow();
  }

  @Test
  void anAgentFileWith200000UnknownKeysLoadsInLinearTime() throws Exception {
    String json = agentWithKeys(KEYS, false);
    Agent agent = assertTimeoutPreemptively(BOUND, () -> load(json));
    // Every key is an unknown top-level key (SCHEMA-002); the collector keeps the first 10,000.
    assertThat(agent.diagnostics()).hasSizeGreaterThan(10_000);
    assertThat(agent.diagnostics().get(0).code()).isEqualTo("SCHEMA-002");
    assertThat(agent.diagnostics().get(0).line()).isEqualTo(2);
  }

  @Test
  void aMinifiedAgentFileWith200000KeysOnOneLineLoadsInLinearTime() throws Exception {
    String json = agentWithKeys(KEYS, true);
    Agent agent = assertTimeoutPreemptively(BOUND, () -> load(json));
    assertThat(agent.diagnostics().get(0).code()).isEqualTo("SCHEMA-002");
    assertThat(agent.diagnostics().get(0).column()).isEqualTo(17);
  }

  @Test
  void everyMemberOfA200000KeyObjectIsFoundInLinearTime() {
    String json = agentWithKeys(KEYS, true);
    JsonDocument doc =
        JsonLoader.strict().parse(json, Path.of("big.json")).document().orElseThrow();
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int i = 0; i < KEYS; i += 1) {
            doc.keyPosition("/k" + i);
          }
        });
    // "{"name": "big", " is 16 characters; then each member is "\"kN\": N, ".
    assertThat(doc.keyPosition("/k0")).isEqualTo(new JsonPosition(1, 17));
    assertThat(doc.position("/k1").column()).isEqualTo(17 + "\"k0\": 0, ".length() + 6);
  }

  @Test
  void everyElementOfA200000ElementArrayIsFoundInLinearTime() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < KEYS; i++) {
      json.append(i == 0 ? "" : ",").append('\n').append(i);
    }
    JsonDocument doc =
        JsonLoader.strict()
            .parse(json.append("]").toString(), Path.of("a.json"))
            .document()
            .orElseThrow();
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          for (int i = 0; i < KEYS; i++) {
            assertThat(doc.position("/" + i).line()).isEqualTo(i + 2);
          }
        });
  }

  @Test
  void theLaterOfDuplicateKeysIsFoundInALargeObject() {
    StringBuilder json = new StringBuilder("{\"dup\": 1");
    for (int i = 0; i < 20; i++) {
      json.append(", \"k").append(i).append("\": ").append(i);
    }
    json.append(", \"dup\": 2}");
    JsonDocument doc =
        JsonLoader.strict().parse(json.toString(), Path.of("d.json")).document().orElseThrow();
    assertThat(doc.position("/dup").column()).isEqualTo(json.length() - 1);
  }

  @Test
  void columnsCountCodePointsOnALongLineWithSurrogatePairs() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 1000; i++) {
      json.append(i == 0 ? "" : ",").append("\"\uD83D\uDE00é\"");
    }
    String text = json.append("]").toString();
    LineIndex index = new LineIndex(text);
    for (int offset = 0; offset <= text.length(); offset += 7) {
      assertThat(index.at(offset).column()).isEqualTo(text.codePointCount(0, offset) + 1);
    }
    // An offset between the two halves of a pair counts the high half alone, as codePointCount.
    assertThat(index.at(3).column()).isEqualTo(text.codePointCount(0, 3) + 1);
  }
}
