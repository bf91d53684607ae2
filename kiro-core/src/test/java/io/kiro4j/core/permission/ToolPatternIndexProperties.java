package io.kiro4j.core.permission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whether a tool is allowed does not depend on the order of allowedTools; exact beats pattern. */
class ToolPatternIndexProperties {

  @Provide
  Arbitrary<List<String>> entries() {
    return Arbitraries.of(
            "read",
            "r*",
            "w?ite",
            "@git",
            "@git/status",
            "@git-*",
            "@*/status",
            "@fetch/get_*",
            "@builtin/shell",
            "@s/[ab]*",
            "@s/{x,y}",
            "shell",
            "@builtin")
        .list()
        .ofMaxSize(6);
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("read", "write", "shell", "aws", "rx", "wXite");
  }

  @Provide
  Arbitrary<String> servers() {
    return Arbitraries.of("git", "git-server", "fetch", "s", "other");
  }

  @Provide
  Arbitrary<String> tools() {
    return Arbitraries.of("status", "get_a", "a1", "x", "push");
  }

  @Property(tries = 500)
  void orderDoesNotChangeWhetherAToolIsAllowed(
      @ForAll("entries") List<String> entries,
      @ForAll("names") String name,
      @ForAll("servers") String server,
      @ForAll("tools") String tool,
      @ForAll long seed) {
    ToolPatternIndex a = ToolPatternIndex.compile(entries, new RuleOrigin("t", ""));
    List<String> shuffled = new ArrayList<>(entries);
    Collections.shuffle(shuffled, new Random(seed));
    ToolPatternIndex b = ToolPatternIndex.compile(shuffled, new RuleOrigin("t", ""));
    assertThat(b.matchBuiltin(name).isPresent()).isEqualTo(a.matchBuiltin(name).isPresent());
    assertThat(b.matchMcp(server, tool).isPresent())
        .isEqualTo(a.matchMcp(server, tool).isPresent());
  }

  @Property(tries = 500)
  void exactEntryIsReportedWheneverPresent(
      @ForAll("entries") List<String> entries, @ForAll("names") String name) {
    List<String> withExact = new ArrayList<>(entries);
    withExact.add(name);
    ToolPatternIndex i = ToolPatternIndex.compile(withExact, new RuleOrigin("t", ""));
    assertThat(i.matchBuiltin(name).orElseThrow().exact()).isTrue();
  }
}
