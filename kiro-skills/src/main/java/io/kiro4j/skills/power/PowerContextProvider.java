package io.kiro4j.skills.power;

import io.kiro4j.core.context.ContextContribution;
import io.kiro4j.core.context.ContextKind;
import io.kiro4j.core.context.ContextProvider;
import io.kiro4j.core.context.ContextReason;
import io.kiro4j.core.context.ContextScope;
import io.kiro4j.core.context.PowerAccess;
import io.kiro4j.core.steering.AppliedSteering;
import io.kiro4j.core.steering.InclusionReason;
import io.kiro4j.core.steering.SteeringFile;
import io.kiro4j.core.steering.SteeringRequest;
import io.kiro4j.core.steering.SteeringSelection;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Powers in a turn's context (core's {@link ContextProvider} seam, registered with {@link
 * java.util.ServiceLoader}). A power is active when a keyword of it appears in the prompt (docs
 * L1712–1741, {@link PowerActivation}), or always for an IDE Markdown agent with {@code
 * includePowers: true} (docs L19715); core decides which of the two applies ({@link PowerAccess}).
 * An active power brings:
 *
 * <ul>
 *   <li>its {@code POWER.md} (the steering that says which tools it has and when to use them);
 *   <li>its bundled {@code steering/} files that apply to the request, chosen by inclusion mode as
 *       workspace steering is ({@link SteeringSet#select}; a manual file by {@code #name} or {@code
 *       /name});
 *   <li>its MCP servers, by their installed names ({@code power-<power>-<server>}), declared
 *       {@linkplain ContextContribution#activeServer active}. An inactive power's servers are not.
 * </ul>
 *
 * <p>Immutable and thread-safe: it has no state.
 *
 * @since 0.2
 */
public final class PowerContextProvider implements ContextProvider {

  /** For {@link java.util.ServiceLoader}. */
  public PowerContextProvider() {}

  @Override
  public String name() {
    return "powers";
  }

  /**
   * The steering sets of powers that were active once, cached on the workspace as its views are.
   */
  private static final class PowerSteering {
    final Map<Path, SteeringSet> sets = new ConcurrentHashMap<>();
  }

  /** Claims the request's references that name {@code name}, so core does not report them. */
  private static void claim(ContextScope scope, String name, ContextContribution c) {
    for (String ref : scope.request().references()) {
      if (ref.equals(name)
          || ref.equals("steering:" + name)
          || ref.equals("steering:" + name + ".md")) {
        c.claimReference(ref);
      }
    }
  }

  @Override
  public void contribute(ContextScope scope, ContextContribution c) {
    if (scope.powerAccess() == PowerAccess.NONE) {
      return;
    }
    Workspace ws = scope.workspace();
    PowerSet powers = PowerSet.of(ws);
    List<Power> active = new ArrayList<>();
    List<ContextReason> reasons = new ArrayList<>();
    if (scope.powerAccess() == PowerAccess.ALL) {
      for (Power p : powers.powers()) {
        active.add(p);
        reasons.add(
            new ContextReason("includePowers of agent " + scope.agent().name(), "docs L19715"));
      }
    } else {
      for (PowerMatch m : powers.activate(scope.request().prompt())) {
        active.add(m.power());
        reasons.add(
            new ContextReason(
                "power " + m.power().name() + " activated by keywords " + m.matchedKeywords(),
                "docs L1712–1741"));
      }
    }
    SteeringRequest.Builder sr = SteeringRequest.builder();
    scope.request().workingDirectory().ifPresent(sr::workingDirectory);
    scope.request().files().forEach(sr::file);
    // A power's manual steering comes in as workspace steering does: #name or /name.
    for (String ref : scope.request().references()) {
      if (ref.startsWith("steering:")) {
        sr.reference(ref.substring("steering:".length()).replaceFirst("\\.md$", ""));
      } else if (ref.indexOf(':') < 0) {
        sr.reference(ref);
      }
    }
    scope.request().slashCommands().forEach(sr::reference);
    SteeringRequest steeringRequest = sr.build();
    for (int i = 0; i < active.size(); i++) {
      Power p = active.get(i);
      ContextReason reason = reasons.get(i);
      c.addFile(ContextKind.POWER, p.file(), reason);
      if (!p.steering().isEmpty()) {
        SteeringSet set =
            ws.view(PowerSteering.class, w -> new PowerSteering())
                .sets
                .computeIfAbsent(
                    p.directory(),
                    d -> SteeringSet.loadFolder(ws, d.resolve("steering"), p.scope()));
        SteeringSelection sel = set.select(steeringRequest);
        for (AppliedSteering a : sel.applied()) {
          SteeringFile f = a.file();
          if (a.reason() instanceof InclusionReason.Reference) {
            claim(scope, ((InclusionReason.Reference) a.reason()).name(), c);
          }
          c.add(
              ContextKind.STEERING,
              f.path(),
              f.bodyLine(),
              new ContextReason(
                  "steering of power " + p.name() + " (" + a.reason().label() + ")",
                  "docs L1712–1741, L1536–1545"),
              f.body(),
              List.of());
        }
      }
      for (PowerServer s : p.mcpServers()) {
        c.activeServer(
            s.installedName(),
            new ContextReason("server of active power " + p.name(), "docs L1712–1741"));
      }
    }
  }
}
