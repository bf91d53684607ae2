package io.kiro4j.core.steering;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FileMatchPatternsProperties {

  @Provide
  Arbitrary<List<String>> globs() {
    Arbitrary<String> glob =
        Arbitraries.of(
            "*.ts", "**/*.tsx", "src/**", "a/{b,c}/*.md", "[ab]*.py", "docs/*.md", "x?y");
    return glob.list().ofMinSize(1).ofMaxSize(5);
  }

  @Property
  void aCommaJoinedListSplitsBackIntoItsGlobs(@ForAll("globs") List<String> globs) {
    FileMatchPatterns.Split split = FileMatchPatterns.split(String.join(",", globs));
    assertThat(split.globs()).isEqualTo(globs);
    assertThat(split.commaJoined()).isEqualTo(globs.size() > 1);
  }

  @Property
  void aPipeJoinedListSplitsBackIntoItsGlobs(@ForAll("globs") List<String> globs) {
    FileMatchPatterns.Split split = FileMatchPatterns.split(String.join("|", globs));
    assertThat(split.globs()).isEqualTo(globs);
    assertThat(split.pipeAlternation()).isEqualTo(globs.size() > 1);
  }

  @Property
  void aSingleGlobIsReadUnchanged(@ForAll("globs") List<String> globs) {
    FileMatchPatterns.Split split = FileMatchPatterns.split(globs.get(0));
    assertThat(split.globs()).containsExactly(globs.get(0));
    assertThat(split.commaJoined() || split.pipeAlternation()).isFalse();
  }
}
