package io.kiro4j.core.hook;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ToolTypeMatcherProperties {

  static Gen<String> toolNames() {
    Gen<String> plain = Gen.strings().withChars("abcxyz_-").ofMinLength(1).ofMaxLength(8);
    Gen<String> mcp = plain.map(s -> "@" + s + "/" + s);
    return Gen.oneOf(plain, mcp);
  }

  /** Sorted: a Set.of iterates in a different order in every JVM, and a seed must replay. */
  static Gen<String> categories() {
    return Gen.of(ToolUse.CATEGORIES.stream().sorted().toList());
  }

  @Test
  void starMatchesEveryTool() {
    Property.forAll(toolNames())
        .check(name -> assertThat(ToolTypeMatcher.of("*").matches(ToolUse.named(name))).isTrue());
  }

  @Test
  void plainNameMatchesExactlyThatTool() {
    Property.forAll(toolNames(), toolNames())
        .check(
            (entry, name) ->
                assertThat(ToolTypeMatcher.of(entry).matches(ToolUse.named(name)))
                    .isEqualTo(entry.equals(name)));
  }

  @Test
  void categoryMatchesEveryToolTheHostPutsInIt() {
    Property.forAll(categories(), toolNames())
        .check(
            (category, name) -> {
              ToolUse tool = new ToolUse(name, Set.of(category), Optional.empty());
              assertThat(ToolTypeMatcher.of(category).matches(tool)).isTrue();
              assertThat(ToolTypeMatcher.of(category).matches(ToolUse.named(name))).isFalse();
            });
  }

  @Test
  void trailingWildcardMatchesEveryNameWithThatPrefix() {
    Property.forAll(toolNames(), toolNames())
        .check(
            (prefix, rest) ->
                assertThat(ToolTypeMatcher.of(prefix + "*").matches(ToolUse.named(prefix + rest)))
                    .isTrue());
  }
}
