package io.kiro4j.core.workspace;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.frontmatter.FrontMatter;
import io.kiro4j.core.internal.frontmatter.FrontMatterSplit;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Kiro files in places Kiro never reads, each pointed to the place it belongs (issue 14: real
 * repositories keep MCP servers in {@code .kiro/mcp.json} and steering in {@code
 * .kiro/steering.md}; Kiro silently ignores both).
 *
 * <ul>
 *   <li>{@code .kiro/mcp.json}: MCP servers live in {@code .kiro/settings/mcp.json} (docs
 *       L1814–1822) — {@code LAYOUT-001}.
 *   <li>A Markdown file directly in {@code .kiro/} that is evidently steering ({@code steering.md},
 *       the foundational {@code product.md}, {@code tech.md}, {@code structure.md}, or front matter
 *       with {@code inclusion}) belongs in {@code .kiro/steering/} (L1059); an {@code AGENTS.md}
 *       there belongs at the workspace root or in {@code ~/.kiro/steering/} (L1103) — {@code
 *       LAYOUT-002}. Other Markdown there (a README, notes) is left alone.
 *   <li>{@code .kiro/skills/<name>.md} with a skill's {@code name} and {@code description}: a skill
 *       is a folder, {@code .kiro/skills/<name>/SKILL.md} (L1315) — {@code LAYOUT-003}.
 *   <li>A folder named like a Kiro folder but not as Kiro spells it ({@code hook}, {@code agent},
 *       {@code skill}, {@code spec}, {@code setting}, {@code power}, {@code steerings}; not case
 *       variants, which case-insensitive file systems read) — {@code LAYOUT-004}.
 *   <li>A project with both {@code .kiro} and {@code .amazonq}: the latter is not read (docs
 *       L10959) — {@code LAYOUT-005}, an info.
 * </ul>
 *
 * <p>Checked in {@code ~/.kiro} and every root's {@code .kiro}. Reads the top level of those
 * folders and of {@code skills/}, and the Markdown files found there. Immutable and thread-safe.
 */
public final class KiroLayout {

  private static final Set<String> STEERING_NAMES =
      Set.of("steering.md", "product.md", "tech.md", "structure.md");

  /** Folder names Kiro reads, by the misspellings seen or evident. */
  private static final Map<String, String> FOLDERS =
      Map.ofEntries(
          Map.entry("hook", "hooks"),
          Map.entry("agent", "agents"),
          Map.entry("skill", "skills"),
          Map.entry("spec", "specs"),
          Map.entry("setting", "settings"),
          Map.entry("power", "powers"),
          Map.entry("steerings", "steering"),
          Map.entry("steers", "steering"));

  private static final Comparator<Path> BY_NAME = new ByName();

  /** Front matter keys, compiled for the first misplaced file rather than on every lint. */
  private static final class Keys {
    static final Pattern INCLUSION = Pattern.compile("(?m)^inclusion\\s*:");
    static final Pattern NAME = Pattern.compile("(?m)^name\\s*:");
    static final Pattern DESCRIPTION = Pattern.compile("(?m)^description\\s*:");
  }

  private final List<Diagnostic> diagnostics;

  private KiroLayout(List<Diagnostic> diagnostics) {
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The workspace's layout problems, found on first use and cached on the workspace. */
  public static KiroLayout of(Workspace workspace) {
    return workspace.view(KiroLayout.class, new Load());
  }

  /**
   * {@link #load(Workspace)} as the view's factory: a class, not a method reference, since every
   * lint checks the layout and each method reference costs a fresh JVM its linking.
   */
  private static final class Load implements Function<Workspace, KiroLayout> {
    @Override
    public KiroLayout apply(Workspace workspace) {
      return load(workspace);
    }
  }

  /** Checks the workspace's {@code .kiro} folders now (not cached). */
  public static KiroLayout load(Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    Diagnostics d = new Diagnostics();
    if (workspace.readsGlobalScope()) {
      check(workspace, workspace.globalKiroDir(), true, d);
    }
    for (WorkspaceRoot root : workspace.roots()) {
      check(workspace, root.kiroDir(), false, d);
      if (AmazonQFolders.shadowed(root)) {
        d.add(
            Diagnostic.ofFile(
                LayoutCode.AMAZONQ_SHADOWED,
                root.path().resolve(AmazonQFolders.PROJECT_FOLDER),
                ".amazonq/ is not read: the project has .kiro/, and Kiro CLI then reads only"
                    + " .kiro/ (docs L10959); `kiro4j migrate` shows what it would copy"));
      }
    }
    return new KiroLayout(d.toList());
  }

  /** Every problem found, global folder first, then by root, each folder's entries by name. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static void check(Workspace ws, Path kiro, boolean global, Diagnostics d) {
    String prefix = global ? "~/.kiro/" : ".kiro/";
    for (Path p : entries(kiro)) {
      String name = p.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (Files.isDirectory(p)) {
        // Exact names only: a case variant (Steering/) is read on case-insensitive file systems.
        String right = FOLDERS.get(name);
        if (right != null) {
          d.add(
              Diagnostic.ofFile(
                  LayoutCode.MISNAMED_FOLDER,
                  p,
                  prefix
                      + name
                      + "/ is not a folder Kiro reads: its files belong in "
                      + prefix
                      + right
                      + "/"));
        }
        if (name.equals("skills")) {
          skillFiles(p, prefix, d);
        }
        continue;
      }
      if (lower.equals("mcp.json")) {
        boolean both = Files.exists(kiro.resolve("settings").resolve("mcp.json"));
        d.add(
            Diagnostic.ofFile(
                LayoutCode.MISPLACED_MCP_JSON,
                p,
                prefix
                    + name
                    + " is never read: Kiro reads MCP servers from "
                    + prefix
                    + "settings/mcp.json (docs L1814-1822)"
                    + (both
                        ? "; that file exists too, so merge this one into it"
                        : "; move it there")));
      } else if (lower.equals("agents.md")) {
        d.add(
            Diagnostic.ofFile(
                LayoutCode.MISPLACED_STEERING,
                p,
                prefix
                    + name
                    + " is never read: Kiro reads AGENTS.md "
                    + (global ? "from ~/.kiro/steering/" : "at the workspace root")
                    + " (docs L1103)"));
      } else if (lower.endsWith(".md") && isSteering(p, lower)) {
        d.add(
            Diagnostic.ofFile(
                LayoutCode.MISPLACED_STEERING,
                p,
                prefix
                    + name
                    + " is never read: Kiro reads steering files from "
                    + prefix
                    + "steering/ (docs L1059); move it to "
                    + prefix
                    + "steering/"
                    + (lower.equals("steering.md") ? "<topic>.md" : name)));
      }
    }
  }

  private static boolean isSteering(Path file, String lower) {
    if (STEERING_NAMES.contains(lower)) {
      return true;
    }
    FrontMatterSplit split = frontMatter(file);
    return split != null && split.hasFrontMatter() && Keys.INCLUSION.matcher(split.yaml()).find();
  }

  private static void skillFiles(Path skills, String prefix, Diagnostics d) {
    for (Path p : entries(skills)) {
      String name = p.getFileName().toString();
      if (!name.toLowerCase(Locale.ROOT).endsWith(".md") || Files.isDirectory(p)) {
        continue;
      }
      FrontMatterSplit split = frontMatter(p);
      if (split != null
          && split.hasFrontMatter()
          && Keys.NAME.matcher(split.yaml()).find()
          && Keys.DESCRIPTION.matcher(split.yaml()).find()) {
        String stem = name.substring(0, name.length() - 3);
        d.add(
            Diagnostic.ofFile(
                LayoutCode.MISPLACED_SKILL,
                p,
                prefix
                    + "skills/"
                    + name
                    + " is never read: a skill is a folder, "
                    + prefix
                    + "skills/"
                    + stem
                    + "/SKILL.md (docs L1315)"));
      }
    }
  }

  /** The front matter of a regular file, or null when it cannot be read. */
  private static FrontMatterSplit frontMatter(Path file) {
    if (!Files.isRegularFile(file)) {
      return null;
    }
    Optional<TextFile> text = TextFile.read(file, new Diagnostics());
    return text.isPresent() ? FrontMatter.split(text.get().text()) : null;
  }

  /** The entries of {@code dir} sorted by name; none when it is missing or unreadable. */
  private static List<Path> entries(Path dir) {
    List<Path> out = new ArrayList<>();
    if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir)) {
      return out;
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
      for (Path p : stream) {
        out.add(p);
      }
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
    out.sort(BY_NAME);
    return out;
  }

  /**
   * Paths by file name. A class, not a lambda: every lint lists the {@code .kiro} folders, and each
   * lambda costs a fresh JVM its linking.
   */
  private static final class ByName implements Comparator<Path> {
    @Override
    public int compare(Path a, Path b) {
      return a.getFileName().toString().compareTo(b.getFileName().toString());
    }
  }
}
