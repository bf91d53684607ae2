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
 * user stories and EARS acceptance criteria (docs L382–409, L16999; the shapes real projects commit
 * are listed in the module README).
 *
 * <pre>{@code
 * RequirementsDocument req = RequirementsDocument.parse(path, text);
 * req.criterion("1.2").flatMap(AcceptanceCriterion::ears).map(EarsStatement::pattern);
 * }</pre>
 *
 * <p>Read: a level-1 title; the introduction; glossary bullets {@code - **Term**: definition};
 * requirement headings at any level below 1 ({@code Requirement N[: Title]}, and as Kiro writes
 * them in other languages: {@code 需求 N：…}, {@code 要件N:}, {@code Requisito N:}, {@code Exigence N
 * :}, {@code Anforderung N}, {@code 요구사항 N:}); {@code **User Story:** …} (and its translations);
 * the acceptance criteria: numbered items {@code N. text} (continuation lines joined, id {@code
 * <requirement>.N}) or dotted ones {@code N.M text}, or bullets under a criteria heading or bold
 * label ({@code **Acceptance Criteria:**}), numbered in order. When a requirement has a criteria
 * heading or label, only the items under it are criteria: a later list under another heading or
 * label ({@code #### Notes}, {@code **Testable Conditions:**}) is not. A document without
 * requirement headings may number its requirements by heading ({@code ## 1. Title}, {@code ### User
 * Story 2: …}): such a heading is a requirement when criteria follow it.
 *
 * <p>Lint: a criterion without SHALL (a warning only in an English document written in EARS),
 * several SHALLs, not EARS, IF without THEN, a requirement without criteria, duplicate ids, a
 * document whose requirements could not be read.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequirementsDocument {

  static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[-*+]\\s+)?(\\d+)[.)]\\s+(.*)$");
  static final Pattern DOTTED = Pattern.compile("^\\s*(?:[-*+]\\s+)?(\\d+)\\.(\\d+)\\.?\\s+(.*)$");
  private static final Pattern BULLET =
      Pattern.compile("^(\\s*)[-*+]\\s+(?:\\[[ xX\\-]\\]\\s+)?(.+)$");
  private static final Pattern STORY_LABEL =
      Pattern.compile(
          "^\\s*[-*]?\\s*(?:\\*\\*|__)?([^*_:：]{2,30}?)\\s*(?:\\*\\*|__)?\\s*[:：]\\s*"
              + "(?:\\*\\*|__)?\\s*(.*)$");
  private static final List<Pattern> STORY_PARTS =
      List.of(
          Pattern.compile(
              "(?i)^as an?\\s+(.*?),\\s*I (?:want|need)(?: to)?\\s+(.*?),?\\s+so that\\s+(.*?)\\.?$"),
          Pattern.compile(
              "^作为\\s*(.*?)[，,]\\s*我(?:希望|想要|想|需要)(.*?)[，,]\\s*(?:以便|从而|这样)(.*?)[。.]?$"),
          Pattern.compile(
              "^作為\\s*(.*?)[，,]\\s*我(?:希望|想要|想|需要)(.*?)[，,]\\s*(?:以便|從而|這樣)(.*?)[。.]?$"),
          Pattern.compile(
              "(?i)^como\\s+(.*?),\\s*(?:eu\\s+)?(?:quiero|quero)\\s+(.*?),?\\s+para(?: que)?\\s+(.*?)\\.?$"),
          Pattern.compile(
              "(?i)^en tant qu[e']\\s*(.*?),\\s*je (?:veux|souhaite)\\s+(.*?),?\\s+afin (?:de|que)\\s+(.*?)\\.?$"),
          Pattern.compile("^(.*?)として、(.*?)(?:したい|たい)。\\s*(?:そうすることで|それにより|これにより)、?(.*?)。?$"));
  private static final Pattern GLOSSARY =
      Pattern.compile(
          "^\\s*[-*]\\s+\\*\\*(.+?)\\*\\*\\s*[:：]?\\s*(.*)$|^\\s*[-*]\\s+([^:：*]+?)[:：]\\s+(.*)$");

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
    List<RequirementDraft> drafts = new ArrayList<>();
    boolean wordHeadings = false;
    for (SourceLine line : lines.lines()) {
      if (!lines.isFenced(line.number()) && line.text().indexOf('#') >= 0) {
        Optional<Heading> h = Heading.parse(line);
        if (h.isPresent()
            && h.get().level() > 1
            && Vocabulary.REQUIREMENT_HEADING.matcher(h.get().title()).matches()) {
          wordHeadings = true;
          break;
        }
      }
    }
    String section = "";
    RequirementDraft current = null;
    for (SourceLine line : lines.lines()) {
      if (lines.isFenced(line.number())) {
        continue;
      }
      Optional<Heading> h = line.text().indexOf('#') >= 0 ? Heading.parse(line) : Optional.empty();
      if (h.isPresent()) {
        Heading hd = h.get();
        String t = hd.title();
        Matcher rm = hd.level() > 1 ? Vocabulary.REQUIREMENT_HEADING.matcher(t) : null;
        Matcher nm =
            hd.level() > 1 && !wordHeadings ? Vocabulary.NUMBERED_HEADING.matcher(t) : null;
        if (rm != null && rm.matches()) {
          current = start(drafts, current, rm.group(1), rm.group(2), line, hd.level(), false);
          continue;
        }
        if (nm != null && nm.matches() && !Vocabulary.isCriteria(Vocabulary.label(t))) {
          current = start(drafts, current, nm.group(1), nm.group(2), line, hd.level(), true);
          continue;
        }
        if (current != null) {
          if (hd.level() <= current.level && !Vocabulary.isCriteria(Vocabulary.label(t))) {
            current = null;
          } else {
            current.heading(hd);
            continue;
          }
        }
        if (hd.level() == 1 && title.isEmpty()) {
          title = Optional.of(t);
        }
        if (hd.level() <= 2) {
          section =
              Vocabulary.isIntroduction(t)
                  ? "introduction"
                  : Vocabulary.isGlossary(t) ? "glossary" : t;
        }
        continue;
      }
      if (current != null) {
        current.line(line);
      } else if (section.equals("introduction")) {
        if (!line.isBlank() || intro.length() > 0) {
          intro.append(line.text().strip()).append('\n');
        }
      } else if (section.equals("glossary")) {
        Matcher g = GLOSSARY.matcher(line.text());
        if (g.matches()) {
          String term = g.group(1) != null ? g.group(1) : g.group(3);
          String def = g.group(1) != null ? g.group(2) : g.group(4);
          term = term.strip();
          if (term.endsWith(":") || term.endsWith("：")) {
            term = term.substring(0, term.length() - 1);
          }
          glossary.add(new GlossaryTerm(term, def.strip(), line.span()));
        }
      }
    }
    List<Requirement> requirements = finishAll(drafts, path, diagnostics);
    Map<String, Requirement> seen = new HashMap<>();
    for (Requirement r : wordHeadings ? requirements : List.<Requirement>of()) {
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
              RequirementsCode.NO_REQUIREMENTS,
              path,
              "requirements not read: no requirement heading ('### Requirement N', '### 需求 N',"
                  + " '### Requisito N', ...) with acceptance criteria was found, so no criterion is"
                  + " traced"));
    }
    return new RequirementsDocument(
        path, title, intro.toString().strip(), glossary, requirements, diagnostics.toList());
  }

  private static RequirementDraft start(
      List<RequirementDraft> drafts,
      RequirementDraft current,
      String id,
      String title,
      SourceLine line,
      int level,
      boolean fallback) {
    String t = title == null ? null : title.strip();
    RequirementDraft d =
        new RequirementDraft(id, t == null || t.isEmpty() ? null : t, line, true, null);
    d.level = level;
    d.fallback = fallback;
    String word = line.text().replaceFirst("^[#\\s*_]+", "").toLowerCase(java.util.Locale.ROOT);
    d.localizedHeading = !fallback && !word.startsWith("requirement");
    drafts.add(d);
    return d;
  }

  /**
   * The requirements of {@code drafts} (numbered-heading drafts without criteria dropped), with
   * their problems: each criterion is read as EARS and judged against the document as a whole.
   */
  static List<Requirement> finishAll(
      List<RequirementDraft> drafts, Path path, Diagnostics diagnostics) {
    List<Requirement> out = new ArrayList<>();
    List<RequirementDraft> kept = new ArrayList<>();
    for (RequirementDraft d : drafts) {
      d.settle();
      if (d.fallback && d.criteria.isEmpty()) {
        continue;
      }
      kept.add(d);
    }
    int judged = 0;
    int withShall = 0;
    for (RequirementDraft d : kept) {
      for (CriterionDraft c : d.criteria) {
        c.reading = EarsParser.read(c.statement.toString().strip(), c.id);
        if (d.requireShall) {
          judged++;
          if (c.reading.shall() != EarsParser.Shall.NONE) {
            withShall++;
          }
        }
      }
    }
    // A document most of whose criteria have no SHALL is not written in EARS: its criteria are
    // read, and said once not to be EARS, rather than reported one by one.
    boolean earsDocument = withShall * 2 >= judged;
    Unwritten localized = new Unwritten();
    Unwritten plain = new Unwritten();
    for (RequirementDraft d : kept) {
      out.add(d.finish(path, diagnostics, earsDocument, localized, plain));
    }
    if (localized.count > 0) {
      diagnostics.add(
          RequirementsCode.CRITERIA_NOT_EARS,
          path,
          localized.line,
          localized.column,
          (localized.count == 1 ? "1 criterion is" : localized.count + " criteria are")
              + " written in another language without SHALL (first: "
              + localized.first
              + "); they are read, their EARS form is not checked");
    }
    if (plain.count > 0) {
      diagnostics.add(
          RequirementsCode.CRITERIA_NOT_EARS,
          path,
          plain.line,
          plain.column,
          plain.count
              + " of "
              + judged
              + " criteria have no SHALL (first: "
              + plain.first
              + "): the document is not written in EARS; its criteria are read, their form is not"
              + " checked");
    }
    return out;
  }

  /** Criteria without SHALL reported together: how many, and the first. */
  static final class Unwritten {
    int count;
    String first;
    int line;
    int column;

    void add(CriterionDraft c) {
      if (count++ == 0) {
        first = c.id;
        line = c.line.number();
        column = c.line.indent() + 1;
      }
    }
  }

  /** The file. */
  public Path path() {
    return path;
  }

  /** The level-1 heading, for example {@code Requirements Document}. */
  public Optional<String> title() {
    return title;
  }

  /** The text of the introduction ({@code ## Introduction}, {@code ## 简介}, ...), or empty. */
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
    final boolean requireShall;
    final String expectedPrefix;
    int level = 7;
    boolean fallback;
    boolean localizedHeading;
    UserStory story;
    boolean storyNext;

    /** The criteria in order (after {@link #settle}: only those of criteria blocks, if any). */
    List<CriterionDraft> criteria = new ArrayList<>();

    private CriterionDraft open;

    /** A criteria heading or label was seen in this requirement. */
    private boolean explicit;

    /** Lines are inside a criteria block; its heading level (7 for a bold label). */
    private boolean inBlock;

    private int blockLevel;

    /** The style of the current block: 0 undecided, 'n' numbered, 'b' bullets. */
    private char blockStyle;

    private int bulletIndent;
    private boolean localizedLabel;

    /** A bold label was seen inside a numbered block; a restarted numbering then ends it. */
    private boolean afterLabel;

    /** The criteria are sub-headings ({@code ### 1.2 Title}). */
    private boolean headed;

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

    /**
     * A heading inside the requirement: a criteria heading opens a block, others close it; a
     * heading numbered {@code <requirement>.M} ({@code ### 1.2 Title} under {@code ## 1. Title}) is
     * itself criterion {@code M}.
     */
    void heading(Heading h) {
      open = null;
      storyNext = false;
      afterLabel = false;
      String label = Vocabulary.label(h.title());
      if (Vocabulary.isCriteria(label)) {
        openBlock(h.level(), label);
        return;
      }
      inBlock = false;
      Matcher dm = DOTTED.matcher(h.title());
      if (dm.matches() && dm.group(1).equals(id) && !explicit) {
        add(new CriterionDraft(id + "." + dm.group(2), dm.group(3), h.line(), false));
        headed = true; // numbered lists under such headings are their content
        open = null;
      }
    }

    private void openBlock(int level, String label) {
      explicit = true;
      inBlock = true;
      blockLevel = level;
      blockStyle = 0;
      localizedLabel |= !Vocabulary.isEnglishCriteria(label);
    }

    void line(SourceLine line) {
      String t = line.text();
      if (line.isBlank()) {
        open = null;
        return;
      }
      String stripped = t.strip();
      if (storyNext) {
        storyNext = false;
        if (!startsWithNumber(t) && !stripped.startsWith("**")) {
          story = story(stripped);
          return;
        }
      }
      // Only dashes: a rule. (Not chars().allMatch: a lambda costs a fresh JVM its linking.)
      if (stripped.startsWith("---") && stripped.replace("-", "").isEmpty()) {
        open = null;
        inBlock = false;
        return;
      }
      boolean numbered = startsWithNumber(t);
      if (!numbered && (stripped.indexOf(':') > 0 || stripped.indexOf('：') > 0)) {
        if (label(t)) {
          return;
        }
      } else if (!numbered
          && (stripped.startsWith("**") || stripped.startsWith("__"))
          && Vocabulary.isCriteria(Vocabulary.label(stripped))) {
        open = null;
        openBlock(7, Vocabulary.label(stripped)); // **Acceptance Criteria** without a colon
        return;
      }
      Matcher dm = DOTTED.matcher(t);
      if (dm.matches() && acceptsNumbered(line)) {
        add(new CriterionDraft(dm.group(1) + "." + dm.group(2), dm.group(3), line, inBlock));
        return;
      }
      Matcher nm = startsWithNumber(t) ? NUMBERED.matcher(t) : null;
      if (nm != null && nm.matches() && afterLabel && inBlock) {
        afterLabel = false;
        String cid = id + "." + nm.group(1);
        for (CriterionDraft c : criteria) {
          if (c.id.equals(cid) && nm.group(1).equals("1")) {
            inBlock = false; // a new list after a label, not more criteria
            break;
          }
        }
      }
      if (nm != null && nm.matches() && acceptsNumbered(line)) {
        add(new CriterionDraft(id + "." + nm.group(1), nm.group(2), line, inBlock));
        return;
      }
      if (inBlock && blockStyle != 'n') {
        Matcher bm = BULLET.matcher(t);
        if (bm.matches() && (blockStyle == 0 || bm.group(1).length() <= bulletIndent)) {
          if (blockStyle == 0) {
            blockStyle = 'b';
            bulletIndent = bm.group(1).length();
          }
          int n = 1;
          for (CriterionDraft c : criteria) {
            if (c.inBlock) {
              n++;
            }
          }
          add(new CriterionDraft(id + "." + n, bm.group(2), line, true));
          return;
        }
      }
      if (open != null && line.indent() > 0 && !stripped.startsWith("#")) {
        open.text.append(' ').append(stripped);
        if (!open.nested && !BULLET.matcher(t).matches()) {
          open.statement.append(' ').append(stripped); // a wrapped line of the statement
        } else {
          open.nested = true; // sub-items ("- Note: …") are not part of the EARS statement
        }
      } else {
        open = null;
      }
    }

    /** A numbered item is a criterion in a block, or anywhere in a requirement without blocks. */
    private boolean acceptsNumbered(SourceLine line) {
      if (inBlock) {
        if (blockStyle == 'b') {
          return false;
        }
        blockStyle = 'n';
        return true;
      }
      return !explicit && !headed;
    }

    private void add(CriterionDraft c) {
      open = c;
      criteria.add(c);
    }

    /** A label line ({@code **User Story:** …}, {@code **Acceptance Criteria:**}); true if read. */
    private boolean label(String t) {
      Matcher sm = STORY_LABEL.matcher(t);
      if (!sm.matches()) {
        return false;
      }
      String label = Vocabulary.label(sm.group(1));
      String rest = sm.group(2).strip();
      if (story == null && Vocabulary.isStory(label)) {
        if (rest.isEmpty()) {
          storyNext = true;
        } else {
          story = story(rest);
        }
        open = null;
        return true;
      }
      if (Vocabulary.isCriteria(label) && rest.isEmpty()) {
        open = null;
        openBlock(7, label);
        return true;
      }
      boolean bold = t.strip().startsWith("**") || t.strip().startsWith("__");
      if (inBlock && bold && rest.isEmpty()) {
        // After bullet criteria, "**Testable Conditions:**" ends them; among numbered criteria a
        // label groups them ("**Data Sources:**", numbering goes on).
        if (blockStyle == 'b') {
          inBlock = false;
        } else {
          afterLabel = true;
        }
        open = null;
        return true;
      }
      return false;
    }

    private static UserStory story(String text) {
      String s = text.replace("**", "");
      for (Pattern p : STORY_PARTS) {
        Matcher parts = p.matcher(s);
        if (parts.matches()) {
          return new UserStory(
              text, parts.group(1).strip(), parts.group(2).strip(), parts.group(3).strip());
        }
      }
      return new UserStory(text, "", "", "");
    }

    /** Keeps only the criteria of criteria blocks when the requirement has any. */
    void settle() {
      if (explicit) {
        List<CriterionDraft> inBlocks = new ArrayList<>();
        for (CriterionDraft c : criteria) {
          if (c.inBlock) {
            inBlocks.add(c);
          }
        }
        criteria = inBlocks;
      }
    }

    /** True when the criterion is written in another language than English. */
    private boolean localized(CriterionDraft c) {
      return localizedHeading || localizedLabel || Vocabulary.hasCjk(c.text.toString());
    }

    Requirement finish(
        Path path,
        Diagnostics diagnostics,
        boolean earsDocument,
        Unwritten localized,
        Unwritten plain) {
      List<AcceptanceCriterion> out = new ArrayList<>();
      Map<String, CriterionDraft> seen = new HashMap<>();
      for (CriterionDraft c : criteria) {
        CriterionDraft first = seen.putIfAbsent(c.id, c);
        int col = c.line.indent() + 1;
        if (first != null && fallback) {
          continue; // a numbered-heading document read by inference: keep the first, say nothing
        }
        if (first != null) {
          diagnostics.add(
              RequirementsCode.DUPLICATE_CRITERION,
              path,
              c.line.number(),
              col,
              "criterion " + c.id + " is already defined on line " + first.line.number());
        }
        String text = c.text.toString().strip();
        EarsParser.Reading reading =
            c.reading != null ? c.reading : EarsParser.read(c.statement.toString().strip(), c.id);
        if (requireShall) {
          report(c, reading, path, diagnostics, earsDocument, localized, plain);
        }
        Optional<EarsStatement> ears = reading.ears();
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
        if (expectedPrefix != null
            && c.id.indexOf('.') > 0
            && !c.id.startsWith(expectedPrefix + ".")) {
          diagnostics.add(
              RequirementsCode.BUGFIX_ID_OUT_OF_SECTION,
              path,
              c.line.number(),
              col,
              "clause " + c.id + " is in the " + title + " section");
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

    private void report(
        CriterionDraft c,
        EarsParser.Reading reading,
        Path path,
        Diagnostics diagnostics,
        boolean earsDocument,
        Unwritten localized,
        Unwritten plain) {
      int line = c.line.number();
      int col = c.line.indent() + 1;
      if (reading.shall() == EarsParser.Shall.NONE) {
        if (localized(c)) {
          localized.add(c);
        } else if (reading.otherModal() != null) {
          diagnostics.add(
              RequirementsCode.OTHER_MODAL,
              path,
              line,
              col,
              "criterion " + c.id + " says " + reading.otherModal() + " instead of SHALL");
        } else if (!earsDocument) {
          plain.add(c);
        } else {
          diagnostics.add(
              RequirementsCode.NO_SHALL, path, line, col, "criterion " + c.id + " has no SHALL");
        }
        return;
      }
      if (reading.shall() == EarsParser.Shall.LOWER) {
        diagnostics.add(
            RequirementsCode.LOWERCASE_SHALL,
            path,
            line,
            col,
            "criterion " + c.id + " writes 'shall' in lower case");
      }
      for (EarsParser.Finding f : reading.findings()) {
        diagnostics.add(f.code(), path, line, col, f.message());
      }
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

    /** Everything written for the criterion, sub-items included. */
    final StringBuilder text;

    /** The statement read as EARS: the item and its wrapped lines, without sub-items. */
    final StringBuilder statement;

    final SourceLine line;
    final boolean inBlock;
    boolean nested;
    EarsParser.Reading reading;

    CriterionDraft(String id, String text, SourceLine line, boolean inBlock) {
      this.id = id;
      this.text = new StringBuilder(text);
      this.statement = new StringBuilder(text);
      this.line = line;
      this.inBlock = inBlock;
    }
  }
}
