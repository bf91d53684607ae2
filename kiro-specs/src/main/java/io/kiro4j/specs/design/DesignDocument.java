package io.kiro4j.specs.design;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.specs.requirements.RequirementRef;
import io.kiro4j.specs.requirements.RequirementRefs;
import io.kiro4j.specs.source.Heading;
import io.kiro4j.specs.source.SourceLine;
import io.kiro4j.specs.source.SourceLines;
import io.kiro4j.specs.source.SourceSpan;
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
 * A spec's {@code design.md}: free-form Markdown (docs L411–417) read as sections by heading, plus
 * its correctness properties ({@code Property N: ...} with {@code **Validates: Requirements
 * 1.2**}), which link the design to requirements and tasks (docs L480).
 *
 * <pre>{@code
 * DesignDocument design = DesignDocument.parse(path, text);
 * design.properties().forEach(p -> System.out.println(p.number() + " validates " + p.validates()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class DesignDocument {

  private static final Pattern PROPERTY =
      Pattern.compile(
          "^\\s*(?:#{1,6}\\s+|[-*]\\s+)?(?:\\*\\*|__)?Property\\s+(\\d+(?:\\.\\d+)?)\\s*[:.\\-–—]\\s*(.*?)\\s*(?:\\*\\*|__)?\\s*$");

  private static final Pattern TRAILING_MARKS = Pattern.compile("[*_]+$");

  private final Path path;
  private final Optional<String> title;
  private final List<DesignSection> sections;
  private final List<CorrectnessProperty> properties;
  private final List<Diagnostic> diagnostics;

  private DesignDocument(
      Path path,
      Optional<String> title,
      List<DesignSection> sections,
      List<CorrectnessProperty> properties,
      List<Diagnostic> diagnostics) {
    this.path = path;
    this.title = title;
    this.sections = List.copyOf(sections);
    this.properties = List.copyOf(properties);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Parses {@code text} as the content of {@code path}. */
  public static DesignDocument parse(Path path, String text) {
    Objects.requireNonNull(path, "path");
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    Diagnostics diagnostics = new Diagnostics();
    Optional<String> title = Optional.empty();
    List<Heading> headings = new ArrayList<>();
    List<CorrectnessProperty> properties = new ArrayList<>();
    PropertyDraft open = null;
    for (SourceLine line : lines.lines()) {
      if (lines.isFenced(line.number())) {
        continue;
      }
      Matcher pm = line.text().contains("roperty") ? PROPERTY.matcher(line.text()) : null;
      Optional<Heading> h = Heading.parse(line);
      if (pm != null && pm.matches()) {
        if (open != null) {
          properties.add(open.finish(path, diagnostics));
        }
        open =
            new PropertyDraft(
                pm.group(1), TRAILING_MARKS.matcher(pm.group(2)).replaceAll("").strip(), line);
        if (h.isPresent()) {
          headings.add(h.get());
        }
        continue;
      }
      if (h.isPresent()) {
        headings.add(h.get());
        if (h.get().level() == 1 && title.isEmpty()) {
          title = Optional.of(h.get().title());
        }
        if (open != null && (open.level == 0 || h.get().level() <= open.level)) {
          properties.add(open.finish(path, diagnostics));
          open = null;
        }
        continue;
      }
      if (open != null && !line.isBlank()) {
        List<RequirementRef> refs = RequirementRefs.find(line);
        if (refs.isEmpty()) {
          if (open.statement.length() > 0) {
            open.statement.append(' ');
          }
          open.statement.append(line.text().strip());
        } else {
          open.validates.addAll(refs);
        }
      }
    }
    if (open != null) {
      properties.add(open.finish(path, diagnostics));
    }
    Map<String, CorrectnessProperty> seen = new HashMap<>();
    for (CorrectnessProperty p : properties) {
      CorrectnessProperty first = seen.putIfAbsent(p.number(), p);
      if (first != null) {
        diagnostics.add(
            DesignCode.DUPLICATE_PROPERTY,
            path,
            p.span().line(),
            p.span().column(),
            "property " + p.number() + " is already defined on line " + first.span().line());
      }
    }
    List<DesignSection> sections = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      Heading hd = headings.get(i);
      int end = text.length();
      for (int j = i + 1; j < headings.size(); j++) {
        if (headings.get(j).level() <= hd.level()) {
          end = headings.get(j).line().start();
          break;
        }
      }
      SourceSpan first = hd.line().span();
      sections.add(
          new DesignSection(
              hd.level(),
              hd.title(),
              new SourceSpan(first.start(), end, first.line(), first.column())));
    }
    return new DesignDocument(path, title, sections, properties, diagnostics.toList());
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /** The level-1 heading ({@code Design Document: ...}), if any. */
  public Optional<String> title() {
    return title;
  }

  /** Every heading's section, in document order (nested sections overlap their parents). */
  public List<DesignSection> sections() {
    return sections;
  }

  /** The first section titled {@code title} (case-insensitive). */
  public Optional<DesignSection> section(String title) {
    return sections.stream().filter(s -> s.title().equalsIgnoreCase(title)).findFirst();
  }

  /** The correctness properties in document order. */
  public List<CorrectnessProperty> properties() {
    return properties;
  }

  /** Problems found while parsing. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static final class PropertyDraft {
    final String number;
    final String title;
    final SourceLine line;
    final int level;
    final StringBuilder statement = new StringBuilder();
    final List<RequirementRef> validates = new ArrayList<>();

    PropertyDraft(String number, String title, SourceLine line) {
      this.number = number;
      this.title = title;
      this.line = line;
      this.level = Heading.parse(line).map(Heading::level).orElse(0);
    }

    CorrectnessProperty finish(Path path, Diagnostics diagnostics) {
      if (validates.isEmpty()) {
        diagnostics.add(
            DesignCode.PROPERTY_WITHOUT_VALIDATES,
            path,
            line.number(),
            line.indent() + 1,
            "property " + number + " names no requirement it validates");
      }
      return new CorrectnessProperty(number, title, statement.toString(), validates, line.span());
    }
  }
}
