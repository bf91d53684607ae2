package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.CodeInfo;
import io.kiro4j.core.lint.RuleDoc;
import io.kiro4j.core.lint.RuleDocs;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code kiro4j explain [CODE]}: a rule's documentation, from docs/diagnostics.md. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    description = {
      "Explain a diagnostic code: the rule, why it matters, the Kiro docs lines, a bad and a good"
          + " example (the text of docs/diagnostics.md, shipped in kiro-core).",
      "Without CODE, list every code with its summary.",
      "Exit 0, or 2 for a code no rule has."
    })
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "CODE", arity = "0..1", description = "A code such as STEER-006.")
  String code;

  @Option(names = "--json", description = "Print one JSON document instead of text.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    HumanOutput out = HumanOutput.out(spec);
    if (code == null) {
      list(out);
    } else {
      String id = code.strip().toUpperCase(Locale.ROOT);
      CodeInfo rule =
          WorkspaceReport.LINTER
              .rule(id)
              .orElseThrow(() -> new UsageException("no rule has the code '" + code + "'"));
      Optional<RuleDoc> doc = RuleDocs.bundled().find(id);
      if (json) {
        JsonOutput.print(out, json(rule, doc));
      } else {
        text(out, rule, doc);
      }
    }
    out.flush();
    return Kiro4jCli.OK;
  }

  private void list(HumanOutput out) {
    if (json) {
      ObjectNode doc = JsonOutput.document();
      ArrayNode rules = doc.putArray("rules");
      for (CodeInfo rule : WorkspaceReport.LINTER.rules()) {
        rules
            .addObject()
            .put("code", rule.id())
            .put("severity", rule.severity().label())
            .put("summary", rule.summary());
      }
      JsonOutput.print(out, doc);
      return;
    }
    for (CodeInfo rule : WorkspaceReport.LINTER.rules()) {
      out.println(rule.id() + " " + rule.severity().label() + " " + rule.summary());
    }
  }

  private static void text(HumanOutput out, CodeInfo rule, Optional<RuleDoc> doc) {
    out.println(rule.id() + " (" + rule.severity().label() + "): " + rule.summary());
    if (doc.isEmpty()) {
      return;
    }
    RuleDoc d = doc.get();
    out.println("");
    out.println("Section: " + d.section());
    out.println("");
    out.println(d.meaning());
    List<String> lines = d.docsLines();
    if (!lines.isEmpty()) {
      out.println("");
      out.println("Kiro docs: " + String.join(", ", lines));
    }
    if (!d.sectionIntro().isEmpty()) {
      out.println("");
      out.lines(d.sectionIntro());
    }
    if (d.explanation().isPresent()) {
      out.println("");
      out.lines(d.explanation().get());
    }
    out.println("");
    out.println("More: " + d.helpUri());
  }

  private static ObjectNode json(CodeInfo rule, Optional<RuleDoc> doc) {
    ObjectNode n = JsonOutput.document();
    n.put("code", rule.id());
    n.put("severity", rule.severity().label());
    n.put("summary", rule.summary());
    n.put("section", doc.map(RuleDoc::section).orElse(null));
    n.put("meaning", doc.map(RuleDoc::meaning).orElse(null));
    ArrayNode lines = n.putArray("docsLines");
    doc.ifPresent(d -> d.docsLines().forEach(lines::add));
    n.put("explanation", doc.flatMap(RuleDoc::explanation).orElse(null));
    n.put("helpUri", doc.map(RuleDoc::helpUri).orElse(RuleDoc.DOCS_URL));
    return n;
  }
}
