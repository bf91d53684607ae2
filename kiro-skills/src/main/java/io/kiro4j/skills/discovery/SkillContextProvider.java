package io.kiro4j.skills.discovery;

import io.kiro4j.core.context.ContextCode;
import io.kiro4j.core.context.ContextContribution;
import io.kiro4j.core.context.ContextKind;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.context.ContextProvider;
import io.kiro4j.core.context.ContextReason;
import io.kiro4j.core.context.ContextScope;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.skills.prompt.PromptEntry;
import io.kiro4j.skills.prompt.SkillsPrompt;
import io.kiro4j.skills.skill.SkillCode;
import io.kiro4j.skills.validation.ValidationOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Skills in a turn's context (core's {@link ContextProvider} seam, registered with {@link
 * java.util.ServiceLoader}): the {@code <available_skills>} list of name, description and location
 * always, in the docs' form (docs L15840–15856, {@link SkillsPrompt#compact}), and an activated
 * skill's instructions (docs L6237–6264: metadata at startup, full content on demand).
 *
 * <p>Which skills: a CLI custom agent has the skills of its {@code skill://} resources (docs
 * L6215–6221); the IDE and the CLI default agent have the workspace's skills ({@link SkillSet},
 * docs L1289–1301). Skills whose front matter cannot be read are not listed.
 *
 * <p>Immutable and thread-safe: it has no state.
 *
 * @since 0.2
 */
public final class SkillContextProvider implements ContextProvider {

  /** For {@link java.util.ServiceLoader}. */
  public SkillContextProvider() {}

  @Override
  public String name() {
    return "skills";
  }

  @Override
  public void contribute(ContextScope scope, ContextContribution c) {
    Workspace ws = scope.workspace();
    List<Skill> skills;
    ContextReason listed;
    if (scope.mode() == ContextMode.CLI && scope.customAgent()) {
      skills = fromResources(ws, scope.resources());
      listed =
          new ContextReason(
              "skill:// resources of agent " + scope.agent().name() + ", metadata",
              "docs L6215–6221, L15840–15856");
    } else {
      skills = SkillSet.of(ws).skills();
      listed = new ContextReason("available skills, metadata always", "docs L15840–15856");
    }
    List<PromptEntry> entries = new ArrayList<>();
    for (Skill s : skills) {
      if (s.properties().isPresent()) {
        entries.add(
            new PromptEntry(s.name(), s.description(), s.file().toAbsolutePath().toString()));
      }
    }
    if (!entries.isEmpty()) {
      c.addText(
          ContextKind.SKILL_METADATA, "<available_skills>", listed, SkillsPrompt.compact(entries));
    }
    for (String name : scope.request().skills()) {
      Optional<Skill> skill =
          skills.stream()
              .filter(s -> s.name().equals(name) && s.properties().isPresent())
              .findFirst();
      if (skill.isEmpty()) {
        c.diagnostic(
            Diagnostic.ofFile(
                ContextCode.UNKNOWN_SKILL,
                ws.primaryRoot().kiroDir().resolve("skills"),
                "skill '" + name + "' is not available to agent " + scope.agent().name()));
        continue;
      }
      ContextReason reason = new ContextReason("skill " + name + " activated", "docs L6237–6264");
      try {
        c.add(ContextKind.SKILL_BODY, skill.get().file(), 1, reason, skill.get().body(), List.of());
      } catch (IOException e) {
        c.unavailable(
            ContextKind.SKILL_BODY,
            skill.get().file(),
            "cannot be read: " + reason.rule(),
            List.of(
                Diagnostic.ofFile(
                    SkillCode.UNREADABLE,
                    skill.get().file(),
                    "cannot read the skill's instructions: " + e.getMessage())));
      }
    }
  }

  /** The skills of the {@code skill://} resources, in resource order, each once. */
  private static List<Skill> fromResources(Workspace ws, List<ResourceResolution> resources) {
    List<Skill> out = new ArrayList<>();
    List<Path> seen = new ArrayList<>();
    Path global = ws.canonicalize(ws.globalKiroDir());
    for (ResourceResolution r : resources) {
      if (!r.resolvedBy().equals("skill")) {
        continue;
      }
      for (Path file : r.files()) {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || seen.contains(dir)) {
          continue;
        }
        seen.add(dir);
        Scope scope =
            ws.readsGlobalScope() && ws.canonicalize(dir).startsWith(global)
                ? Scope.GLOBAL
                : Scope.WORKSPACE;
        out.add(Skill.load(dir, scope, ValidationOptions.kiro()));
      }
    }
    return out;
  }
}
