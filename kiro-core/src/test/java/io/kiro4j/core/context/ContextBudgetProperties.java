package io.kiro4j.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The budget and order rules hold for any candidates and any context window. */
class ContextBudgetProperties {

  @TempDir Path tmp;

  private static final io.kiro4j.core.agent.Agent AGENT =
      io.kiro4j.core.agent.AgentSet.of(
              Kiro.open(
                  WorkspaceOptions.builder()
                      .root(Path.of("").toAbsolutePath())
                      .userHome(Path.of("").toAbsolutePath().resolve("no-home"))
                      .environment(Environment.empty())
                      .build()))
          .defaultAgent();

  /** A candidate: kind, file index (-1: no file), text length (-1: unavailable). */
  record Spec(ContextKind kind, int file, int length) {}

  static final Gen<Spec> SPEC =
      Gen.combine(
          Gen.enums(ContextKind.class),
          Gen.combine(Gen.ints(-1, 6), Gen.ints(-1, 600), List::of),
          (k, fl) -> new Spec(k, fl.get(0), fl.get(1)));

  private ContextContribution contribution(Workspace ws, List<Spec> specs) {
    ContextContribution c = new ContextContribution(ws, new ShownPaths(ws));
    ContextReason reason = new ContextReason("generated", "");
    for (Spec s : specs) {
      Optional<Path> path =
          s.file() < 0 ? Optional.empty() : Optional.of(tmp.resolve("f" + s.file() + ".md"));
      if (s.length() < 0) {
        if (path.isPresent()) {
          c.unavailable(s.kind(), path.get(), "unreadable", List.of());
        } else {
          c.unavailable(s.kind(), "gen", "unreadable", List.of());
        }
      } else if (path.isPresent()) {
        c.add(s.kind(), path.get(), 1, reason, "x".repeat(s.length()), List.of());
      } else {
        c.addText(s.kind(), "gen", reason, "x".repeat(s.length()));
      }
    }
    return c;
  }

  @Test
  void contextFilesNeverExceedTheBudgetAndEveryCandidateIsKeptOrDroppedInOrder() {
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(tmp)
                .userHome(tmp.resolve("home"))
                .environment(Environment.empty())
                .build());
    TokenCache tokens = new TokenCache(TokenCounter.estimate());
    Property.forAll(SPEC.list().ofMaxSize(30), Gen.ints(1, 2000))
        .tries(500)
        .check(
            (specs, window) -> {
              AssembledContext ctx = Budget.apply(contribution(ws, specs), AGENT, window, tokens);
              // Budget: context files take at most 75% of the window.
              assertThat(ctx.contextFileTokens()).isLessThanOrEqualTo(window * 3 / 4);
              // dropped ∪ items = candidates, each exactly once.
              assertThat(ctx.items().size() + ctx.dropped().size()).isEqualTo(specs.size());
              // Items keep the candidates' order: walk both together.
              List<Integer> lengths = new ArrayList<>();
              for (Spec s : specs) {
                lengths.add(s.length());
              }
              int at = 0;
              for (ContextItem item : ctx.items()) {
                while (at < specs.size()
                    && (specs.get(at).kind() != item.kind()
                        || lengths.get(at) != item.text().length())) {
                  at++;
                }
                assertThat(at).isLessThan(specs.size());
                at++;
              }
              // No file is included twice.
              assertThat(
                      ctx.items().stream()
                          .filter(i -> i.path().isPresent())
                          .filter(i -> i.kind() != ContextKind.AGENT_PROMPT)
                          .map(i -> i.path().get())
                          .distinct()
                          .count())
                  .isEqualTo(
                      ctx.items().stream()
                          .filter(i -> i.path().isPresent())
                          .filter(i -> i.kind() != ContextKind.AGENT_PROMPT)
                          .count());
              // Deterministic: the same candidates give the same context.
              AssembledContext again = Budget.apply(contribution(ws, specs), AGENT, window, tokens);
              assertThat(again.items()).isEqualTo(ctx.items());
              assertThat(again.dropped()).isEqualTo(ctx.dropped());
            });
  }

  @Test
  void aFileIsDroppedForTheBudgetOnlyWhenItDoesNotFitWhatIsLeft() {
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(tmp)
                .userHome(tmp.resolve("home"))
                .environment(Environment.empty())
                .build());
    TokenCache tokens = new TokenCache(TokenCounter.estimate());
    Property.forAll(SPEC.list().ofMaxSize(20), Gen.ints(1, 1000))
        .tries(500)
        .check(
            (specs, window) -> {
              AssembledContext ctx = Budget.apply(contribution(ws, specs), AGENT, window, tokens);
              int budget = window * 3 / 4;
              for (DroppedItem d : ctx.dropped()) {
                if (d.reason().startsWith("over the context file budget")) {
                  assertThat(d.kind().isContextFile()).isTrue();
                  assertThat(d.tokens()).isPositive();
                  assertThat(d.tokens()).isGreaterThan(budget - ctx.contextFileTokens() - 0);
                }
              }
              assertThat(ctx.diagnostics().stream().anyMatch(x -> x.code().equals("CONTEXT-008")))
                  .isEqualTo(
                      ctx.dropped().stream()
                          .anyMatch(d -> d.reason().startsWith("over the context file budget")));
            });
  }
}
