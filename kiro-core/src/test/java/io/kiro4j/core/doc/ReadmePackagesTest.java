package io.kiro4j.core.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package table of {@code kiro-core/README.md} lists exactly the packages that exist. */
class ReadmePackagesTest {

  @Test
  void theReadmeTableNamesEveryPackageAndNoOther() throws IOException {
    Path base = Path.of("src/main/java/io/kiro4j/core");
    List<String> real;
    try (Stream<Path> dirs = Files.walk(base)) {
      real =
          dirs.filter(Files::isDirectory)
              .filter(d -> !d.equals(base))
              .filter(ReadmePackagesTest::hasJava)
              .map(d -> base.relativize(d).toString().replace('/', '.'))
              .sorted()
              .toList();
    }
    String readme = Files.readString(Path.of("README.md"));
    String table =
        readme.substring(
            readme.indexOf("## Packages"),
            readme.indexOf("\n## ", readme.indexOf("## Packages") + 1));
    Matcher m = Pattern.compile("(?m)^\\| `([a-z.]+)` \\|").matcher(table);
    List<String> listed = m.results().map(r -> r.group(1)).sorted().toList();
    assertThat(listed).isEqualTo(real);
  }

  private static boolean hasJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
