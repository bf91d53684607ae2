package io.kiro4j.core.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole assemblies over random requests against one small workspace. */
class ContextAssemblyProperties {

  @TempDir Path tmp;

  record Request(
      ContextMode mode,
      List<String> refs,
      List<String> slash,
      List<String> session,
      String prompt,
      int window) {
    ContextRequest build() {
      ContextRequest.Builder b =
          ContextRequest.builder().mode(mode).prompt(prompt).contextWindow(window);
      refs.forEach(b::reference);
      slash.forEach(b::slashCommand);
      session.forEach(b::sessionFile);
      return b.file(Path.of("src/App.tsx")).build();
    }
  }

  static final Gen<Request> REQUESTS =
      s ->
          new Request(
              Gen.enums(ContextMode.class).generate(s),
              Gen.of(
                      "guide",
                      "steering:guide.md",
                      "file:README.md",
                      "folder:docs",
                      "nope",
                      "codebase",
                      "spec:x",
                      "README.md")
                  .list()
                  .ofMaxSize(4)
                  .generate(s),
              Gen.of("guide", "style", "deploy").list().ofMaxSize(2).generate(s),
              Gen.of("docs/*.md", "README.md", "missing.txt", "docs")
                  .list()
                  .ofMaxSize(3)
                  .generate(s),
              Gen.of("", "@review", "@review x", "@srv/p \"a\"", "hello").generate(s),
              Gen.ints(1, 400).generate(s));

  @Test
  void anAssemblyIsDeterministicWithinBudgetAndAccountsForEveryCandidateOnce() throws IOException {
    Path root = Files.createDirectories(tmp.resolve("p"));
    write(root.resolve("README.md"), "r".repeat(200));
    write(root.resolve("AGENTS.md"), "agents");
    write(root.resolve("docs/a.md"), "a".repeat(120));
    write(root.resolve("docs/b.md"), "b".repeat(40));
    write(root.resolve(".kiro/steering/style.md"), "s".repeat(300));
    write(
        root.resolve(".kiro/steering/guide.md"), "---\ninclusion: manual\n---\n" + "g".repeat(80));
    write(
        root.resolve(".kiro/steering/tsx.md"),
        "---\ninclusion: fileMatch\nfileMatchPattern: \"**/*.tsx\"\n---\n" + "t".repeat(60));
    write(root.resolve(".kiro/prompts/review.md"), "review it");
    ContextAssembler assembler =
        ContextAssembler.coreOnly(
                Kiro.open(
                    WorkspaceOptions.builder()
                        .root(root)
                        .userHome(tmp.resolve("home"))
                        .environment(Environment.empty())
                        .build()))
            .tokenCounter(TokenCounter.estimate());
    Property.forAll(REQUESTS)
        .tries(150)
        .check(
            r -> {
              AssembledContext a = assembler.assemble(r.build());
              AssembledContext b = assembler.assemble(r.build());
              assertThat(b.items()).isEqualTo(a.items());
              assertThat(b.dropped()).isEqualTo(a.dropped());
              assertThat(b.diagnostics()).isEqualTo(a.diagnostics());
              assertThat(a.contextFileTokens()).isLessThanOrEqualTo(r.window() * 3 / 4);
              // No file twice.
              List<Path> files = a.items().stream().flatMap(i -> i.path().stream()).toList();
              assertThat(files).doesNotHaveDuplicates();
              // Every token count is the counter's.
              a.items()
                  .forEach(
                      i ->
                          assertThat(i.tokens())
                              .isEqualTo(TokenCounter.estimate().count(i.text())));
            });
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
