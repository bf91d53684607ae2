package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.DisplayPath;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.PathExclusion;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lints a whole workspace: every diagnostic of every Kiro file, with each root's {@link LintConfig
 * .kiro4j.yaml} and the inline suppressions of Markdown files applied. kiro-core's files are always
 * linted; kiro-skills and kiro-specs add theirs as {@link LintContributor} services.
 *
 * <pre>{@code
 * Linter linter = Linter.discover(Thread.currentThread().getContextClassLoader());
 * LintReport report = linter.lint(Kiro.open(Path.of(".")));
 * report.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>In order, for each diagnostic: a file matched by the owning root's {@code ignore:} is dropped;
 * a code the config turns {@code off} is dropped; a {@code suppress:} entry or a {@code
 * kiro4j-disable} comment covering it drops it (and counts as used); otherwise a level set in
 * {@code rules:} replaces its severity. Suppressions that drop nothing are reported ({@code
 * LINT-004}, info). Files outside every root ({@code ~/.kiro}) follow the first root's rules.
 * Ignored files are not even read: the contributors see the workspace without them.
 *
 * <p>Each contributor's work is split in {@link LintSection sections}; {@link #start} gives a
 * {@link LintSession} that an editor integration {@link LintSession#update updates} with the files
 * that changed, redoing only the sections they affect, with the same result as a full lint.
 *
 * <p>Immutable and thread-safe; each {@link #lint} call works on its own state.
 *
 * @since 0.2
 */
public final class Linter {

  private final List<LintContributor> contributors;
  private final Set<String> knownCodes;
  private final List<CodeInfo> rules;
  private final List<LintSection> sections;

  private Linter(List<LintContributor> contributors) {
    this.contributors = List.copyOf(contributors);
    List<LintSection> all = new ArrayList<>();
    for (LintContributor c : this.contributors) {
      all.addAll(c.sections());
    }
    this.sections = List.copyOf(all);
    Map<String, CodeInfo> byId = new TreeMap<>();
    for (LintContributor c : this.contributors) {
      for (DiagnosticCode code : c.codes()) {
        byId.putIfAbsent(code.id(), code.info());
      }
    }
    this.rules = List.copyOf(byId.values());
    this.knownCodes = Set.copyOf(byId.keySet());
  }

  /**
   * kiro-core's contributor plus every {@link LintContributor} service visible to {@code loader}.
   */
  public static Linter discover(ClassLoader loader) {
    List<LintContributor> all = new ArrayList<>();
    all.add(new CoreLintContributor());
    for (LintContributor c : ServiceLoader.load(LintContributor.class, loader)) {
      all.add(c);
    }
    return new Linter(all);
  }

  /** kiro-core's contributor only. */
  public static Linter core() {
    return new Linter(List.of(new CoreLintContributor()));
  }

  /** This linter plus {@code contributor}. */
  public Linter with(LintContributor contributor) {
    List<LintContributor> all = new ArrayList<>(contributors);
    all.add(contributor);
    return new Linter(all);
  }

  /** Every rule (code) this linter's contributors can report, sorted by id. */
  public List<CodeInfo> rules() {
    return rules;
  }

  /** The rule with this id, if there is one. */
  public Optional<CodeInfo> rule(String id) {
    for (CodeInfo r : rules) {
      if (r.id().equals(id)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /** The configuration of each root of {@code workspace}, in root order. */
  public List<LintConfig> configs(Workspace workspace) {
    List<LintConfig> out = new ArrayList<>();
    for (WorkspaceRoot r : workspace.roots()) {
      out.add(LintConfig.load(r.path(), knownCodes));
    }
    return List.copyOf(out);
  }

  /**
   * Lints {@code workspace}. Files matched by a root's {@code ignore:} globs are neither read nor
   * reported: the contributors see the workspace with them {@link WorkspaceOptions.Builder#exclude
   * excluded}.
   */
  public LintReport lint(Workspace workspace) {
    return start(workspace).report();
  }

  /**
   * Lints {@code workspace} as {@link #lint} does, keeping each {@link LintSection section}'s
   * diagnostics so that a later {@link LintSession#update} redoes only what changed files affect.
   *
   * <pre>{@code
   * LintSession session = linter.start(Kiro.open(options));
   * // the user edits a steering file in the editor:
   * session = session.update(Kiro.open(options.toBuilder().overlay(open).build()), Set.of(file));
   * session.report().diagnostics();
   * }</pre>
   *
   * @since 0.2
   */
  public LintSession start(Workspace workspace) {
    return LintSession.start(this, workspace);
  }

  /** Every section of every contributor, in the report's order. */
  List<LintSection> sections() {
    return sections;
  }

  /**
   * Applies what {@link #lint} applies to the contributors' diagnostics — machine notes as infos,
   * the roots' {@code .kiro4j.yaml} (rule levels, ignores, path suppressions) and {@code
   * kiro4j-disable} comments — to diagnostics collected elsewhere.
   */
  public LintReport finish(Workspace workspace, Collection<Diagnostic> raw) {
    List<LintConfig> configs = configs(workspace);
    return finish(workspace, seen(workspace, configs), configs, raw);
  }

  /**
   * {@code raw}, finished: {@code seen} is {@code workspace} as the contributors saw it (ignored
   * files excluded), whose Markdown files are read for suppression comments.
   */
  LintReport finish(
      Workspace workspace, Workspace seen, List<LintConfig> configs, Collection<Diagnostic> raw) {
    return finish(workspace, seen, configs, raw, Map.of(), Map.of()).report();
  }

  /**
   * A finished report, with the suppression comments of each Markdown file read for it and how each
   * file was shown: what a later finish over the same folders may reuse.
   */
  record Finished(
      LintReport report,
      Map<Path, InlineSuppressions> comments,
      Map<Path, DisplayPath> displayPaths) {}

  /**
   * {@link #finish(Workspace, Workspace, List, Collection)}, taking the comments of the files in
   * {@code unchanged} from there instead of reading the files again, and the display paths of
   * {@code knownPaths} (same roots and home) instead of canonicalising the files again.
   */
  Finished finish(
      Workspace workspace,
      Workspace seen,
      List<LintConfig> configs,
      Collection<Diagnostic> raw,
      Map<Path, InlineSuppressions> unchanged,
      Map<Path, DisplayPath> knownPaths) {
    Run run = new Run(workspace, seen, configs, unchanged);
    run.displayPaths.putAll(knownPaths);
    LintReport report = run.apply(new LinkedHashSet<>(machineNotes(List.copyOf(raw))));
    return new Finished(report, Map.copyOf(run.inline), Map.copyOf(run.displayPaths));
  }

  /**
   * {@code workspace} without the files the roots' {@code ignore:} globs match, so that lint never
   * reads them (an ignored folder of generated files costs nothing); {@code workspace} itself when
   * nothing is ignored.
   */
  static Workspace seen(Workspace workspace, List<LintConfig> configs) {
    boolean ignoresNothing = true;
    for (LintConfig c : configs) {
      ignoresNothing &= c.ignore().isEmpty();
    }
    if (ignoresNothing) {
      return workspace;
    }
    return Workspace.open(
        workspace.options().toBuilder().exclude(new Ignored(workspace, configs)).build());
  }

  /** The files of each root that its configuration ignores; never a file of {@code ~/.kiro}. */
  private static final class Ignored implements PathExclusion {
    private final Path global;
    private final List<WorkspaceRoot> roots;
    private final List<LintConfig> configs;

    Ignored(Workspace workspace, List<LintConfig> configs) {
      this.global = workspace.globalKiroDir();
      this.roots = workspace.roots();
      this.configs = List.copyOf(configs);
    }

    @Override
    public boolean excludes(Path file) {
      return test(file, LintConfig::ignores);
    }

    @Override
    public boolean excludesAllBelow(Path folder) {
      return test(folder, LintConfig::ignoresAllBelow);
    }

    private boolean test(Path path, java.util.function.BiPredicate<LintConfig, String> ignored) {
      Path p = path.toAbsolutePath().normalize();
      if (p.startsWith(global)) {
        return false;
      }
      WorkspaceRoot best = null;
      for (WorkspaceRoot root : roots) {
        if (p.startsWith(root.path())
            && (best == null || root.path().getNameCount() > best.path().getNameCount())) {
          best = root;
        }
      }
      return best != null
          && !p.equals(best.path())
          && ignored.test(configs.get(best.index()), Workspace.slashes(best.path().relativize(p)));
    }
  }

  /**
   * An unset ({@code VAR-001}) or unapproved ({@code VAR-002}) {@code ${VAR}} describes the machine
   * lint runs on, not the file: the docs recommend exactly such references (docs L1899, L2039–2061)
   * and each user approves them in their own settings. Reported as infos.
   */
  private static List<Diagnostic> machineNotes(List<Diagnostic> all) {
    List<Diagnostic> out = new ArrayList<>(all.size());
    for (Diagnostic d : all) {
      boolean machine = d.code().equals("VAR-001") || d.code().equals("VAR-002");
      out.add(machine && !d.isError() ? d.withSeverity(Severity.INFO) : d);
    }
    return out;
  }

  /** The state of one lint call. */
  private final class Run {
    private final Workspace workspace;
    private final Workspace seen;
    private final List<LintConfig> configs;
    private final Map<Path, DisplayPath> displayPaths = new HashMap<>();
    private final Map<Path, InlineSuppressions> inline = new LinkedHashMap<>();
    private final Set<LintConfig.PathSuppression> usedPathSuppressions = new HashSet<>();
    private final Set<InlineSuppressions.Suppression> usedComments = new HashSet<>();
    private final Map<Path, InlineSuppressions> unchanged;

    Run(
        Workspace workspace,
        Workspace seen,
        List<LintConfig> configs,
        Map<Path, InlineSuppressions> unchanged) {
      this.workspace = workspace;
      this.seen = seen;
      this.unchanged = unchanged;
      this.configs = configs;
    }

    // Loops rather than lambdas or streams here and in what lint reaches: a fresh JVM links each
    // lambda through java.lang.invoke in the interpreter (benchmarks/README.md, "Cold start").
    LintReport apply(Set<Diagnostic> raw) {
      List<Diagnostic> out = new ArrayList<>();
      for (Diagnostic d : raw) {
        addFiltered(d, true, out);
      }
      // Suppression comments in Markdown files with no diagnostic must be seen too, to report
      // them unused.
      for (Path file : markdownFiles()) {
        inlineOf(file);
      }
      List<Diagnostic> own = new ArrayList<>();
      for (LintConfig c : configs) {
        own.addAll(c.diagnostics());
      }
      for (InlineSuppressions s : inline.values()) {
        own.addAll(s.diagnostics());
      }
      own.addAll(unused());
      for (Diagnostic d : own) {
        addFiltered(d, false, out);
      }
      return new LintReport(workspace, sorted(new LinkedHashSet<>(out)), rules);
    }

    private void addFiltered(Diagnostic d, boolean suppressible, List<Diagnostic> out) {
      Optional<Diagnostic> kept = filter(d, suppressible);
      if (kept.isPresent()) {
        out.add(kept.get());
      }
    }

    /** The diagnostic as reported, or empty when dropped. */
    private Optional<Diagnostic> filter(Diagnostic d, boolean suppressible) {
      DisplayPath dp = displayPath(d.path());
      LintConfig config =
          dp.root().isPresent() ? configs.get(dp.root().getAsInt()) : configs.get(0);
      boolean inRoot = dp.root().isPresent();
      if (inRoot && config.ignores(dp.path())) {
        return Optional.empty();
      }
      Optional<RuleLevel> level = config.rule(d.code());
      if (level.isPresent() && level.get() == RuleLevel.OFF) {
        return Optional.empty();
      }
      if (suppressible) {
        boolean suppressed = false;
        if (inRoot) {
          for (LintConfig.PathSuppression s : config.suppressions()) {
            if (s.codes().contains(d.code()) && s.glob().matches(dp.path())) {
              usedPathSuppressions.add(s);
              suppressed = true;
            }
          }
        }
        if (isMarkdown(d.path())) {
          List<InlineSuppressions.Suppression> comments = inlineOf(d.path()).covering(d);
          usedComments.addAll(comments);
          suppressed |= !comments.isEmpty();
        }
        if (suppressed) {
          return Optional.empty();
        }
      }
      Optional<Severity> severity =
          level.isPresent() ? level.get().severity() : Optional.<Severity>empty();
      return Optional.of(severity.isPresent() ? d.withSeverity(severity.get()) : d);
    }

    private List<Diagnostic> unused() {
      List<Diagnostic> out = new ArrayList<>();
      for (LintConfig config : configs) {
        for (LintConfig.PathSuppression s : config.suppressions()) {
          if (!usedPathSuppressions.contains(s)) {
            out.add(
                Diagnostic.of(
                    LintCode.UNUSED_SUPPRESSION,
                    config.file().orElseThrow(),
                    s.line(),
                    s.column(),
                    "suppress '"
                        + s.pattern()
                        + "' ("
                        + String.join(", ", s.codes().stream().sorted().toList())
                        + ") suppressed nothing"));
          }
        }
      }
      for (Map.Entry<Path, InlineSuppressions> comments : inline.entrySet()) {
        for (InlineSuppressions.Suppression s : comments.getValue().suppressions()) {
          if (!usedComments.contains(s)) {
            out.add(
                Diagnostic.of(
                    LintCode.UNUSED_SUPPRESSION,
                    comments.getKey(),
                    s.line,
                    s.column,
                    "kiro4j-disable"
                        + (s.target == 0 ? "" : "-next-line")
                        + " "
                        + s.code
                        + " suppressed nothing"));
          }
        }
      }
      return out;
    }

    private InlineSuppressions inlineOf(Path file) {
      InlineSuppressions found = inline.get(file);
      if (found == null) {
        found = unchanged.get(file);
      }
      if (found == null) {
        // Through the workspace: the editor's text of an open document, nothing of an ignored
        // file.
        Optional<String> text = seen.read(file, new Diagnostics());
        found =
            text.isPresent()
                ? InlineSuppressions.parse(text.get(), file, knownCodes)
                : InlineSuppressions.none();
      }
      inline.put(file, found);
      return found;
    }

    private List<Path> markdownFiles() {
      List<Path> out = new ArrayList<>();
      KiroArtifacts artifacts = KiroArtifacts.of(seen);
      for (ArtifactKind kind : ArtifactKind.values()) {
        for (KiroArtifacts.Artifact a : artifacts.files(kind)) {
          if (isMarkdown(a.path())) {
            out.add(a.path());
          }
        }
      }
      for (WorkspaceRoot root : workspace.roots()) {
        Path agents = root.path().resolve("AGENTS.md");
        if (!seen.options().exclusion().excludes(agents)
            && (seen.options().overlay().text(agents).isPresent() || TextFile.isPresent(agents))) {
          out.add(agents);
        }
      }
      return out;
    }

    private DisplayPath displayPath(Path file) {
      DisplayPath dp = displayPaths.get(file);
      if (dp == null) {
        dp = workspace.displayPath(file);
        displayPaths.put(file, dp);
      }
      return dp;
    }

    /** The contract's order: global files first, then by root, path, line, column, code. */
    private List<Diagnostic> sorted(Set<Diagnostic> diagnostics) {
      List<Diagnostic> out = new ArrayList<>(diagnostics);
      out.sort(
          new Comparator<>() {
            @Override
            public int compare(Diagnostic a, Diagnostic b) {
              DisplayPath pa = displayPath(a.path());
              DisplayPath pb = displayPath(b.path());
              int c = Integer.compare(pa.root().orElse(-1), pb.root().orElse(-1));
              if (c == 0) {
                c = pa.path().compareTo(pb.path());
              }
              if (c == 0) {
                c = Integer.compare(a.line(), b.line());
              }
              if (c == 0) {
                c = Integer.compare(a.column(), b.column());
              }
              return c != 0 ? c : a.code().compareTo(b.code());
            }
          });
      return List.copyOf(out);
    }
  }

  private static boolean isMarkdown(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md");
  }
}
