package io.kiro4j.skills.skill;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.NotRegularFileException;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.frontmatter.FrontMatter;
import io.kiro4j.core.internal.frontmatter.FrontMatterShape;
import io.kiro4j.core.internal.frontmatter.FrontMatterSplit;
import io.kiro4j.core.internal.yaml.YamlParser;
import io.kiro4j.core.internal.yaml.YamlResult;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code SKILL.md} file of a skill folder: finding it and reading its front matter.
 *
 * <p>Reading follows the Agent Skills reference validator ({@code skills-ref} @69ef37e) step by
 * step, with its messages, and with these deliberate differences (see the module README):
 *
 * <ul>
 *   <li>The file is always read as strict UTF-8 (the reference uses the platform encoding).
 *   <li>Fences are whole {@code ---} lines, as in core's {@link FrontMatter} splitter: the
 *       reference ends the front matter at the first {@code ---} anywhere ({@code description:
 *       a---b} becomes {@code "a"} there); here that is text.
 *   <li>Only the front matter is read: the body never influences a verdict, so a 100 MB body costs
 *       nothing.
 * </ul>
 *
 * <pre>{@code
 * Path md = SkillFile.find(Path.of(".kiro/skills/pr-review")).orElseThrow();
 * SkillHead head = SkillFile.readHead(md);
 * }</pre>
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class SkillFile {

  /** The file names looked for, in order (the reference prefers {@code SKILL.md}). */
  private static final String[] NAMES = {"SKILL.md", "skill.md"};

  /** The largest front matter read, in bytes; more is reported, never read further. */
  static final int MAX_HEAD_BYTES = 1 << 20;

  private static final int BUFFER = 4096;

  private SkillFile() {}

  /** {@code SKILL.md} in {@code dir}, else {@code skill.md}, else empty (as the reference). */
  public static Optional<Path> find(Path dir) {
    Objects.requireNonNull(dir, "dir");
    for (String name : NAMES) {
      Path p = dir.resolve(name);
      if (Files.exists(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** True when {@code path} is a file whose name lower-cases to {@code skill.md}. */
  public static boolean isSkillFile(Path path) {
    Path name = path.getFileName();
    return name != null
        && name.toString().equalsIgnoreCase("skill.md")
        && Files.isRegularFile(path);
  }

  /**
   * Reads the front matter of {@code file}, streaming only up to its closing {@code ---} line.
   * Never throws for a bad file: problems come back as {@link SkillHead#error()}.
   */
  public static SkillHead readHead(Path file) {
    return readHead(file, YamlProfile.STRICT);
  }

  /**
   * Reads the front matter of {@code file} like {@link #readHead(Path)}. With {@link
   * YamlProfile#LENIENT} (the Kiro profile), YAML the reference rejects but a YAML 1.2 reader
   * accepts (flow style such as {@code keywords: [a, b]}, anchors, tags; skills written for other
   * tools use them) is read, with a {@code SKILL-026} note instead of the {@code SKILL-005} error.
   */
  public static SkillHead readHead(Path file, YamlProfile yaml) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(yaml, "yaml");
    String head;
    try {
      // A stat first, never an open of a FIFO or device: reading one would block.
      TextFile.requireRegularFile(file);
    } catch (NotRegularFileException e) {
      return SkillHead.failed(
          file,
          SkillCode.UNREADABLE,
          1,
          1,
          "Cannot read SKILL.md: not a regular file but " + e.kind());
    } catch (IOException e) {
      return SkillHead.failed(
          file,
          SkillCode.UNREADABLE,
          1,
          1,
          "Cannot read SKILL.md: " + e.getClass().getSimpleName());
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = readUpToClosingFence(in);
      head = bytes == null ? null : TextFile.decodeStrict(bytes);
    } catch (CharacterCodingException e) {
      return SkillHead.failed(file, SkillCode.UNREADABLE, 1, 1, "SKILL.md is not valid UTF-8");
    } catch (IOException e) {
      return SkillHead.failed(
          file,
          SkillCode.UNREADABLE,
          1,
          1,
          "Cannot read SKILL.md: " + e.getClass().getSimpleName());
    }
    if (head == null) {
      return SkillHead.failed(
          file,
          SkillCode.UNCLOSED_FRONT_MATTER,
          1,
          1,
          "SKILL.md frontmatter not properly closed with --- (not closed within "
              + MAX_HEAD_BYTES
              + " bytes)");
    }
    return parseHead(file, head, yaml);
  }

  /**
   * Parses a whole {@code SKILL.md} text (or its head) the way {@link #readHead} does; for callers
   * that already hold the text.
   */
  public static SkillHead parseHead(Path file, String text) {
    return parseHead(file, text, YamlProfile.STRICT);
  }

  /**
   * {@link #parseHead(Path, String)} with the given YAML profile (see {@link #readHead(Path,
   * YamlProfile)}).
   */
  public static SkillHead parseHead(Path file, String text, YamlProfile yaml) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(yaml, "yaml");
    // The reference tests content.startswith("---"): a BOM or a blank first line is an error.
    if (!text.startsWith("---")) {
      return SkillHead.failed(
          file, SkillCode.NO_FRONT_MATTER, 1, 1, "SKILL.md must start with YAML frontmatter (---)");
    }
    FrontMatterSplit split = FrontMatter.split(text);
    if (split.shape() == FrontMatterShape.UNTERMINATED) {
      return SkillHead.failed(
          file,
          SkillCode.UNCLOSED_FRONT_MATTER,
          1,
          1,
          "SKILL.md frontmatter not properly closed with ---");
    }
    if (!split.hasFrontMatter()) {
      // "----" or "---x" on the first line: not a fence (the reference would read the rest as
      // YAML).
      return SkillHead.failed(
          file, SkillCode.NO_FRONT_MATTER, 1, 1, "SKILL.md must start with YAML frontmatter (---)");
    }
    YamlResult parsed =
        YamlParser.parse(split.yaml(), file, split.yamlFirstLine(), YamlProfile.STRICT);
    List<Diagnostic> notes = new ArrayList<>();
    for (Diagnostic d : parsed.diagnostics()) {
      if (d.isError()) {
        String message = "Invalid YAML in frontmatter: " + d.message();
        YamlResult lenient =
            yaml == YamlProfile.LENIENT
                ? YamlParser.parse(split.yaml(), file, split.yamlFirstLine(), YamlProfile.LENIENT)
                : null;
        if (lenient != null && !Diagnostics.anyError(lenient.diagnostics())) {
          notes.add(
              Diagnostic.of(
                  SkillCode.LENIENT_YAML,
                  file,
                  d.line(),
                  d.column(),
                  "front matter YAML that the Agent Skills reference validator rejects ("
                      + d.message()
                      + "); Kiro reads it"));
          parsed = lenient;
          break;
        }
        return new SkillHead(
            file,
            Optional.empty(),
            Optional.of(Diagnostic.of(SkillCode.INVALID_YAML, file, d.line(), d.column(), message)),
            message,
            1);
      }
    }
    Optional<YamlNode> root = parsed.root();
    if (root.isEmpty() || !(root.get() instanceof YamlMapping)) {
      // Conditionals, not Optional chains: every SKILL.md a lint reads comes through here.
      int line = root.isPresent() ? root.get().line() : split.yamlFirstLine();
      int column = root.isPresent() ? root.get().column() : 1;
      return SkillHead.failed(
          file,
          SkillCode.NOT_A_MAPPING,
          line,
          column,
          "SKILL.md frontmatter must be a YAML mapping");
    }
    return new SkillHead(
        file,
        Optional.of((YamlMapping) root.get()),
        Optional.empty(),
        "",
        split.bodyFirstLine(),
        notes);
  }

  /**
   * The bytes from the start up to the closing fence line (without its line break); all bytes when
   * the first line is not a fence or no fence closes it (the splitter then decides); null when over
   * the limit. Works on bytes so that nothing after the fence is even decoded: in UTF-8, {@code
   * \n}, {@code \r}, {@code -}, space and tab bytes only ever stand for themselves.
   */
  private static byte[] readUpToClosingFence(InputStream in) throws IOException {
    byte[] sb = new byte[BUFFER];
    int length = 0;
    int lineStart = 0;
    int lineNo = 1;
    int scanned = 0;
    int n;
    while ((n = in.read(sb, length, sb.length - length)) > 0) {
      length += n;
      for (; scanned < length; scanned++) {
        byte c = sb[scanned];
        if (c != '\n' && c != '\r') {
          continue;
        }
        if (c == '\r' && scanned + 1 == length) {
          break; // a \r at the end of what was read may be the first half of \r\n: read more
        }
        boolean fence = isFence(sb, lineStart, scanned);
        if (lineNo == 1 && !fence) {
          return java.util.Arrays.copyOf(sb, length); // not front matter: the verdict is known
        }
        if (lineNo > 1 && fence) {
          return java.util.Arrays.copyOf(sb, scanned);
        }
        if (c == '\r' && sb[scanned + 1] == '\n') {
          scanned++;
        }
        lineStart = scanned + 1;
        lineNo++;
      }
      if (length > MAX_HEAD_BYTES) {
        return null;
      }
      if (length == sb.length) {
        sb = java.util.Arrays.copyOf(sb, sb.length * 2);
      }
    }
    return java.util.Arrays.copyOf(sb, length);
  }

  private static boolean isFence(byte[] s, int from, int to) {
    if (to - from < 3 || s[from] != '-' || s[from + 1] != '-' || s[from + 2] != '-') {
      return false;
    }
    for (int i = from + 3; i < to; i++) {
      if (s[i] != ' ' && s[i] != '\t') {
        return false;
      }
    }
    return true;
  }
}
