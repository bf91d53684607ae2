package io.kiro4j.skills;

import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.skills.discovery.Skill;
import io.kiro4j.skills.discovery.SkillSet;
import io.kiro4j.skills.prompt.PromptEntry;
import io.kiro4j.skills.prompt.PromptResult;
import io.kiro4j.skills.prompt.SkillsPrompt;
import io.kiro4j.skills.skill.PropertiesResult;
import io.kiro4j.skills.skill.SkillFile;
import io.kiro4j.skills.skill.SkillProperties;
import io.kiro4j.skills.validation.SkillReport;
import io.kiro4j.skills.validation.SkillValidator;
import io.kiro4j.skills.validation.ValidationOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Agent Skills ({@code SKILL.md}) for Java: validate exactly as the reference validator, read
 * properties, render the {@code <available_skills>} prompt, and discover a Kiro workspace's skills.
 *
 * <pre>{@code
 * SkillReport report = Skills.validate(Path.of("skills/pdf"));
 * if (!report.isValid()) report.errors().forEach(System.err::println);
 *
 * SkillSet skills = Skills.of(Kiro.open(Path.of(".")));      // workspace + ~/.kiro skills
 * String prompt = Skills.xml(skills);                          // <available_skills>...
 * }</pre>
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class Skills {

  private Skills() {}

  /** Validates the skill folder {@code dir} with the reference's rules. */
  public static SkillReport validate(Path dir) {
    return SkillValidator.validate(dir, ValidationOptions.reference());
  }

  /** Validates the skill folder {@code dir} with {@code options}. */
  public static SkillReport validate(Path dir, ValidationOptions options) {
    return SkillValidator.validate(dir, options);
  }

  /** The reference's {@code read_properties} of the skill folder {@code dir}. */
  public static PropertiesResult readProperties(Path dir) {
    return SkillProperties.read(dir);
  }

  /**
   * The reference's {@code to_prompt}: each folder is made absolute (symlinks resolved), read with
   * {@code read_properties}, and listed with the location of the {@code SKILL.md} found.
   */
  public static PromptResult toPrompt(List<Path> dirs) {
    List<PromptEntry> entries = new ArrayList<>();
    for (Path dir : dirs) {
      Path resolved = resolve(dir);
      PropertiesResult props = SkillProperties.read(resolved);
      if (props instanceof PropertiesResult.Failed) {
        return new PromptResult.Failed(((PropertiesResult.Failed) props).message());
      }
      SkillProperties p = ((PropertiesResult.Read) props).properties();
      Optional<Path> file = SkillFile.find(resolved);
      entries.add(new PromptEntry(p.name(), p.description(), file.orElseThrow().toString()));
    }
    return new PromptResult.Rendered(SkillsPrompt.xml(entries));
  }

  /** The workspace's skills (global and workspace, overrides applied), loaded once. */
  public static SkillSet of(Workspace workspace) {
    return SkillSet.of(Objects.requireNonNull(workspace, "workspace"));
  }

  /** The reference-format {@code <available_skills>} block of the valid skills of {@code set}. */
  public static String xml(SkillSet set) {
    return SkillsPrompt.xml(entries(set));
  }

  /** The compact {@code <available_skills>} block of the valid skills of {@code set}. */
  public static String compact(SkillSet set) {
    return SkillsPrompt.compact(entries(set));
  }

  private static List<PromptEntry> entries(SkillSet set) {
    List<PromptEntry> entries = new ArrayList<>();
    for (Skill s : set.skills()) {
      if (s.properties().isPresent()) {
        entries.add(
            new PromptEntry(s.name(), s.description(), s.file().toAbsolutePath().toString()));
      }
    }
    return entries;
  }

  /** Python's {@code Path.resolve()}: real path when it exists, else absolute and normalised. */
  private static Path resolve(Path dir) {
    try {
      return dir.toRealPath();
    } catch (IOException e) {
      Path abs = dir.toAbsolutePath().normalize();
      return abs;
    }
  }
}
