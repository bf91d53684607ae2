package io.kiro4j.specs.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.specs.source.SourceLine;
import io.kiro4j.specs.source.SourceLines;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Lossless parsing and writing of generated tasks.md documents. */
class TaskListProperties {

  @Test
  void parseThenWriteIsTheIdentity() {
    Property.forAll(documents())
        .check(
            text -> {
              TaskList l = TaskList.parse(Path.of("tasks.md"), text);
              assertThat(l.text()).isEqualTo(text);
              Map<Task, TaskState> same = new HashMap<>();
              l.tasks().forEach(t -> same.put(t, t.state()));
              assertThat(l.withStates(same).text()).isEqualTo(text);
              StringBuilder rebuilt = new StringBuilder(text.startsWith("\uFEFF") ? "\uFEFF" : "");
              for (SourceLine line : SourceLines.of(text).lines()) {
                rebuilt.append(text, line.start(), line.terminatorEnd());
              }
              assertThat(rebuilt.toString()).isEqualTo(text);
            });
  }

  @Test
  void writingUnchangedStatesToDiskLeavesEveryByte() {
    Property.forAll(documents())
        .tries(150)
        .check(
            text -> {
              Path dir = Files.createTempDirectory("kiro4j-tasks");
              try {
                Path p = dir.resolve("tasks.md");
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                Files.write(p, bytes);
                TaskList l = TaskList.load(p);
                TaskWriter w = TaskWriter.builder().fsync(false).build();
                for (Task t : l.tasks()) {
                  l = w.set(l, l.tasks().get(t.index()), t.state());
                }
                assertThat(Files.readAllBytes(p)).isEqualTo(bytes);
              } finally {
                try (var files = Files.list(dir)) {
                  for (Path f : files.toList()) {
                    Files.delete(f);
                  }
                }
                Files.delete(dir);
              }
            });
  }

  @Test
  void settingAStateThenReadingGivesThatStateAndChangesExactlyOneLine() {
    Property.forAll(documents(), indexes(), Gen.enums(TaskState.class))
        .check(
            (text, pick, state) -> {
              TaskList l = TaskList.parse(Path.of("tasks.md"), text);
              // A document without tasks has nothing to set: the try does not count.
              Property.assume(!l.tasks().isEmpty());
              Task t = l.tasks().get(pick % l.tasks().size());
              TaskList after = l.withState(t, state);
              TaskList reread = TaskList.parse(Path.of("tasks.md"), after.text());
              assertThat(reread.tasks()).hasSameSizeAs(l.tasks());
              // The fast path (no re-parse) gives exactly what parsing the new text gives.
              assertThat(after.tasks()).isEqualTo(reread.tasks());
              assertThat(after.diagnostics())
                  .containsExactlyInAnyOrderElementsOf(reread.diagnostics());
              assertThat(reread.tasks().get(t.index()).state()).isEqualTo(state);
              for (Task other : l.tasks()) {
                Task o = reread.tasks().get(other.index());
                assertThat(o.key()).isEqualTo(other.key());
                if (other.index() != t.index()) {
                  assertThat(o.state()).isEqualTo(other.state());
                }
              }
              List<SourceLine> before = SourceLines.of(text).lines();
              List<SourceLine> now = SourceLines.of(after.text()).lines();
              assertThat(now).hasSameSizeAs(before);
              int changed = 0;
              for (int i = 0; i < before.size(); i++) {
                if (!before.get(i).text().equals(now.get(i).text())) {
                  changed++;
                  assertThat(i + 1).isEqualTo(t.line());
                }
              }
              assertThat(changed).isEqualTo(t.state() == state ? 0 : 1);
              for (int i = 0; i < text.length(); i++) {
                if (i != t.boxOffset()) {
                  assertThat(after.text().charAt(i)).isEqualTo(text.charAt(i));
                }
              }
            });
  }

  static Gen<Integer> indexes() {
    return Gen.ints(0, 1000);
  }

  static Gen<String> documents() {
    Gen<String> eol = Gen.of("\n", "\r\n", "\r", "\n", "\n");
    Gen<String> line =
        frequencyOf(
            List.of(6, 3, 2, 1, 1),
            List.of(
                taskLine(),
                detailLine(),
                Gen.of("", "  ", "\t"),
                Gen.of("# Implementation Plan", "## Tasks", "Intro text"),
                Gen.of("```", "```md", "~~~")));
    Gen<String> withEol = Gen.combine(line, eol, (l, e) -> l + e);
    Gen<List<String>> lines = withEol.list().ofMaxSize(25);
    Gen<Boolean> bom = Gen.of(true, false, false, false);
    Gen<Boolean> endsWithEol = Gen.of(true, true, false);
    return s -> {
      List<String> ls = lines.generate(s);
      boolean withBom = bom.generate(s);
      boolean ends = endsWithEol.generate(s);
      String last = line.generate(s);
      StringBuilder b = new StringBuilder(withBom ? "\uFEFF" : "");
      ls.forEach(b::append);
      if (!ends) {
        b.append(last);
      }
      return b.toString();
    };
  }

  /** {@code gens.get(i)} with weight {@code weights.get(i)}; shrinks towards the first. */
  static <T> Gen<T> frequencyOf(List<Integer> weights, List<Gen<T>> gens) {
    int total = weights.stream().mapToInt(Integer::intValue).sum();
    return s -> {
      long r = s.draw(total);
      for (int i = 0; ; i++) {
        if (r < weights.get(i)) {
          return gens.get(i).generate(s);
        }
        r -= weights.get(i);
      }
    };
  }

  private static Gen<String> title() {
    Gen<String> plain =
        Gen.strings().withCharRange(' ', '~').withChars('é', '漢', '\t', 'ß').ofMaxLength(24);
    return Gen.combine(plain, Gen.of("", "", " 🚀", "  ", " _Requirements: 1.1_"), (p, s) -> p + s);
  }

  private static Gen<String> taskLine() {
    Gen<String> indent = Gen.of("", "", "  ", "    ", "\t");
    Gen<String> box = Gen.of("[ ]", "[x]", "[-]", "[X]", "[ ]*", "[x]*");
    Gen<String> id = Gen.of("", "1. ", "2. ", "1.1 ", "1.2 ", "2.1 ", "1.1.1 ", "3 ", "10.4 ");
    Gen<String> marker = Gen.of("-", "-", "*", "+");
    Gen<String> title = title();
    return s ->
        indent.generate(s)
            + marker.generate(s)
            + " "
            + box.generate(s)
            + " "
            + id.generate(s)
            + title.generate(s);
  }

  private static Gen<String> detailLine() {
    Gen<String> indent = Gen.of("  ", "    ", "\t");
    return Gen.combine(indent, title(), (i, t) -> i + "- " + t);
  }
}
