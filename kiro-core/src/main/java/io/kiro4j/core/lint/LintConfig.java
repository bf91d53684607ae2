package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.yaml.YamlParser;
import io.kiro4j.core.internal.yaml.YamlResult;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import io.kiro4j.core.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The lint settings of one workspace root, read from {@code <root>/.kiro4j.yaml}:
 *
 * <pre>{@code
 * rules:                      # a level per code: off, info, warning or error
 *   STEER-012: off
 *   SECRET-001: error
 * ignore:                     # files never read nor reported (workspace glob dialect, relative to the root)
 *   - "vendor/**"
 * suppress:                   # codes dropped for some files: the way to quiet JSON, which has no comments
 *   ".kiro/agents/legacy.json": [AGENT-003]
 * skills: kiro                # or skills-ref: the Agent Skills reference validator's rules
 * }</pre>
 *
 * Unknown keys ({@code LINT-001}), unknown codes ({@code LINT-002}) and values of the wrong shape
 * ({@code LINT-003}, {@code GLOB-} codes for bad globs) are diagnostics of the config file itself,
 * at their line and column; the rest of the file still applies. A missing file is {@link
 * #defaults()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class LintConfig {

  /** The file name read at each workspace root. */
  public static final String FILE_NAME = ".kiro4j.yaml";

  /**
   * Codes dropped for the files some globs match: one entry of {@code suppress:}.
   *
   * @param pattern the glob as written
   * @param glob the compiled glob (workspace dialect, relative to the root)
   * @param codes the codes it drops
   * @param line the line of the entry's key in the config file
   * @param column the column of the entry's key
   */
  public record PathSuppression(
      String pattern, Glob glob, Set<String> codes, int line, int column) {
    public PathSuppression {
      Objects.requireNonNull(pattern, "pattern");
      Objects.requireNonNull(glob, "glob");
      codes = Set.copyOf(codes);
    }
  }

  private static final Set<String> KEYS = Set.of("rules", "ignore", "suppress", "skills");

  private final Optional<Path> file;
  private final Map<String, RuleLevel> rules;
  private final List<Glob> ignore;
  private final List<Glob> ignoredFolders;
  private final List<PathSuppression> suppressions;
  private final SkillsProfile skills;
  private final List<Diagnostic> diagnostics;

  private LintConfig(
      Optional<Path> file,
      Map<String, RuleLevel> rules,
      List<Glob> ignore,
      List<PathSuppression> suppressions,
      SkillsProfile skills,
      List<Diagnostic> diagnostics) {
    this.file = file;
    this.rules = Map.copyOf(rules);
    this.ignore = List.copyOf(ignore);
    this.ignoredFolders = folders(this.ignore);
    this.suppressions = List.copyOf(suppressions);
    this.skills = skills;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** No file: every rule at its usual severity, nothing ignored, the Kiro skills profile. */
  public static LintConfig defaults() {
    return new LintConfig(
        Optional.empty(), Map.of(), List.of(), List.of(), SkillsProfile.KIRO, List.of());
  }

  /**
   * Reads {@code root/.kiro4j.yaml}, or {@link #defaults()} when there is none.
   *
   * @param root the workspace root
   * @param knownCodes every code a rule of this build reports; others are {@code LINT-002}
   */
  public static LintConfig load(Path root, Set<String> knownCodes) {
    Path path = root.resolve(FILE_NAME);
    Diagnostics diagnostics = new Diagnostics();
    Optional<TextFile> text = TextFile.readIfPresent(path, diagnostics);
    if (text.isEmpty()) {
      return diagnostics.isEmpty()
          ? defaults()
          : new LintConfig(
              Optional.of(path),
              Map.of(),
              List.of(),
              List.of(),
              SkillsProfile.KIRO,
              diagnostics.toList());
    }
    return parse(text.get().text(), path, knownCodes);
  }

  /** Parses the text of a config file at {@code path} (used in diagnostics only). */
  public static LintConfig parse(String text, Path path, Set<String> knownCodes) {
    return new Reader(path, knownCodes).read(text);
  }

  /** The config file read, if there was one. */
  public Optional<Path> file() {
    return file;
  }

  /** The level set for each code that {@code rules:} names. */
  public Map<String, RuleLevel> rules() {
    return rules;
  }

  /** The level set for {@code code}, if {@code rules:} names it. */
  public Optional<RuleLevel> rule(String code) {
    return Optional.ofNullable(rules.get(code));
  }

  /** The {@code ignore:} globs. */
  public List<Glob> ignore() {
    return ignore;
  }

  /** True when {@code relativePath} (to the root, {@code /}-separated) is ignored. */
  public boolean ignores(String relativePath) {
    for (Glob g : ignore) {
      if (g.matches(relativePath)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when every path below the folder {@code relativePath} (to the root, {@code /}-separated)
   * is ignored: an ignore glob {@code P/**} whose {@code P} matches it or a folder above it. Lint
   * does not enter such a folder.
   *
   * @since 0.2
   */
  public boolean ignoresAllBelow(String relativePath) {
    if (ignoredFolders.isEmpty()) {
      return false;
    }
    // The folder itself or any folder above it: a/b/c is below a when a is ignored whole.
    for (int end = relativePath.indexOf('/'); ; end = relativePath.indexOf('/', end + 1)) {
      String folder = end < 0 ? relativePath : relativePath.substring(0, end);
      for (Glob g : ignoredFolders) {
        if (g.matches(folder)) {
          return true;
        }
      }
      if (end < 0) {
        return false;
      }
    }
  }

  /** The {@code P} of each ignore glob {@code P/**}: what matches P matches P/anything. */
  private static List<Glob> folders(List<Glob> ignore) {
    List<Glob> out = new ArrayList<>();
    for (Glob g : ignore) {
      String p = g.pattern();
      if (p.endsWith("/**") && p.length() > 3) {
        try {
          out.add(Glob.compile(p.substring(0, p.length() - 3), g.dialect(), g.options()));
        } catch (GlobSyntaxException e) {
          // The folder cannot be skipped as a whole; its files are still asked about one by one.
        }
      }
    }
    return List.copyOf(out);
  }

  /** The {@code suppress:} entries, in file order. */
  public List<PathSuppression> suppressions() {
    return suppressions;
  }

  /** The {@code skills:} profile. */
  public SkillsProfile skills() {
    return skills;
  }

  /** Problems of the config file itself. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Reads one file; collects what it can and reports the rest. */
  private static final class Reader {
    private final Path path;
    private final Set<String> knownCodes;
    private final Diagnostics diagnostics = new Diagnostics();
    private final Map<String, RuleLevel> rules = new LinkedHashMap<>();
    private final List<Glob> ignore = new ArrayList<>();
    private final List<PathSuppression> suppressions = new ArrayList<>();
    private SkillsProfile skills = SkillsProfile.KIRO;

    Reader(Path path, Set<String> knownCodes) {
      this.path = path;
      this.knownCodes = knownCodes;
    }

    LintConfig read(String text) {
      YamlResult yaml = YamlParser.parse(text, path, 1, YamlProfile.LENIENT);
      diagnostics.addAll(yaml.diagnostics());
      if (yaml.root().isPresent()) {
        YamlNode root = yaml.root().get();
        Optional<YamlMapping> map = root.asMapping();
        if (map.isEmpty()) {
          invalid(root, "the file must be a mapping of rules, ignore, suppress and skills");
        } else {
          map.get().entries().forEach(this::topLevel);
        }
      }
      return new LintConfig(
          Optional.of(path), rules, ignore, suppressions, skills, diagnostics.toList());
    }

    private void topLevel(YamlMapping.Entry e) {
      String key = e.key().value();
      switch (key) {
        case "rules" -> rules(e.value());
        case "ignore" -> ignore(e.value());
        case "suppress" -> suppress(e.value());
        case "skills" -> skills(e.value());
        default ->
            diagnostics.add(
                LintCode.UNKNOWN_KEY,
                path,
                e.key().line(),
                e.key().column(),
                "unknown key '"
                    + key
                    + "' in "
                    + FILE_NAME
                    + " (known: "
                    + String.join(", ", sortedKeys())
                    + ")");
      }
    }

    private static List<String> sortedKeys() {
      return KEYS.stream().sorted().toList();
    }

    private void rules(YamlNode node) {
      Optional<YamlMapping> map = node.asMapping();
      if (map.isEmpty()) {
        invalid(node, "rules must be a mapping of CODE: off|info|warning|error");
        return;
      }
      for (YamlMapping.Entry e : map.get().entries()) {
        String code = e.key().value();
        if (!known(code, e.key())) {
          continue;
        }
        Optional<RuleLevel> level =
            e.value().asScalar().map(YamlScalar::value).flatMap(RuleLevel::parse);
        if (level.isEmpty()) {
          invalid(e.value(), "the level of " + code + " must be off, info, warning or error");
        } else {
          rules.put(code, level.get());
        }
      }
    }

    private void ignore(YamlNode node) {
      for (YamlScalar s : strings(node, "ignore must be a list of path globs")) {
        glob(s).ifPresent(ignore::add);
      }
    }

    private void suppress(YamlNode node) {
      Optional<YamlMapping> map = node.asMapping();
      if (map.isEmpty()) {
        invalid(node, "suppress must be a mapping of path glob: [CODE, ...]");
        return;
      }
      for (YamlMapping.Entry e : map.get().entries()) {
        Optional<Glob> glob = glob(e.key());
        Set<String> codes = new LinkedHashSet<>();
        for (YamlScalar s : strings(e.value(), "the codes of a suppress entry must be a list")) {
          if (known(s.value(), s)) {
            codes.add(s.value());
          }
        }
        if (glob.isPresent() && !codes.isEmpty()) {
          suppressions.add(
              new PathSuppression(
                  e.key().value(), glob.get(), codes, e.key().line(), e.key().column()));
        }
      }
    }

    private void skills(YamlNode node) {
      Optional<SkillsProfile> profile =
          node.asScalar().map(YamlScalar::value).flatMap(SkillsProfile::parse);
      if (profile.isEmpty()) {
        invalid(node, "skills must be kiro or skills-ref");
      } else {
        skills = profile.get();
      }
    }

    /** A scalar or a list of scalars; anything else is reported. */
    private List<YamlScalar> strings(YamlNode node, String shape) {
      if (node instanceof YamlScalar s && !s.isNull()) {
        return List.of(s);
      }
      List<YamlScalar> out = new ArrayList<>();
      if (node.asSequence().isEmpty()) {
        invalid(node, shape);
        return out;
      }
      for (YamlNode item : node.asSequence().get().items()) {
        if (item instanceof YamlScalar s && !s.isNull()) {
          out.add(s);
        } else {
          invalid(item, shape);
        }
      }
      return out;
    }

    private Optional<Glob> glob(YamlScalar s) {
      try {
        Glob glob = Glob.compile(s.value(), GlobDialect.WORKSPACE_FILE);
        glob.regexLookalikeDiagnostic(path, s.line(), s.column()).ifPresent(diagnostics::add);
        return Optional.of(glob);
      } catch (GlobSyntaxException e) {
        diagnostics.add(e.toDiagnostic(path, s.line(), s.column()));
        return Optional.empty();
      }
    }

    private boolean known(String code, YamlScalar at) {
      if (knownCodes.contains(code)) {
        return true;
      }
      diagnostics.add(
          LintCode.UNKNOWN_CODE,
          path,
          at.line(),
          at.column(),
          "'" + code + "' is not a kiro4j rule code (kiro4j explain lists none by that name)");
      return false;
    }

    private void invalid(YamlNode node, String message) {
      diagnostics.add(LintCode.INVALID_VALUE, path, node.line(), node.column(), message);
    }
  }
}
