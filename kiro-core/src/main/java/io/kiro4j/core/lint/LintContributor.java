package io.kiro4j.core.lint;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.DiagnosticCode;
import io.kiro4j.core.workspace.Workspace;
import java.util.List;

/**
 * One part of {@link Linter}'s work: the diagnostics of one family of Kiro files, and the codes it
 * may report.
 *
 * <p>This is the seam through which other modules extend lint without core importing them, the way
 * {@link io.kiro4j.core.resource.ResourceResolver} works: core lints its own files itself, and
 * kiro-skills (skills, powers) and kiro-specs (specs) provide contributors as {@link
 * java.util.ServiceLoader services} ({@code META-INF/services/io.kiro4j.core.lint.LintContributor}
 * and {@code provides} in their module descriptors).
 *
 * <p>Implementations must be thread-safe and must not throw for bad user files: problems are
 * diagnostics.
 *
 * @since 0.2
 */
public interface LintContributor {

  /** A short name for messages and ordering ties, for example {@code skills}. */
  String name();

  /** Every code this contributor can report (for the rule list, config checks and SARIF). */
  List<DiagnosticCode> codes();

  /**
   * The diagnostics of {@code workspace}'s files of this family, before any configuration is
   * applied. {@code config} is the primary root's configuration (for switches such as {@link
   * LintConfig#skills()}).
   */
  List<Diagnostic> diagnostics(Workspace workspace, LintConfig config);

  /**
   * The parts of {@link #diagnostics}, each with the kinds of files it depends on, in the order
   * their diagnostics are reported: what lets {@link LintSession} redo only what an edit affects.
   * Together they must find exactly what {@link #diagnostics} finds. The default is one section
   * depending on every file (redone on any change).
   *
   * @since 0.2
   */
  default List<LintSection> sections() {
    return List.of(LintSection.whole(name(), this::diagnostics));
  }
}
