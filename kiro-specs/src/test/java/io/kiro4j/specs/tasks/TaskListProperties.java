package io.kiro4j.specs.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.specs.source.SourceLine;
import io.kiro4j.specs.source.SourceLines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Lossless parsing and writing of generated tasks.md documents. */
class TaskListProperties {

  @Property
  void parseThenWriteIsTheIdentity(@ForAll("documents") String text) {
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
  }

  @Property(tries = 150)
  void writingUnchangedStatesToDiskLeavesEveryByte(@ForAll("documents") String text)
      throws IOException {
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
  }

  @Property
  void settingAStateThenReadingGivesThatStateAndChangesExactlyOneLine(
      @ForAll("documents") String text, @ForAll("indexes") int pick, @ForAll TaskState state) {
    TaskList l = TaskList.parse(Path.of("tasks.md"), text);
    if (l.tasks().isEmpty()) {
      return;
    }
    Task t = l.tasks().get(pick % l.tasks().size());
    TaskList after = l.withState(t, state);
    TaskList reread = TaskList.parse(Path.of("tasks.md"), after.text());
    assertThat(reread.tasks()).hasSameSizeAs(l.tasks());
    // The fast path (no re-parse) gives exactly what parsing the new text gives.
    assertThat(after.tasks()).isEqualTo(reread.tasks());
    assertThat(after.diagnostics()).containsExactlyInAnyOrderElementsOf(reread.diagnostics());
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
  }

  @Provide
  Arbitrary<Integer> indexes() {
    return Arbitraries.integers().between(0, 1000);
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> eol = Arbitraries.of("\n", "\r\n", "\r", "\n", "\n");
    Arbitrary<String> line =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, taskLine()),
            net.jqwik.api.Tuple.of(3, detailLine()),
            net.jqwik.api.Tuple.of(2, Arbitraries.of("", "  ", "\t")),
            net.jqwik.api.Tuple.of(
                1, Arbitraries.of("# Implementation Plan", "## Tasks", "Intro text")),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("```", "```md", "~~~")));
    Arbitrary<String> withEol = Combinators.combine(line, eol).as((l, e) -> l + e);
    return Combinators.combine(
            withEol.list().ofMaxSize(25),
            Arbitraries.of(true, false, false, false),
            Arbitraries.of(true, true, false),
            line)
        .as(
            (lines, bom, endsWithEol, last) -> {
              StringBuilder b = new StringBuilder(bom ? "\uFEFF" : "");
              lines.forEach(b::append);
              if (!endsWithEol) {
                b.append(last);
              }
              return b.toString();
            });
  }

  private static Arbitrary<String> title() {
    Arbitrary<String> plain =
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('é', '漢', '\t', 'ß')
            .ofMaxLength(24);
    return Combinators.combine(plain, Arbitraries.of("", "", " 🚀", "  ", " _Requirements: 1.1_"))
        .as((p, s) -> p + s);
  }

  private static Arbitrary<String> taskLine() {
    Arbitrary<String> indent = Arbitraries.of("", "", "  ", "    ", "\t");
    Arbitrary<String> box = Arbitraries.of("[ ]", "[x]", "[-]", "[X]", "[ ]*", "[x]*");
    Arbitrary<String> id =
        Arbitraries.of("", "1. ", "2. ", "1.1 ", "1.2 ", "2.1 ", "1.1.1 ", "3 ", "10.4 ");
    Arbitrary<String> marker = Arbitraries.of("-", "-", "*", "+");
    return Combinators.combine(indent, marker, box, id, title())
        .as((i, m, b, d, t) -> i + m + " " + b + " " + d + t);
  }

  private static Arbitrary<String> detailLine() {
    Arbitrary<String> indent = Arbitraries.of("  ", "    ", "\t");
    return Combinators.combine(indent, title()).as((i, t) -> i + "- " + t);
  }
}
