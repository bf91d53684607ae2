package io.kiro4j.core.lint;

import io.kiro4j.core.internal.classpath.BundledResource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every rule's documentation, read from the copy of {@code docs/diagnostics.md} kiro-core ships
 * ({@code io/kiro4j/core/lint/diagnostics.md}).
 *
 * <pre>{@code
 * RuleDocs.bundled().find("STEER-006").ifPresent(doc -> System.out.println(doc.meaning()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.2
 */
public final class RuleDocs {

  private static final Pattern ROW =
      Pattern.compile("^\\| ([A-Z]+-[0-9]{3}) \\| ([^|]+?) \\| (.*) \\|$");
  private static final Pattern DOCS_LINE = Pattern.compile("\\bL[0-9]+(?:[–-][0-9]+)?");
  private static final Pattern EXPLANATION = Pattern.compile("^### ([A-Z]+-[0-9]{3})$");
  private static final String EXPLANATIONS_HEADING = "## Explanations";

  private final Map<String, RuleDoc> byCode;

  private RuleDocs(Map<String, RuleDoc> byCode) {
    this.byCode = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byCode));
  }

  /** The documentation shipped in kiro-core. */
  public static RuleDocs bundled() {
    return Holder.BUNDLED;
  }

  private static final class Holder {
    static final RuleDocs BUNDLED = load();

    private static RuleDocs load() {
      try {
        byte[] bytes = BundledResource.read(RuleDocs.class, "diagnostics.md");
        if (bytes == null) {
          throw new IllegalStateException(
              "io/kiro4j/core/lint/diagnostics.md is not on the class path");
        }
        return parse(new String(bytes, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Reads the documentation from the text of a {@code diagnostics.md}. */
  public static RuleDocs parse(String markdown) {
    List<String> lines = markdown.lines().toList();
    Map<String, String> explanations = explanations(lines);
    Map<String, RuleDoc> out = new LinkedHashMap<>();
    String section = "";
    StringBuilder intro = new StringBuilder();
    boolean inTable = false;
    CodeFences fences = new CodeFences();
    for (String line : lines) {
      boolean fenced = fences.fenced(line);
      if (!fenced && line.equals(EXPLANATIONS_HEADING)) {
        break;
      }
      if (!fenced && line.startsWith("## ")) {
        section = line.substring(3).strip();
        intro.setLength(0);
        inTable = false;
        continue;
      }
      if (!fenced && line.startsWith("|")) {
        inTable = true;
        Matcher m = ROW.matcher(line);
        if (m.matches()) {
          String code = m.group(1);
          String meaning = m.group(3).strip();
          Optional<String> explanation = Optional.ofNullable(explanations.get(code));
          Set<String> docsLines = new LinkedHashSet<>();
          for (String text : List.of(meaning, explanation.orElse(""))) {
            Matcher d = DOCS_LINE.matcher(text);
            while (d.find()) {
              docsLines.add(d.group());
            }
          }
          out.putIfAbsent(
              code,
              new RuleDoc(
                  code,
                  m.group(2).strip(),
                  meaning,
                  section,
                  intro.toString().strip(),
                  List.copyOf(docsLines),
                  explanation));
        }
      } else if (!inTable && !section.isEmpty()) {
        intro.append(line).append('\n');
      }
    }
    return new RuleDocs(out);
  }

  /** The {@code ### CODE} blocks after the {@code ## Explanations} heading. */
  private static Map<String, String> explanations(List<String> lines) {
    Map<String, String> out = new LinkedHashMap<>();
    // Headings inside a fenced code block are examples: they neither start nor end a block.
    CodeFences fences = new CodeFences();
    boolean started = false;
    String code = null;
    StringBuilder block = new StringBuilder();
    for (String line : lines) {
      boolean fenced = fences.fenced(line);
      if (!started) {
        started = !fenced && line.equals(EXPLANATIONS_HEADING);
        continue;
      }
      Matcher m = EXPLANATION.matcher(line);
      if (!fenced && (m.matches() || line.startsWith("## "))) {
        if (code != null) {
          out.put(code, block.toString().strip());
        }
        code = m.matches() ? m.group(1) : null;
        block.setLength(0);
      } else if (code != null) {
        block.append(line).append('\n');
      }
    }
    if (code != null) {
      out.put(code, block.toString().strip());
    }
    return out;
  }

  /** The documentation of {@code code}, if the docs list it. */
  public Optional<RuleDoc> find(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** Every documented rule, in document order. */
  public List<RuleDoc> all() {
    return List.copyOf(byCode.values());
  }
}
