package io.kiro4j.core.ignore;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IgnoreProperties {

  // ------------------------------------------------------------------ generators

  private static final List<String> PIECES =
      List.of("a", "b", ".", "*", "?", "**", "[ab]", "/", "**/", "/**");

  static Gen<String> lines() {
    Gen<String> body =
        Gen.of(PIECES)
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(l -> String.join("", l))
            .filter(p -> !p.replaceFirst("/$", "").replaceFirst("^/", "").isEmpty());
    return Gen.oneOf(body, body.map(b -> "!" + b), body.map(b -> b + "/"));
  }

  static Gen<List<String>> files() {
    return lines().list().ofMinSize(1).ofMaxSize(5);
  }

  static Gen<String> paths() {
    return Gen.of("a", "b", "ab", "a.b", "ba")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(l -> String.join("/", l));
  }

  static Gen<String> folders() {
    return Gen.of("", "a", "b", "a/b", "ab");
  }

  private static IgnoreFile file(List<String> lines, String name) {
    return IgnoreFile.parse(String.join("\n", lines), Path.of(name));
  }

  // ------------------------------------------------------------------ laws

  @Test
  void everythingBelowAnIgnoredDirectoryIsIgnored() {
    Property.forAll(files(), paths(), paths(), Gen.booleans())
        .check(
            (lines, directory, below, belowIsDirectory) -> {
              IgnoreRules rules = IgnoreRules.builder().add("", file(lines, ".kiroignore")).build();
              if (rules.isIgnored(directory, true)) {
                assertThat(rules.isIgnored(directory + "/" + below, belowIsDirectory)).isTrue();
              }
            });
  }

  @Test
  void appendingAnExcludingLineNeverReIncludesAnything() {
    Property.forAll(files(), lines(), paths(), Gen.booleans())
        .check(
            (lines, extra, path, directory) -> {
              if (extra.startsWith("!")) {
                return;
              }
              List<String> more = new ArrayList<>(lines);
              more.add(extra);
              IgnoreRules before = IgnoreRules.builder().add("", file(lines, "x")).build();
              IgnoreRules after = IgnoreRules.builder().add("", file(more, "x")).build();
              if (before.isIgnored(path, directory)) {
                assertThat(after.isIgnored(path, directory)).isTrue();
              }
            });
  }

  @Test
  void onlyNegationsIgnoreNothing() {
    Property.forAll(files(), paths())
        .check(
            (lines, path) -> {
              List<String> negated =
                  lines.stream().map(l -> l.startsWith("!") ? l : "!" + l).toList();
              IgnoreRules rules = IgnoreRules.builder().add("", file(negated, "x")).build();
              assertThat(rules.isIgnored(path, false)).isFalse();
              assertThat(rules.isIgnored(path, true)).isFalse();
            });
  }

  @Test
  void explainIsPresentExactlyWhenIgnoredAndNamesAPrefixOfThePath() {
    Property.forAll(files(), paths(), Gen.booleans())
        .check(
            (lines, path, dir) -> {
              IgnoreRules rules = IgnoreRules.builder().add("", file(lines, "x")).build();
              var match = rules.explain(path, dir);
              assertThat(match.isPresent()).isEqualTo(rules.isIgnored(path, dir));
              match.ifPresent(
                  m -> {
                    assertThat(
                            path.equals(m.matchedPath()) || path.startsWith(m.matchedPath() + "/"))
                        .isTrue();
                    assertThat(m.rule().negated()).isFalse();
                  });
            });
  }

  /** The six parameters of the reference check (the harness takes at most four generators). */
  private record Setup(
      List<String> rootLines,
      String nestedFolder,
      List<String> nestedLines,
      List<String> globalLines,
      String path,
      boolean directory) {}

  static Gen<Setup> setups() {
    Gen<List<String>> files = files();
    Gen<String> folders = folders();
    Gen<String> paths = paths();
    Gen<Boolean> booleans = Gen.booleans();
    return s ->
        new Setup(
            files.generate(s),
            folders.generate(s),
            files.generate(s),
            files.generate(s),
            paths.generate(s),
            booleans.generate(s));
  }

  @Test
  void agreesWithAStraightforwardReferenceOfGitsAlgorithm() {
    Property.forAll(setups())
        .check(
            setup -> {
              List<String> rootLines = setup.rootLines();
              String nestedFolder = setup.nestedFolder();
              List<String> nestedLines = setup.nestedLines();
              List<String> globalLines = setup.globalLines();
              String path = setup.path();
              boolean directory = setup.directory();
              IgnoreRules rules =
                  IgnoreRules.builder()
                      .add(nestedFolder, file(nestedLines, "nested"))
                      .add("", file(rootLines, "root"))
                      .addGlobal(file(globalLines, "global"))
                      .build();
              Reference reference = new Reference();
              reference.add(nestedFolder, nestedLines);
              reference.add("", rootLines);
              reference.addGlobal(globalLines);
              assertThat(rules.isIgnored(path, directory))
                  .as(
                      "root=%s nested[%s]=%s global=%s path=%s",
                      rootLines, nestedFolder, nestedLines, globalLines, path)
                  .isEqualTo(reference.ignored(path, directory));
            });
  }

  // ------------------------------------------------------------------ reference

  /** Git's algorithm written out plainly, with java.util.regex for the patterns. */
  private static final class Reference {

    private record Line(Pattern regex, boolean negated, boolean dirOnly) {}

    private record Level(String folder, List<Line> lines) {}

    private final List<Level> levels = new ArrayList<>();
    private final List<Line> global = new ArrayList<>();

    void add(String folder, List<String> text) {
      for (Level level : levels) {
        if (level.folder().equals(folder)) {
          level.lines().addAll(parse(text));
          return;
        }
      }
      levels.add(new Level(folder, new ArrayList<>(parse(text))));
    }

    void addGlobal(List<String> text) {
      global.addAll(parse(text));
    }

    boolean ignored(String path, boolean directory) {
      int slash = path.lastIndexOf('/');
      if (slash > 0 && ignored(path.substring(0, slash), true)) {
        return true;
      }
      List<Level> ordered = new ArrayList<>(levels);
      ordered.sort((x, y) -> depth(y.folder()) - depth(x.folder()));
      ordered.add(new Level("", global));
      for (Level level : ordered) {
        String relative;
        if (level.folder().isEmpty()) {
          relative = path;
        } else if (path.startsWith(level.folder() + "/")) {
          relative = path.substring(level.folder().length() + 1);
        } else {
          continue;
        }
        for (int i = level.lines().size() - 1; i >= 0; i--) {
          Line line = level.lines().get(i);
          if ((directory || !line.dirOnly()) && line.regex().matcher(relative).matches()) {
            return !line.negated();
          }
        }
      }
      return false;
    }

    private static int depth(String folder) {
      return folder.isEmpty() ? 0 : folder.split("/").length;
    }

    private static List<Line> parse(List<String> text) {
      List<Line> lines = new ArrayList<>();
      for (String raw : text) {
        boolean negated = raw.startsWith("!");
        String p = negated ? raw.substring(1) : raw;
        boolean dirOnly = p.endsWith("/");
        if (dirOnly) {
          p = p.substring(0, p.length() - 1);
        }
        boolean anchored = p.contains("/");
        if (p.startsWith("/")) {
          p = p.substring(1);
        }
        lines.add(
            new Line(Pattern.compile((anchored ? "" : "(?:.*/)?") + regex(p)), negated, dirOnly));
      }
      return lines;
    }

    /** gitignore(5) "PATTERN FORMAT" for the generated alphabet. */
    private static String regex(String p) {
      StringBuilder re = new StringBuilder();
      String[] segments = p.split("/", -1);
      for (int s = 0; s < segments.length; s++) {
        String seg = segments[s];
        boolean last = s == segments.length - 1;
        if (seg.matches("\\*\\*+")) {
          re.append(last ? ".*" : "(?:.*/)?");
          continue;
        }
        for (int i = 0; i < seg.length(); i++) {
          char c = seg.charAt(i);
          if (c == '*') {
            re.append("[^/]*");
          } else if (c == '?') {
            re.append("[^/]");
          } else if (c == '[') {
            int end = seg.indexOf(']', i);
            re.append(seg, i, end + 1);
            i = end;
          } else {
            re.append(Pattern.quote(String.valueOf(c)));
          }
        }
        if (!last) {
          re.append('/');
        }
      }
      return re.toString();
    }
  }
}
