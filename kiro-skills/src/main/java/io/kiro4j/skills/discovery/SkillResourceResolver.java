package io.kiro4j.skills.discovery;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.resource.ResourceContext;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.resource.ResourceResolver;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.skills.skill.SkillCode;
import io.kiro4j.skills.skill.SkillFile;
import io.kiro4j.skills.skill.SkillHead;
import io.kiro4j.skills.validation.SkillValidator;
import io.kiro4j.skills.validation.ValidationOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Resolves agent {@code skill://} resources (docs L6215-6221: "Skills with metadata loaded at
 * startup, full content loaded on demand"; specific paths or globs, absolute or relative) to {@code
 * SKILL.md} files. Registered on core's resolver seam through {@link java.util.ServiceLoader}.
 *
 * <ul>
 *   <li>A relative path or glob is relative to the workspace's first root; {@code ~} and {@code
 *       ${VAR}} expand as in {@code file://} paths.
 *   <li>A path without glob characters names a file, or a skill folder (its {@code SKILL.md}).
 *   <li>A glob ({@code *}, {@code ?}, {@code [}, <code>{</code>) matches files below its literal
 *       folder prefix, with the workspace-file glob dialect, e.g. {@code
 *       skill://.kiro/skills/**}{@code /SKILL.md}.
 * </ul>
 *
 * Nothing matched gives {@code SKILL-023} (warning). A matched file without skill front matter
 * ({@code name} and {@code description}, docs L6241; a steering file, say) is left out with {@code
 * SKILL-027} (warning): Kiro cannot load it as a skill.
 *
 * <p>Immutable and thread-safe: it has no state.
 */
public final class SkillResourceResolver implements ResourceResolver {

  private static final String PREFIX = "skill://";

  /** For {@link java.util.ServiceLoader}. */
  public SkillResourceResolver() {}

  @Override
  public String scheme() {
    return "skill";
  }

  @Override
  public ResourceResolution resolve(String uri, ResourceContext context) {
    Workspace ws = context.workspace();
    String raw =
        uri.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
            ? uri.substring(PREFIX.length())
            : uri;
    Diagnostics diagnostics = new Diagnostics();
    Path base = ws.primaryRoot().path();
    int glob = firstGlobChar(raw);
    // Plain conditionals and a named filter, no lambdas: an agent's skill:// resources are
    // resolved on every lint, and a fresh JVM links each lambda it reaches.
    List<Path> files;
    if (glob < 0) {
      Path p = ws.pathExpansion().resolve(raw, base).path();
      if (Files.isDirectory(p)) {
        Optional<Path> file = SkillFile.find(p);
        files = file.isPresent() ? List.of(file.get()) : List.of();
      } else {
        files = Files.isRegularFile(p) ? List.of(p) : List.of();
      }
    } else {
      int slash = raw.lastIndexOf('/', glob);
      String prefix = slash < 0 ? "" : raw.substring(0, slash);
      String pattern = raw.substring(slash + 1);
      Path dir = ws.pathExpansion().resolve(prefix.isEmpty() ? "." : prefix, base).path();
      Glob g;
      try {
        g =
            Glob.compile(
                pattern.contains("/") ? pattern : "/" + pattern, GlobDialect.WORKSPACE_FILE);
      } catch (GlobSyntaxException e) {
        diagnostics.add(
            Diagnostic.of(
                SkillCode.RESOURCE_UNRESOLVED,
                context.source(),
                context.line(),
                context.column(),
                "invalid glob in " + uri + ": " + e.getMessage()));
        return new ResourceResolution(uri, List.of(), scheme(), diagnostics.toList());
      }
      files = ws.listFiles(dir, g, diagnostics);
    }
    if (files.isEmpty()) {
      diagnostics.add(
          Diagnostic.of(
              SkillCode.RESOURCE_UNRESOLVED,
              context.source(),
              context.line(),
              context.column(),
              "skill resource " + uri + " matches no SKILL.md"));
    }
    List<Path> skills = new ArrayList<>();
    List<Path> notSkills = new ArrayList<>();
    for (Path f : files) {
      (hasSkillFrontMatter(f) ? skills : notSkills).add(f);
    }
    if (!notSkills.isEmpty()) {
      List<String> shown = new ArrayList<>();
      for (Path f : notSkills.subList(0, Math.min(3, notSkills.size()))) {
        shown.add(ws.displayPath(f).path());
      }
      if (notSkills.size() > 3) {
        shown.add("...");
      }
      diagnostics.add(
          Diagnostic.of(
              SkillCode.NOT_A_SKILL,
              context.source(),
              context.line(),
              context.column(),
              "skill resource "
                  + uri
                  + " resolves to "
                  + (notSkills.size() == 1
                      ? "a file"
                      : notSkills.size() + " of " + files.size() + " files")
                  + " without skill front matter ("
                  + String.join(", ", shown)
                  + "; a skill starts with name and description, docs L6241): Kiro cannot load "
                  + (notSkills.size() == 1 ? "it as a skill" : "them as skills")
                  + " (use file:// for context loaded at start)"));
    }
    return new ResourceResolution(uri, skills, scheme(), diagnostics.toList());
  }

  /** A file whose front matter has a {@code name} and a {@code description} (Kiro's reading). */
  private static boolean hasSkillFrontMatter(Path file) {
    SkillHead head = SkillValidator.readHead(file, ValidationOptions.kiro());
    return head.frontMatter().isPresent()
        && head.frontMatter().get().containsKey("name")
        && head.frontMatter().get().containsKey("description");
  }

  private static int firstGlobChar(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return -1;
  }
}
