package io.kiro4j.specs.requirements;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.specs.source.Heading;
import io.kiro4j.specs.source.SourceLine;
import io.kiro4j.specs.source.SourceLines;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spec's {@code requirements.md}: title, introduction, glossary and numbered requirements with
 * user stories and EARS acceptance criteria (docs L382–409, L16999; real shapes in
 * skills-specs-real-world.md §2.5).
 *
 * <pre>{@code
 * RequirementsDocument req = RequirementsDocument.parse(path, text);
 * req.criterion("1.2").flatMap(AcceptanceCriterion::ears).map(EarsStatement::pattern);
 * }</pre>
 *
 * <p>Read: a level-1 title; {@code ## Introduction}; {@code ## Glossary} bullets {@code - **Term**:
 * definition}; headings {@code Requirement N} or {@code Requirement N: Title} at any level; {@code
 * **User Story:** As a ..., I want ..., so that ...}; numbered criteria {@code N. text}
 * (continuation lines are joined), whose id is {@code <requirement>.N}. Lint: no SHALL, several
 * SHALLs, not EARS, a requirement without criteria, duplicate ids.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequirementsDocument {

  static final Pattern REQUIREMENT =
      Pattern.compile("^(?i)requirement\\s+(\\d+(?:\\.\\d+)*)\\s*(?:[:.\\-–—]\\s*(.*))?$");
  static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[-*+]\\s+)?(\\d+)[.)]\\s+(.*)$");
  static final Pattern DOTTED = Pattern.compile("^\\s*(?:[-*+]\\s+)?(\\d+)\\.(\\d+)\\.?\\s+(.*)$");
  private static final Pattern STORY =
      Pattern.compile("^\\s*[-*]?\\s*\\**User Story:?\\**:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern STORY_PARTS =
      Pattern.compile(
          "(?i)^as an?\\s+(.*?),\\s*I want(?: to)?\\s+(.*?),?\\s+so that\\s+(.*?)\\.?$");
  private static final Pattern GLOSSARY =
      Pattern.compile(
          "^\\s*[-*]\\s+\\*\\*(.+?)\\*\\*\\s*:?\\s*(.*)$|^\\s*[-*]\\s+([^:*]+?):\\s+(.*)$");

  private final Path path;
  private final Optional<String> title;
  private final String introduction;
  private final List<GlossaryTerm> glossary;
  private final List<Requirement> requirements;
  private final List<Diagnostic> diagnostics;

  private RequirementsDocument(
      Path path,
      Optional<String> title,
      String introduction,
      List<GlossaryTerm> glossary,
      List<Requirement> requirements,
      List<Diagnostic> diagnostics) {
    this.path = path;
    this.title = title;
    this.introduction = introduction;
    this.glossary = List.copyOf(glossary);
    this.requirements = List.copyOf(requirements);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Parses {@code text} as the content of {@code path}. */
  public static RequirementsDocument parse(Path path, String text) {
    Objects.requireNonNull(path, "path");
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    Diagnostics diagnostics = new Diagnostics();
    Optional<String> title = Optional.empty();
    StringBuilder intro = new StringBuilder();
    List<GlossaryTerm> glossary = new ArrayList<>();
    List<Requirement> requirements = new ArrayList<>();
    String section = "";
    RequirementDraft current = null;
    for (SourceLine line : lines.lines()) {
      if (lines.isFenced(line.number())) {
        continue;
      }
      Optional<Heading> h = Heading.parse(line);
      if (h.isPresent()) {
        Matcher rm = REQUIREMENT.matcher(h.get().title());
        if (h.get().level() > 1 && rm.matches()) {
          if (current != null) {
            requirements.add(current.finish(path, diagnostics));
          }
          String t = rm.group(2) == null ? null : rm.group(2).strip();
          current = new RequirementDraft(rm.group(1), t == null || t.isEmpty() ? null : t, line);
          continue;
        }
        if (h.get().level() == 1 && title.isEmpty()) {
          title = Optional.of(h.get().title());
        }
        if (h.get().level() <= 2) {
          if (current != null) {
            requirements.add(current.finish(path, diagnostics));
            current = null;
          }
          section = h.get().title().toLowerCase(java.util.Locale.ROOT);
        }
        continue;
      }
      if (current != null) {
        current.line(line, path, diagnostics);
      } else if (section.startsWith("introduction")) {
        if (!line.isBlank() || intro.length() > 0) {
          intro.append(line.text().strip()).append('\n');
        }
      } else if (section.startsWith("glossary")) {
        Matcher g = GLOSSARY.matcher(line.text());
        if (g.matches()) {
          String term = g.group(1) != null ? g.group(1) : g.group(3);
          String def = g.group(1) != null ? g.group(2) : g.group(4);
          term = term.strip();
          if (term.endsWith(":")) {
            term = term.substring(0, term.length() - 1);
          }
          glossary.add(new GlossaryTerm(term, def.strip(), line.span()));
        }
      }
    }
    if (current != null) {
      requirements.add(current.finish(path, diagnostics));
    }
    Map<String, Requirement> seen = new HashMap<>();
    for (Requirement r : requirements) {
      Requirement first = seen.putIfAbsent(r.id(), r);
      if (first != null) {
        diagnostics.add(
            RequirementsCode.DUPLICATE_REQUIREMENT,
            path,
            r.span().line(),
            r.span().column(),
            "requirement " + r.id() + " is already defined on line " + first.span().line());
      }
    }
    if (requirements.isEmpty()) {
      diagnostics.add(
          Diagnostic.ofFile(
              RequirementsCode.NO_REQUIREMENTS, path, "no 'Requirement N' section found"));
    }
    return new RequirementsDocument(
        path, title, intro.toString().strip(), glossary, requirements, diagnostics.toList());
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /** The level-1 heading, for example {@code Requirements Document}. */
  public Optional<String> title() {
    return title;
  }

  /** The text of {@code ## Introduction}, empty when absent. */
  public String introduction() {
    return introduction;
  }

  /** The glossary terms in order. */
  public List<GlossaryTerm> glossary() {
    return glossary;
  }

  /** The requirements in document order. */
  public List<Requirement> requirements() {
    return requirements;
  }

  /** Problems found while parsing. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The criterion with id {@code id} ({@code 1.2}). */
  public Optional<AcceptanceCriterion> criterion(String id) {
    for (Requirement r : requirements) {
      for (AcceptanceCriterion c : r.criteria()) {
        if (c.id().equals(id)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** Collects one requirement's lines. */
  static final class RequirementDraft {
    final String id;
    final String title;
    final SourceLine heading;
    UserStory story;
    final List<CriterionDraft> criteria = new ArrayList<>();
    CriterionDraft open;
    final boolean requireShall;
    final String expectedPrefix;

    RequirementDraft(String id, String title, SourceLine heading) {
      this(id, title, heading, true, null);
    }

    RequirementDraft(
        String id, String title, SourceLine heading, boolean requireShall, String expectedPrefix) {
      this.id = id;
      this.title = title;
      this.heading = heading;
      this.requireShall = requireShall;
      this.expectedPrefix = expectedPrefix;
    }

    void line(SourceLine line, Path path, Diagnostics diagnostics) {
      String t = line.text();
      if (line.isBlank()) {
        open = null;
        return;
      }
      if (story == null && (t.contains("Story") || t.contains("story") || t.contains("STORY"))) {
        Matcher sm = STORY.matcher(t);
        if (sm.matches() && t.toLowerCase(java.util.Locale.ROOT).contains("user story")) {
          String text = sm.group(1).strip();
          Matcher parts = STORY_PARTS.matcher(text);
          story =
              parts.matches()
                  ? new UserStory(text, parts.group(1), parts.group(2), parts.group(3))
                  : new UserStory(text, "", "", "");
          open = null;
          return;
        }
      }
      if (!startsWithNumber(t)) {
        if (open != null && line.indent() > 0 && !t.strip().startsWith("#")) {
          open.text.append(' ').append(t.strip());
        } else {
          open = null;
        }
        return;
      }
      Matcher dm = DOTTED.matcher(t);
      if (dm.matches()) {
        if (expectedPrefix != null && !dm.group(1).equals(expectedPrefix)) {
          diagnostics.add(
              RequirementsCode.BUGFIX_ID_OUT_OF_SECTION,
              path,
              line.number(),
              line.indent() + 1,
              "clause " + dm.group(1) + "." + dm.group(2) + " is in the " + title + " section");
        }
        open = new CriterionDraft(dm.group(1) + "." + dm.group(2), dm.group(3), line);
        criteria.add(open);
        return;
      }
      Matcher nm = NUMBERED.matcher(t);
      if (nm.matches()) {
        open = new CriterionDraft(id + "." + nm.group(1), nm.group(2), line);
        criteria.add(open);
        return;
      }
      if (open != null && line.indent() > 0 && !t.strip().startsWith("#")) {
        open.text.append(' ').append(t.strip());
      } else {
        open = null;
      }
    }

    Requirement finish(Path path, Diagnostics diagnostics) {
      List<AcceptanceCriterion> out = new ArrayList<>();
      Map<String, CriterionDraft> seen = new HashMap<>();
      for (CriterionDraft c : criteria) {
        CriterionDraft first = seen.putIfAbsent(c.id, c);
        int col = c.line.indent() + 1;
        if (first != null) {
          diagnostics.add(
              RequirementsCode.DUPLICATE_CRITERION,
              path,
              c.line.number(),
              col,
              "criterion " + c.id + " is already defined on line " + first.line.number());
        }
        String text = c.text.toString().strip();
        Optional<EarsStatement> ears =
            EarsParser.parse(text, requireShall, path, c.line.number(), col, c.id, diagnostics);
        if ("3".equals(expectedPrefix)
            && requireShall
            && ears.isPresent()
            && !ears.get().continueTo()) {
          diagnostics.add(
              RequirementsCode.UNCHANGED_WITHOUT_CONTINUE,
              path,
              c.line.number(),
              col,
              "unchanged behaviour " + c.id + " should say SHALL CONTINUE TO");
        }
        out.add(new AcceptanceCriterion(c.id, text, ears, c.line.span()));
      }
      if (out.isEmpty() && expectedPrefix == null) {
        diagnostics.add(
            RequirementsCode.EMPTY_REQUIREMENT,
            path,
            heading.number(),
            heading.indent() + 1,
            "requirement " + id + " has no acceptance criteria");
      }
      return new Requirement(
          id, Optional.ofNullable(title), Optional.ofNullable(story), out, heading.span());
    }
  }

  /** True when the line's first word is a number, or a list marker followed by one. */
  static boolean startsWithNumber(String t) {
    int i = 0;
    while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
      i++;
    }
    if (i < t.length() && (t.charAt(i) == '-' || t.charAt(i) == '*' || t.charAt(i) == '+')) {
      i++;
      while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '\t')) {
        i++;
      }
    }
    return i < t.length() && t.charAt(i) >= '0' && t.charAt(i) <= '9';
  }

  static final class CriterionDraft {
    final String id;
    final StringBuilder text;
    final SourceLine line;

    CriterionDraft(String id, String text, SourceLine line) {
      this.id = id;
      this.text = new StringBuilder(text);
      this.line = line;
    }
  }
}
