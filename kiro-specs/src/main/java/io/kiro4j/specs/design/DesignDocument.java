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

  // "### Property 3: Title", "**Property 3: Title**", "- Property 3: Title", and as Kiro writes it
  // in other languages: "### 属性 3：…", "**Propiedad 3: …**". Not "Property 1-27: …" (a range).
  private static final Pattern PROPERTY =
      Pattern.compile(
          "^\\s*(?:#{1,6}\\s+|[-*]\\s+|\\d+\\.\\s+)?(?:\\*\\*|__)?(?:Property|Propiedad|Propriedade|Propriété"
              + "|属性|プロパティ)\\s*(\\d+(?:\\.\\d+)?)(?!\\s*[-–]\\s*\\d)\\s*[:：.\\-–—](?!\\d)\\s*(.*?)\\s*"
              + "(?:\\*\\*|__)?\\s*$");

  // The section that defines the properties: "## Correctness Properties", "## 正确性属性",
  // "## Propiedades de Corrección" (optionally numbered: "## 4. 正确性属性").
  private static final Pattern PROPERTIES_SECTION =
      Pattern.compile(
          "^(?:\\d+(?:\\.\\d+)*\\.?\\s*)?(?:(?i:correctness\\s+propert|propiedades\\s+de\\s+correcci"
              + "|propriedades\\s+de\\s+corre)|正确性属性|正確性属性|正確性プロパティ)");

  // A section whose property lines re-list the properties for testing.
  private static final Pattern TESTING_SECTION = Pattern.compile("(?i)test|测试|測試|テスト|prueba|teste");

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

  /**
   * Parses {@code text} as the content of {@code path}. When the document has a correctness
   * properties section, the properties are the {@code Property N:} lines inside it; elsewhere (a
   * testing strategy listing them again, a task summary) such lines are references, not
   * definitions. Without such a section every {@code Property N:} line defines one, except a repeat
   * under a testing heading.
   */
  public static DesignDocument parse(Path path, String text) {
    Objects.requireNonNull(path, "path");
    SourceLines lines = SourceLines.of(Objects.requireNonNull(text, "text"));
    Diagnostics diagnostics = new Diagnostics();
    Optional<String> title = Optional.empty();
    List<Heading> headings = new ArrayList<>();
    for (SourceLine line : lines.lines()) {
      if (!lines.isFenced(line.number()) && line.text().indexOf('#') >= 0) {
        Optional<Heading> heading = Heading.parse(line); // no method reference to link
        if (heading.isPresent()) {
          headings.add(heading.get());
        }
      }
    }
    boolean scoped = false;
    for (Heading h : headings) {
      scoped |= PROPERTIES_SECTION.matcher(plain(h.title())).lookingAt();
    }
    List<CorrectnessProperty> properties = new ArrayList<>();
    Map<String, CorrectnessProperty> seen = new HashMap<>();
    PropertyDraft open = null;
    int propertiesLevel = 0; // > 0 inside a properties section: its heading level
    boolean testing = false;
    int hi = 0;
    for (SourceLine line : lines.lines()) {
      if (lines.isFenced(line.number())) {
        continue;
      }
      Heading h = null;
      if (hi < headings.size() && headings.get(hi).line().number() == line.number()) {
        h = headings.get(hi++);
      }
      Matcher pm = mayBeProperty(line.text()) ? PROPERTY.matcher(line.text()) : null;
      boolean isProperty = pm != null && pm.matches();
      if (h != null) {
        if (h.level() == 1 && title.isEmpty()) {
          title = Optional.of(h.title());
        }
        if (propertiesLevel > 0 && h.level() <= propertiesLevel) {
          propertiesLevel = 0;
        }
        if (!isProperty) {
          if (PROPERTIES_SECTION.matcher(plain(h.title())).lookingAt()) {
            propertiesLevel = h.level();
            testing = false;
          } else if (propertiesLevel == 0) {
            testing = TESTING_SECTION.matcher(h.title()).find();
          }
        }
        if (open != null && (open.level == 0 || h.level() <= open.level)) {
          open = finish(open, properties, seen, path, diagnostics);
        }
      }
      if (isProperty) {
        if (open != null) {
          open = finish(open, properties, seen, path, diagnostics);
        }
        boolean defines =
            scoped ? propertiesLevel > 0 : !(testing && seen.containsKey(pm.group(1)));
        if (defines) {
          open =
              new PropertyDraft(
                  pm.group(1), TRAILING_MARKS.matcher(pm.group(2)).replaceAll("").strip(), line);
        }
        continue;
      }
      if (h != null) {
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
      finish(open, properties, seen, path, diagnostics);
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

  private static PropertyDraft finish(
      PropertyDraft open,
      List<CorrectnessProperty> properties,
      Map<String, CorrectnessProperty> seen,
      Path path,
      Diagnostics diagnostics) {
    CorrectnessProperty p = open.finish(path, diagnostics);
    CorrectnessProperty first = seen.putIfAbsent(p.number(), p);
    if (first != null) {
      diagnostics.add(
          DesignCode.DUPLICATE_PROPERTY,
          path,
          p.span().line(),
          p.span().column(),
          "property " + p.number() + " is already defined on line " + first.span().line());
    }
    properties.add(p);
    return null;
  }

  /** A cheap test before the pattern: the line names a property in one of the languages. */
  private static boolean mayBeProperty(String t) {
    return t.contains("roperty")
        || t.contains("ropiedad")
        || t.contains("ropriedade")
        || t.contains("ropriété")
        || t.contains("属性")
        || t.contains("プロパティ");
  }

  /** A heading title without emphasis marks. */
  private static String plain(String title) {
    return title.replace("*", "").replace("_", " ").strip();
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
      Optional<Heading> heading = Heading.parse(line);
      this.level = heading.isPresent() ? heading.get().level() : 0;
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
