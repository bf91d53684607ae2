package io.kiro4j.core.hook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ToolTypeMatcherProperties {

  @Provide
  Arbitrary<String> toolNames() {
    Arbitrary<String> plain =
        Arbitraries.strings().withChars("abcxyz_-").ofMinLength(1).ofMaxLength(8);
    Arbitrary<String> mcp = plain.map(s -> "@" + s + "/" + s);
    return Arbitraries.oneOf(plain, mcp);
  }

  @Provide
  Arbitrary<String> categories() {
    return Arbitraries.of(ToolUse.CATEGORIES);
  }

  @Property
  void starMatchesEveryTool(@ForAll("toolNames") String name) {
    assertThat(ToolTypeMatcher.of("*").matches(ToolUse.named(name))).isTrue();
  }

  @Property
  void plainNameMatchesExactlyThatTool(
      @ForAll("toolNames") String entry, @ForAll("toolNames") String name) {
    assertThat(ToolTypeMatcher.of(entry).matches(ToolUse.named(name)))
        .isEqualTo(entry.equals(name));
  }

  @Property
  void categoryMatchesEveryToolTheHostPutsInIt(
      @ForAll("categories") String category, @ForAll("toolNames") String name) {
    ToolUse tool = new ToolUse(name, Set.of(category), Optional.empty());
    assertThat(ToolTypeMatcher.of(category).matches(tool)).isTrue();
    assertThat(ToolTypeMatcher.of(category).matches(ToolUse.named(name))).isFalse();
  }

  @Property
  void trailingWildcardMatchesEveryNameWithThatPrefix(
      @ForAll("toolNames") String prefix, @ForAll("toolNames") String rest) {
    assertThat(ToolTypeMatcher.of(prefix + "*").matches(ToolUse.named(prefix + rest))).isTrue();
  }
}
