package io.kiro4j.core.steering;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class FileMatchPatternsProperties {

  static Gen<List<String>> globs() {
    Gen<String> glob =
        Gen.of("*.ts", "**/*.tsx", "src/**", "a/{b,c}/*.md", "[ab]*.py", "docs/*.md", "x?y");
    return glob.list().ofMinSize(1).ofMaxSize(5);
  }

  @Test
  void aCommaJoinedListSplitsBackIntoItsGlobs() {
    Property.forAll(globs())
        .check(
            globs -> {
              FileMatchPatterns.Split split = FileMatchPatterns.split(String.join(",", globs));
              assertThat(split.globs()).isEqualTo(globs);
              assertThat(split.commaJoined()).isEqualTo(globs.size() > 1);
            });
  }

  @Test
  void aPipeJoinedListSplitsBackIntoItsGlobs() {
    Property.forAll(globs())
        .check(
            globs -> {
              FileMatchPatterns.Split split = FileMatchPatterns.split(String.join("|", globs));
              assertThat(split.globs()).isEqualTo(globs);
              assertThat(split.pipeAlternation()).isEqualTo(globs.size() > 1);
            });
  }

  @Test
  void aSingleGlobIsReadUnchanged() {
    Property.forAll(globs())
        .check(
            globs -> {
              FileMatchPatterns.Split split = FileMatchPatterns.split(globs.get(0));
              assertThat(split.globs()).containsExactly(globs.get(0));
              assertThat(split.commaJoined() || split.pipeAlternation()).isFalse();
            });
  }
}
