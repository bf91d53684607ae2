package io.kiro4j.skills.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.Kiro;
import io.kiro4j.core.context.ActiveServer;
import io.kiro4j.core.context.AssembledContext;
import io.kiro4j.core.context.ContextAssembler;
import io.kiro4j.core.context.ContextItem;
import io.kiro4j.core.context.ContextKind;
import io.kiro4j.core.context.ContextMode;
import io.kiro4j.core.context.ContextRequest;
import io.kiro4j.core.context.TokenCounter;
import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.variable.Environment;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skills and powers reach a turn's context through core's provider seam (ServiceLoader). */
class SkillsAndPowersInContextTest {

  @TempDir Path tmp;
  Path root;
  Path home;

  @BeforeEach
  void layout() throws IOException {
    root = Files.createDirectories(tmp.resolve("project"));
    home = Files.createDirectories(tmp.resolve("home"));
    write(
        root.resolve(".kiro/skills/pdf/SKILL.md"),
        "---\nname: pdf\ndescription: Extracts text from PDF files.\n---\n\nUse pdftotext.\n");
    write(
        root.resolve(".kiro/skills/charts/SKILL.md"),
        "---\nname: charts\ndescription: Draws charts.\n---\nPlot it.\n");
    Path stripe = home.resolve(".kiro/powers/stripe");
    write(
        stripe.resolve("POWER.md"),
        "---\nname: stripe\ndescription: Payments\nkeywords: [\"payment\", \"checkout\"]\n---\n"
            + "Use the stripe tools.\n");
    write(stripe.resolve("mcp.json"), "{\"mcpServers\": {\"api\": {\"command\": \"x\"}}}");
    write(stripe.resolve("steering/idempotency.md"), "Always send idempotency keys.");
    write(stripe.resolve("steering/refunds.md"), "---\ninclusion: manual\n---\nRefund rules.");
    Path neon = home.resolve(".kiro/powers/neon");
    write(
        neon.resolve("POWER.md"),
        "---\nname: neon\ndescription: Postgres\nkeywords: [\"database\"]\n---\nNeon.\n");
    write(neon.resolve("mcp.json"), "{\"mcpServers\": {\"db\": {\"command\": \"x\"}}}");
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private AssembledContext assemble(ContextRequest.Builder request) {
    Workspace ws =
        Kiro.open(
            WorkspaceOptions.builder()
                .root(root)
                .userHome(home)
                .environment(Environment.empty())
                .build());
    ContextAssembler assembler = ContextAssembler.of(ws).tokenCounter(TokenCounter.estimate());
    assertThat(assembler.providers()).contains("powers", "skills");
    return assembler.assemble(request.build());
  }

  private static List<ContextItem> ofKind(AssembledContext ctx, ContextKind kind) {
    return ctx.items().stream().filter(i -> i.kind() == kind).toList();
  }

  @Test
  void skillMetadataIsAlwaysInTheContextAsAvailableSkills() {
    AssembledContext ctx = assemble(ContextRequest.builder());
    List<ContextItem> meta = ofKind(ctx, ContextKind.SKILL_METADATA);
    assertThat(meta).hasSize(1);
    assertThat(meta.get(0).text())
        .startsWith("<available_skills>")
        .contains("<name>charts</name>", "<name>pdf</name>")
        .doesNotContain("Use pdftotext");
    assertThat(meta.get(0).reason().docs()).isEqualTo("docs L15840–15856");
    assertThat(ofKind(ctx, ContextKind.SKILL_BODY)).isEmpty();
  }

  @Test
  void anActivatedSkillBringsItsBody() {
    AssembledContext ctx = assemble(ContextRequest.builder().skill("pdf").skill("nope"));
    List<ContextItem> bodies = ofKind(ctx, ContextKind.SKILL_BODY);
    assertThat(bodies).hasSize(1);
    assertThat(bodies.get(0).text()).isEqualTo("Use pdftotext.");
    assertThat(bodies.get(0).source()).isEqualTo(".kiro/skills/pdf/SKILL.md");
    assertThat(ctx.diagnostics()).extracting(Diagnostic::code).containsExactly("CONTEXT-012");
  }

  @Test
  void aCliCustomAgentHasOnlyTheSkillsOfItsSkillResources() throws IOException {
    write(
        root.resolve(".kiro/agents/dev.json"),
        "{\"name\": \"dev\", \"resources\": [\"skill://.kiro/skills/pdf/SKILL.md\"]}");
    AssembledContext ctx = assemble(ContextRequest.builder().mode(ContextMode.CLI).agent("dev"));
    String meta = ofKind(ctx, ContextKind.SKILL_METADATA).get(0).text();
    assertThat(meta).contains("<name>pdf</name>").doesNotContain("charts");
  }

  @Test
  void aPowerActivatesByAKeywordOfThePromptWithItsSteeringAndServers() {
    AssembledContext ctx = assemble(ContextRequest.builder().prompt("Add a Checkout page"));
    List<ContextItem> powers = ofKind(ctx, ContextKind.POWER);
    assertThat(powers)
        .extracting(ContextItem::source)
        .containsExactly("~/.kiro/powers/stripe/POWER.md");
    assertThat(powers.get(0).reason().rule()).contains("stripe").contains("checkout");
    // Its steering by inclusion mode: the always file, not the manual one.
    assertThat(ofKind(ctx, ContextKind.STEERING))
        .extracting(ContextItem::source)
        .containsExactly("~/.kiro/powers/stripe/steering/idempotency.md");
    assertThat(ctx.activeServers())
        .extracting(ActiveServer::name)
        .containsExactly("power-stripe-api");
  }

  @Test
  void anInactivePowerBringsNothing() {
    AssembledContext ctx = assemble(ContextRequest.builder().prompt("rename a variable"));
    assertThat(ofKind(ctx, ContextKind.POWER)).isEmpty();
    assertThat(ctx.activeServers()).isEmpty();
  }

  @Test
  void powersAreAnIdeFeature() {
    AssembledContext ctx =
        assemble(ContextRequest.builder().mode(ContextMode.CLI).prompt("payment"));
    assertThat(ofKind(ctx, ContextKind.POWER)).isEmpty();
  }

  @Test
  void anIdeMarkdownAgentTakesPowersOnlyWithIncludePowers() throws IOException {
    write(root.resolve(".kiro/agents/plain.md"), "---\nname: plain\n---\nPlain.");
    write(
        root.resolve(".kiro/agents/powered.md"),
        "---\nname: powered\nincludePowers: true\n---\nPowered.");
    assertThat(
            ofKind(
                assemble(ContextRequest.builder().agent("plain").prompt("payment")),
                ContextKind.POWER))
        .isEmpty();
    AssembledContext powered = assemble(ContextRequest.builder().agent("powered"));
    assertThat(ofKind(powered, ContextKind.POWER)).hasSize(2);
    assertThat(powered.activeServers())
        .extracting(ActiveServer::name)
        .containsExactly("power-neon-db", "power-stripe-api");
    assertThat(ofKind(powered, ContextKind.POWER).get(0).reason().docs()).isEqualTo("docs L19715");
  }

  @Test
  void providersRunInNameOrderAfterSteering() throws IOException {
    write(root.resolve(".kiro/steering/style.md"), "style");
    AssembledContext ctx = assemble(ContextRequest.builder().prompt("payment"));
    assertThat(ctx.items())
        .extracting(i -> i.kind().label())
        .containsExactly("steering", "power", "steering", "skill-metadata");
  }

  @Test
  void aPowersManualSteeringComesInByHashNameWithoutAnUnknownReference() {
    AssembledContext ctx =
        assemble(ContextRequest.builder().prompt("a payment flow").reference("#refunds"));
    assertThat(ofKind(ctx, ContextKind.STEERING))
        .extracting(ContextItem::source)
        .containsExactly(
            "~/.kiro/powers/stripe/steering/idempotency.md",
            "~/.kiro/powers/stripe/steering/refunds.md");
    assertThat(ctx.diagnostics()).isEmpty();
    // Without the power active, the reference is unknown.
    assertThat(assemble(ContextRequest.builder().reference("#refunds")).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("STEER-020");
  }
}
