package io.kiro4j.specs;

import io.kiro4j.core.context.ContextCode;
import io.kiro4j.core.context.ContextContribution;
import io.kiro4j.core.context.ContextKind;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.context.ContextProvider;
import io.kiro4j.core.context.ContextReason;
import io.kiro4j.core.context.ContextScope;
import io.kiro4j.core.diagnostic.Diagnostic;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Specs in a turn's context (core's {@link ContextProvider} seam, registered with {@link
 * java.util.ServiceLoader}): {@code #spec:name}, given as a reference or written in the prompt,
 * brings every document of the spec (requirements.md or bugfix.md, design.md, tasks.md, docs
 * L313–334), in that order. IDE mode only: {@code #} providers are the IDE's.
 *
 * <p>Immutable and thread-safe: it has no state.
 *
 * @since 0.2
 */
public final class SpecContextProvider implements ContextProvider {

  /** For {@link java.util.ServiceLoader}. */
  public SpecContextProvider() {}

  @Override
  public String name() {
    return "specs";
  }

  @Override
  public void contribute(ContextScope scope, ContextContribution c) {
    if (scope.mode() != ContextMode.IDE) {
      return;
    }
    Set<String> names = new LinkedHashSet<>();
    for (String ref : scope.request().references()) {
      if (ref.startsWith("spec:")) {
        c.claimReference(ref);
        names.add(ref.substring("spec:".length()));
      }
    }
    boolean inPrompt = scope.request().prompt().contains("#spec:");
    if (names.isEmpty() && !inPrompt) {
      return; // no need to load the specs
    }
    SpecSet specs = Specs.of(scope.workspace());
    if (inPrompt) {
      specs.mentions(scope.request().prompt()).forEach(m -> names.add(m.name()));
    }
    for (String name : names) {
      Optional<Spec> spec = specs.find(name);
      if (spec.isEmpty()) {
        c.diagnostic(
            Diagnostic.ofFile(
                ContextCode.UNKNOWN_REFERENCE,
                scope.workspace().primaryRoot().kiroDir().resolve("specs"),
                "#spec:" + name + " names no spec"));
        continue;
      }
      ContextReason reason = new ContextReason("#spec:" + name, "docs L313–334");
      for (String document : spec.get().documents()) {
        c.addFile(ContextKind.SPEC, spec.get().dir().resolve(document), reason);
      }
    }
  }
}
