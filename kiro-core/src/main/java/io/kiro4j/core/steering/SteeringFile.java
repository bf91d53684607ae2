package io.kiro4j.core.steering;

import io.kiro4j.core.workspace.Scope;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One steering file as Kiro reads it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the path below {@code steering/} without {@code .md}, with {@code /} (for example
 *     {@code sub/api}); {@code AGENTS} for an {@code AGENTS.md}
 * @param path the file
 * @param scope {@link Scope#WORKSPACE} or {@link Scope#GLOBAL}
 * @param root the owning root's index for a workspace file; empty for a global one
 * @param mode when the file is included
 * @param patterns the compiled {@code fileMatchPattern} globs (only for {@link
 *     InclusionMode#FILE_MATCH})
 * @param autoName the {@code name} of an {@code auto} file (defaults to the file name)
 * @param description the {@code description}, if any
 * @param frontMatter every front matter key with its plain value (strings, lists, maps, numbers,
 *     booleans), unknown keys included, in file order
 * @param body the Markdown after the front matter
 * @param bodyLine the 1-based line of the file where {@code body} starts
 * @param references the {@code #[[file:...]]} references in the body, in order
 */
public record SteeringFile(
    String name,
    Path path,
    Scope scope,
    OptionalInt root,
    InclusionMode mode,
    List<FilePattern> patterns,
    Optional<String> autoName,
    Optional<String> description,
    Map<String, Object> frontMatter,
    String body,
    int bodyLine,
    List<FileReference> references) {

  /** The foundational files Kiro generates and includes by default (docs L1071–1085). */
  public static final Set<String> FOUNDATION_NAMES = Set.of("product", "tech", "structure");

  public SteeringFile {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(mode, "mode");
    patterns = List.copyOf(patterns);
    Objects.requireNonNull(autoName, "autoName");
    Objects.requireNonNull(description, "description");
    // Map.copyOf would lose the file order, and plain YAML values may hold nulls.
    frontMatter = Collections.unmodifiableMap(new LinkedHashMap<>(frontMatter));
    Objects.requireNonNull(body, "body");
    references = List.copyOf(references);
  }

  /** The last segment of {@link #name()}: what {@code #name} references match. */
  public String fileName() {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? name : name.substring(slash + 1);
  }

  /** True for an {@code AGENTS.md} file. */
  public boolean isAgentsMd() {
    return mode == InclusionMode.AGENTS;
  }

  /** True for a top-level {@code product.md}, {@code tech.md} or {@code structure.md}. */
  public boolean isFoundational() {
    return FOUNDATION_NAMES.contains(name);
  }

  /** The raw {@code fileMatchPattern} strings, in order. */
  public List<String> patternStrings() {
    return patterns.stream().map(FilePattern::pattern).toList();
  }
}
