package io.kiro4j.benchmarks;

import io.kiro4j.core.json.edit.JsonEdit;
import io.kiro4j.core.json.edit.JsonFile;
import io.kiro4j.core.json.edit.JsonText;
import io.kiro4j.core.write.AtomicFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.node.BooleanNode;

/**
 * Issue 20's measure: one member of a 1 MB {@code mcp.json} (about 4,000 servers) edited in
 * process, ≤ 5 ms. {@code toggleOneServer} is the whole in-memory edit: parse the text, set {@code
 * /mcpServers/server2000/disabled}, print, parse again and verify the tree. {@code writeOneServer}
 * adds the file: snapshot read, edit, atomic replace (without fsync, which measures the disk, not
 * kiro4j).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar JsonEdit}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonEditBenchmark {

  private static final JsonEdit EDIT =
      JsonEdit.set("/mcpServers/server2000/disabled", BooleanNode.TRUE);

  private String text;
  private Path dir;
  private Path file;
  private final AtomicFileWriter writer = AtomicFileWriter.builder().fsync(false).build();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    StringBuilder json = new StringBuilder(1 << 20).append("{\n  \"mcpServers\": {");
    for (int i = 0; json.length() < 1_000_000; i++) {
      json.append(i == 0 ? "\n" : ",\n")
          .append("    \"server")
          .append(i)
          .append("\": {\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@example/server-")
          .append(i)
          .append("\"],\n      \"env\": {\"TOKEN\": \"${TOKEN_")
          .append(i)
          .append("}\"},\n      \"disabled\": false,\n      \"autoApprove\": []\n    }");
    }
    text = json.append("\n  }\n}\n").toString();
    dir = Files.createTempDirectory("kiro4j-edit-bench");
    file = dir.resolve("mcp.json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(dir);
  }

  @Benchmark
  public String toggleOneServer() {
    return JsonText.parse(text, file).orElseThrow().apply(EDIT).orElseThrow().text();
  }

  @Benchmark
  public boolean writeOneServer() throws IOException {
    JsonFile json = JsonFile.open(file);
    JsonText original = json.content().orElseThrow();
    JsonText edited =
        original
            .apply(
                JsonEdit.set(
                    "/mcpServers/server2000/disabled",
                    BooleanNode.valueOf(
                        !original.root().at("/mcpServers/server2000/disabled").asBoolean())))
            .orElseThrow();
    return json.write(edited, writer);
  }
}
