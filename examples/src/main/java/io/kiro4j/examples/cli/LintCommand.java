package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import io.kiro4j.core.lint.GithubAnnotations;
import io.kiro4j.core.lint.LintReport;
import io.kiro4j.core.lint.SarifLog;
import io.kiro4j.core.lint.fix.FixWriter;
import io.kiro4j.core.lint.fix.Fixes;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.write.AtomicFileWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j lint [DIR...]}: every diagnostic, as text, JSON, SARIF or GitHub annotations. */
@Command(
    name = "lint",
    mixinStandardHelpOptions = true,
    description = {
      "Report every problem kiro4j finds in the workspace, with each root's .kiro4j.yaml and the"
          + " kiro4j-disable comments applied.",
      "Text lines: <path>:<line>:<column>: <severity> <code> <message> for errors and warnings;"
          + " infos are summarised, one line per code: info <code> (<count>): <summary>"
          + " (--verbose lists each).",
      "Exit 0 when nothing reaches the severity threshold (default: error) and the warnings are"
          + " within --max-warnings, 1 otherwise, 2 on a usage error."
    })
final class LintCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    TEXT,
    JSON,
    SARIF,
    GITHUB
  }

  /** The lowest severity that fails the run. */
  enum Threshold {
    ERROR(Severity.ERROR),
    WARNING(Severity.WARNING),
    INFO(Severity.INFO);

    final Severity severity;

    Threshold(Severity severity) {
      this.severity = severity;
    }
  }

  @Mixin WorkspaceOptionsMixin options;

  @Parameters(paramLabel = "DIR", arity = "0..*", description = "Workspace roots (same as -w).")
  List<Path> roots = new ArrayList<>();

  @Option(
      names = {"-v", "--verbose"},
      description = "List every info diagnostic as its own line instead of a count per code.")
  boolean verbose;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "text (default), json (same as --json), sarif (SARIF 2.1.0 for code scanning) or github"
              + " (GitHub Actions annotations).")
  Format format;

  @Option(
      names = "--max-warnings",
      paramLabel = "N",
      description = "Exit 1 when more than N warnings are reported (default: no limit).")
  Integer maxWarnings;

  @Option(
      names = "--severity-threshold",
      paramLabel = "LEVEL",
      converter = ThresholdConverter.class,
      description =
          "error (default), warning or info: exit 1 when a diagnostic this severe or"
              + " worse is reported.")
  Threshold threshold = Threshold.ERROR;

  @Option(
      names = "--fix",
      description =
          "Apply the certain, lossless fixes (STEER-006, JSON-003 in agent files, LAYOUT-001),"
              + " list them on stderr, then report what is left.")
  boolean fix;

  @Option(
      names = "--dry-run",
      description = "With --fix: print the fixes as a unified diff and change nothing.")
  boolean dryRun;

  @Option(
      names = "--watch",
      description =
          "Lint, then lint again after every change below the roots and ~/.kiro, in one process"
              + " (text or JSON; a report per lint; Ctrl-C stops).")
  boolean watch;

  @Mixin CommandOutput output;

  @Override
  public Integer call() {
    Format chosen = format();
    if (maxWarnings != null && maxWarnings < 0) {
      throw new UsageException("--max-warnings must be 0 or more, got " + maxWarnings);
    }
    if (dryRun && !fix) {
      throw new UsageException("--dry-run goes with --fix");
    }
    if (watch) {
      return watch(chosen);
    }
    Workspace workspace = options.open(roots, null);
    LintReport report = WorkspaceReport.LINTER.lint(workspace);
    HumanOutput out = output.out();
    if (fix) {
      FixWriter writer =
          new FixWriter(
              Fixes.discover(LintCommand.class.getClassLoader()),
              AtomicFileWriter.defaults(),
              p -> workspace.displayPath(p).path());
      if (dryRun) {
        FixWriter.Result preview = writer.preview(report.diagnostics());
        if (!preview.diff().isEmpty()) {
          out.lines(preview.diff().stripTrailing());
        }
        out.flush();
        listFailures(workspace, preview);
        return Kiro4jCli.OK;
      }
      FixWriter.Result done = writer.write(report.diagnostics());
      HumanOutput err = output.err();
      for (FixWriter.Applied a : done.applied()) {
        err.println(
            "fixed " + JsonOutput.line(workspace, a.diagnostic()) + " (" + a.fix().title() + ")");
      }
      err.flush();
      listFailures(workspace, done);
      if (!done.applied().isEmpty()) {
        report = WorkspaceReport.LINTER.lint(options.open(roots, null));
      }
    }
    print(report, chosen, out, false);
    out.flush();
    return exitCode(report);
  }

  /** The report in the chosen format; a JSON document on one line when {@code oneLine}. */
  private void print(LintReport report, Format chosen, HumanOutput out, boolean oneLine) {
    switch (chosen) {
      case JSON -> {
        ObjectNode doc = JsonOutput.document();
        doc.set("diagnostics", JsonOutput.diagnostics(report.workspace(), report.diagnostics()));
        if (oneLine) {
          JsonOutput.printLine(out, doc);
        } else {
          JsonOutput.print(out, doc);
        }
      }
      case SARIF -> out.lines(SarifLog.write(report));
      case GITHUB -> GithubAnnotations.lines(report).forEach(out::println);
      case TEXT -> text(report, out);
    }
  }

  /**
   * Lints after every change until interrupted: each report on stdout, and on stderr a line saying
   * what it counted and that the watch goes on. Exit 0 when the watch ends (its reports are not a
   * verdict); the process usually ends by Ctrl-C.
   */
  private int watch(Format chosen) {
    if (fix) {
      throw new UsageException("--watch does not go with --fix");
    }
    if (chosen == Format.SARIF || chosen == Format.GITHUB) {
      throw new UsageException("--watch prints text or JSON reports");
    }
    HumanOutput out = output.out();
    HumanOutput err = output.err();
    try (LintWatch watching =
        new LintWatch(
            WorkspaceReport.LINTER,
            () -> options.open(roots, null),
            report -> {
              print(report, chosen, out, true);
              out.flush();
              err.println(
                  "kiro4j: "
                      + report.count(Severity.ERROR)
                      + " errors, "
                      + report.count(Severity.WARNING)
                      + " warnings, "
                      + report.count(Severity.INFO)
                      + " infos; watching for changes (Ctrl-C stops)");
              err.flush();
            },
            note -> {
              err.println("kiro4j: " + note);
              err.flush();
            },
            Duration.ofMillis(100))) {
      watching.run();
    } catch (IOException e) {
      err.println("kiro4j: cannot watch the workspace: " + e.getMessage());
      err.flush();
      return Kiro4jCli.USAGE;
    }
    return Kiro4jCli.OK;
  }

  private void listFailures(Workspace workspace, FixWriter.Result result) {
    HumanOutput err = output.err();
    for (FixWriter.Failure f : result.failures()) {
      err.println("not fixed " + workspace.displayPath(f.path()).path() + ": " + f.reason());
    }
    err.flush();
  }

  private Format format() {
    if (options.json && format != null && format != Format.JSON) {
      throw new UsageException(
          "--json and --format " + format.name().toLowerCase(Locale.ROOT) + " disagree");
    }
    return options.json ? Format.JSON : format == null ? Format.TEXT : format;
  }

  private void text(LintReport report, HumanOutput out) {
    Map<String, Integer> infos = new TreeMap<>();
    for (Diagnostic d : report.diagnostics()) {
      if (verbose || d.severity() != Severity.INFO) {
        out.println(JsonOutput.line(report.workspace(), d));
      } else {
        Integer seen = infos.get(d.code());
        infos.put(d.code(), seen == null ? 1 : seen + 1);
      }
    }
    // Loops, not lambdas, on lint's path: a fresh JVM links each lambda it reaches
    // (benchmarks/README.md, "Cold start").
    for (Map.Entry<String, Integer> e : infos.entrySet()) {
      Optional<CodeInfo> rule = WorkspaceReport.LINTER.rule(e.getKey());
      out.println(
          "info "
              + e.getKey()
              + " ("
              + e.getValue()
              + ")"
              + (rule.isPresent() ? ": " + rule.get().summary() : ""));
    }
  }

  /** 1 when a diagnostic reaches the threshold or the warnings exceed the limit. */
  int exitCode(LintReport report) {
    boolean failing = false;
    for (Diagnostic d : report.diagnostics()) {
      failing |= d.severity().compareTo(threshold.severity) <= 0;
    }
    boolean tooManyWarnings = maxWarnings != null && report.count(Severity.WARNING) > maxWarnings;
    return failing || tooManyWarnings ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  /** Reads a lower-case option value; the accepted ones are in the error message. */
  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      String name = e.name().toLowerCase(Locale.ROOT);
      if (name.equals(value)) {
        return e;
      }
      names.add(name);
    }
    throw new picocli.CommandLine.TypeConversionException(
        "expected one of " + String.join(", ", names) + ", got '" + value + "'");
  }

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return parse(Format.class, value);
    }
  }

  static final class ThresholdConverter implements picocli.CommandLine.ITypeConverter<Threshold> {
    @Override
    public Threshold convert(String value) {
      return parse(Threshold.class, value);
    }
  }
}
