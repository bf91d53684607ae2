package io.kiro4j.specs.requirements;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.specs.source.Heading;
import io.kiro4j.specs.source.SourceLine;
import io.kiro4j.specs.source.SourceLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A bugfix spec's {@code bugfix.md} (written by Kiro instead of requirements.md when {@code
 * .config.kiro} says {@code "specType": "bugfix"}): {@code ## Bug Analysis} with three sections of
 * numbered clauses.
 *
 * <pre>
 * ### Current Behavior (Defect)                     clauses 1.x: the defect, no SHALL needed
 * 1.1 WHEN ... THEN the system ...
 * ### Expected Behavior (Correct)                   clauses 2.x: SHALL
 * 2.1 WHEN ... THEN the system SHALL ...
 * ### Unchanged Behavior (Regression Prevention)    clauses 3.x: SHALL CONTINUE TO
 * 3.1 WHEN ... THEN the system SHALL CONTINUE TO ...
 * </pre>
 *
 * <p>Each section is a {@link Requirement} with id 1, 2 or 3, so tasks reference its clauses as
 * they reference criteria ({@code _Requirements: 2.1, 3.2_}). Only expected and unchanged behaviour
 * must be covered by tasks; the defect clauses may be referenced.
 *
 * <p>Immutable and thread-safe.
 */
public final class BugfixDocument {

  /** The three sections of a bugfix analysis. */
  public enum Section {
    /** {@code Current Behavior (Defect)}, clauses {@code 1.x}. */
    CURRENT("1"),
    /** {@code Expected Behavior (Correct)}, clauses {@code 2.x}. */
    EXPECTED("2"),
    /** {@code Unchanged Behavior (Regression Prevention)}, clauses {@code 3.x}. */
    UNCHANGED("3");

    private final String id;

    Section(String id) {
      this.id = id;
    }

    /** The requirement id of the section ({@code 1}, {@code 2}, {@code 3}). */
    public String id() {
      return id;
    }
  }

  private final Path path;
  private final Optional<String> title;
  private final String introduction;
  private final List<Requirement> sections;
  private final List<Diagnostic> diagnostics;

  private BugfixDocument(
      Path path,
      Optional<String> title,
      String introduction,
      List<Requirement> sections,
      List<Diagnostic> diagnostics) {
    this.path = path;
    this.title = title;
    this.introduction = introduction;
    this.sections = List.copyOf(sections);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Parses {@code text} as the content of {@code path}. */
  public static BugfixDocument parse(Path path, String text) {
    Objects.requireNonNull(path, "path");
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    Diagnostics diagnostics = new Diagnostics();
    Optional<String> title = Optional.empty();
    StringBuilder intro = new StringBuilder();
    List<RequirementsDocument.RequirementDraft> drafts = new ArrayList<>();
    RequirementsDocument.RequirementDraft current = null;
    boolean inIntro = false;
    for (SourceLine line : lines.lines()) {
      if (lines.isFenced(line.number())) {
        continue;
      }
      Optional<Heading> h = Heading.parse(line);
      if (h.isPresent()) {
        String t = h.get().title().toLowerCase(Locale.ROOT);
        Section s =
            t.startsWith("current behavio")
                ? Section.CURRENT
                : t.startsWith("expected behavio")
                    ? Section.EXPECTED
                    : t.startsWith("unchanged behavio") ? Section.UNCHANGED : null;
        if (s != null || h.get().level() <= 3) {
          current = null;
        }
        if (s != null) {
          current =
              new RequirementsDocument.RequirementDraft(
                  s.id(), h.get().title(), line, s != Section.CURRENT, s.id());
          drafts.add(current);
        } else if (current != null) {
          current.heading(h.get());
          continue;
        }
        if (h.get().level() == 1 && title.isEmpty()) {
          title = Optional.of(h.get().title());
        }
        if (h.get().level() <= 2) {
          inIntro = t.startsWith("introduction");
        }
        continue;
      }
      if (current != null) {
        current.line(line);
      } else if (inIntro && (!line.isBlank() || intro.length() > 0)) {
        intro.append(line.text().strip()).append('\n');
      }
    }
    List<Requirement> sections = RequirementsDocument.finishAll(drafts, path, diagnostics);
    if (noCriteria(sections)) {
      diagnostics.add(
          Diagnostic.ofFile(
              RequirementsCode.NO_REQUIREMENTS,
              path,
              "bugfix clauses not read: no Current/Expected/Unchanged Behavior section with"
                  + " numbered clauses was found, so no clause is traced"));
    }
    return new BugfixDocument(
        path, title, intro.toString().strip(), sections, diagnostics.toList());
  }

  /** True when no section has a clause (a loop, not a stream: on every lint's path). */
  private static boolean noCriteria(List<Requirement> sections) {
    for (Requirement r : sections) {
      if (!r.criteria().isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /** The level-1 heading, for example {@code Bugfix Requirements Document}. */
  public Optional<String> title() {
    return title;
  }

  /** The text of {@code ## Introduction}, empty when absent. */
  public String introduction() {
    return introduction;
  }

  /** The behaviour sections found, in document order, as requirements with ids 1, 2, 3. */
  public List<Requirement> sections() {
    return sections;
  }

  /** The section of kind {@code section}, if present. */
  public Optional<Requirement> section(Section section) {
    return sections.stream().filter(r -> r.id().equals(section.id())).findFirst();
  }

  /** Problems found while parsing. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
