package io.kiro4j.skills.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.kiro4j.core.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every check and message of skills-ref @69ef37e (notes §1.2-1.3), in its order. */
class SkillValidatorTest {

  static final String ONLY =
      "Only ['allowed-tools', 'compatibility', 'description', 'license', 'metadata', 'name'] are"
          + " allowed.";

  @TempDir Path tmp;

  Path skill(String dir, String text) throws IOException {
    Path d = tmp.resolve(dir);
    Files.createDirectories(d);
    Files.writeString(d.resolve("SKILL.md"), text, StandardCharsets.UTF_8);
    return d;
  }

  List<String> errors(String dir, String frontMatter) throws IOException {
    return SkillValidator.validate(
            skill(dir, "---\n" + frontMatter + "---\n# Body\n"), ValidationOptions.reference())
        .errors();
  }

  List<String> kiroErrors(String dir, String frontMatter) throws IOException {
    return SkillValidator.validate(
            skill(dir, "---\n" + frontMatter + "---\n# Body\n"), ValidationOptions.kiro())
        .errors();
  }

  @Test
  void aValidSkillHasNoErrors() throws IOException {
    assertThat(errors("pdf", "name: pdf\ndescription: Reads PDFs.\nlicense: MIT\n")).isEmpty();
  }

  @Test
  void missingPathIsTheOnlyError() {
    SkillReport r = SkillValidator.validate(tmp.resolve("nope"), ValidationOptions.reference());
    assertThat(r.errors()).containsExactly("Path does not exist: " + tmp.resolve("nope"));
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("SKILL-001");
  }

  @Test
  void aFileIsNotADirectory() throws IOException {
    Path f = Files.writeString(tmp.resolve("file.txt"), "x");
    assertThat(SkillValidator.validate(f, ValidationOptions.reference()).errors())
        .containsExactly("Not a directory: " + f);
  }

  @Test
  void aFolderWithoutSkillMdMissesTheRequiredFile() throws IOException {
    Path d = Files.createDirectories(tmp.resolve("empty"));
    assertThat(SkillValidator.validate(d, ValidationOptions.reference()).errors())
        .containsExactly("Missing required file: SKILL.md");
  }

  @Test
  void lowercaseSkillMdIsFoundWhenSkillMdIsMissing() throws IOException {
    Path d = Files.createDirectories(tmp.resolve("low"));
    Files.writeString(d.resolve("skill.md"), "---\nname: low\ndescription: d\n---\n");
    assertThat(SkillValidator.validate(d, ValidationOptions.reference()).errors()).isEmpty();
  }

  @Test
  void textBeforeTheFrontMatterIsNotFrontMatter() throws IOException {
    for (String text : List.of("# Title\n", "\n---\nname: a\n---\n", "\uFEFF---\nname: a\n---\n")) {
      assertThat(SkillValidator.validate(skill("a", text), ValidationOptions.reference()).errors())
          .containsExactly("SKILL.md must start with YAML frontmatter (---)");
    }
  }

  @Test
  void anUnclosedFrontMatterIsReported() throws IOException {
    assertThat(
            SkillValidator.validate(
                    skill("a", "---\nname: a\ndescription: b\n"), ValidationOptions.reference())
                .errors())
        .containsExactly("SKILL.md frontmatter not properly closed with ---");
  }

  @Test
  void strictYamlErrorsKeepTheReferencePrefix() throws IOException {
    for (String fm :
        List.of(
            "name: a\nkeywords: [x, y]\n",
            "name: &x a\ndescription: *x\n",
            "name: !!str a\n",
            "name: a\nname: b\n",
            "name: a: b\n")) {
      List<String> e = errors("a", fm);
      assertThat(e).hasSize(1);
      assertThat(e.get(0)).startsWith("Invalid YAML in frontmatter: ");
    }
  }

  @Test
  void aNonMappingFrontMatterIsRejected() throws IOException {
    assertThat(errors("a", "- a\n- b\n"))
        .containsExactly("SKILL.md frontmatter must be a YAML mapping");
    assertThat(errors("a", "just text\n"))
        .containsExactly("SKILL.md frontmatter must be a YAML mapping");
    assertThat(errors("a", "# only a comment\n"))
        .containsExactly("SKILL.md frontmatter must be a YAML mapping");
  }

  @Test
  void unexpectedFieldsAreSortedAndListedFirst() throws IOException {
    assertThat(errors("a", "zeta: 1\nname: a\ndescription: d\nalpha: 2\n"))
        .containsExactly("Unexpected fields in frontmatter: alpha, zeta. " + ONLY);
  }

  @Test
  void keysAreCaseSensitive() throws IOException {
    assertThat(errors("a", "Name: a\ndescription: d\n"))
        .containsExactly(
            "Unexpected fields in frontmatter: Name. " + ONLY,
            "Missing required field in frontmatter: name");
  }

  @Test
  void missingNameAndDescriptionAreBothReported() throws IOException {
    assertThat(errors("a", "license: MIT\n"))
        .containsExactly(
            "Missing required field in frontmatter: name",
            "Missing required field in frontmatter: description");
  }

  @Test
  void aNameThatIsNotANonEmptyStringStopsTheNameChecks() throws IOException {
    for (String v : List.of("name:\n", "name: '  '\n", "name:\n  - a\n", "name:\n  x: y\n")) {
      assertThat(errors("a", v + "description: d\n"))
          .containsExactly("Field 'name' must be a non-empty string");
    }
  }

  @Test
  void scalarsAreStringsSoANumericNameIsChecked() throws IOException {
    assertThat(errors("123", "name: 123\ndescription: d\n")).isEmpty();
  }

  @Test
  void nameLongerThan64CodePointsAfterNfkc() throws IOException {
    String n = "a".repeat(65);
    assertThat(errors(n, "name: " + n + "\ndescription: d\n"))
        .containsExactly("Skill name '" + n + "' exceeds 64 character limit (65 chars)");
  }

  @Test
  void astralCharactersCountAsOneCharacter() throws IOException {
    String n = "\uD840\uDC00".repeat(33);
    assertThat(errors(n, "name: " + n + "\ndescription: d\n")).isEmpty();
  }

  @Test
  void uppercaseInAnyScriptMustBeLowercase() throws IOException {
    assertThat(errors("Pdf", "name: Pdf\ndescription: d\n"))
        .containsExactly("Skill name 'Pdf' must be lowercase");
    assertThat(errors("dž", "name: ǅ\ndescription: d\n"))
        .containsExactly(
            "Skill name 'Dž' must be lowercase", "Directory name 'dž' must match skill name 'Dž'");
    assertThat(errors("straße", "name: straße\ndescription: d\n")).isEmpty();
  }

  @Test
  void hyphenRules() throws IOException {
    assertThat(errors("-pdf", "name: -pdf\ndescription: d\n"))
        .containsExactly("Skill name cannot start or end with a hyphen");
    assertThat(errors("pdf--x", "name: pdf--x\ndescription: d\n"))
        .containsExactly("Skill name cannot contain consecutive hyphens");
  }

  @Test
  void onlyPythonAlnumAndHyphenAreAllowed() throws IOException {
    assertThat(errors("技能", "name: 技能\ndescription: d\n")).isEmpty();
    assertThat(errors("мой-навык", "name: мой-навык\ndescription: d\n")).isEmpty();
    assertThat(errors("௰", "name: ௰\ndescription: d\n")).isEmpty();
    for (String bad : List.of("my_skill", "नमस्ते", "a.b", "a–b")) {
      assertThat(errors(bad, "name: " + bad + "\ndescription: d\n"))
          .containsExactly(
              "Skill name '"
                  + bad
                  + "' contains invalid characters. Only letters, digits, and hyphens are"
                  + " allowed.");
    }
  }

  @Test
  void directoryNameMatchesAfterNfkc() throws IOException {
    assertThat(errors("my", "name: ｍｙ\ndescription: d\n")).isEmpty();
    assertThat(errors("fix", "name: ﬁx\ndescription: d\n")).isEmpty();
    assertThat(errors("v2", "name: v²\ndescription: d\n")).isEmpty();
    assertThat(errors("template", "name: template-skill\ndescription: d\n"))
        .containsExactly("Directory name 'template' must match skill name 'template-skill'");
  }

  @Test
  void nameIsStrippedWithPythonWhitespace() throws IOException {
    assertThat(errors("a", "name: \"\\u00a0a\\u2003\"\ndescription: d\n")).isEmpty();
  }

  @Test
  void descriptionMustBeANonEmptyString() throws IOException {
    assertThat(errors("a", "name: a\ndescription: ''\n"))
        .containsExactly("Field 'description' must be a non-empty string");
    assertThat(errors("a", "name: a\ndescription:\n  - x\n"))
        .containsExactly("Field 'description' must be a non-empty string");
  }

  @Test
  void descriptionLengthIsMeasuredOnTheRawValue() throws IOException {
    String d = "' " + "x".repeat(1024) + " '";
    assertThat(errors("a", "name: a\ndescription: " + d + "\n"))
        .containsExactly("Description exceeds 1024 character limit (1026 chars)");
    assertThat(errors("a", "name: a\ndescription: " + "x".repeat(1024) + "\n")).isEmpty();
  }

  @Test
  void compatibilityRules() throws IOException {
    assertThat(errors("a", "name: a\ndescription: d\ncompatibility: ''\n")).isEmpty();
    assertThat(errors("a", "name: a\ndescription: d\ncompatibility:\n  a: b\n"))
        .containsExactly("Field 'compatibility' must be a string");
    assertThat(errors("a", "name: a\ndescription: d\ncompatibility: " + "c".repeat(501) + "\n"))
        .containsExactly("Compatibility exceeds 500 character limit (501 chars)");
  }

  @Test
  void licenseMetadataAndAllowedToolsAreNotValidated() throws IOException {
    assertThat(
            errors(
                "a",
                "name: a\ndescription: d\nlicense:\n  x: y\nmetadata: text\nallowed-tools:\n  - 1\n"))
        .isEmpty();
  }

  @Test
  void errorsAccumulateInTheReferenceOrder() throws IOException {
    assertThat(errors("dir", "x: 1\nname: -Bad_--\ndescription: ''\ncompatibility:\n  - a\n"))
        .containsExactly(
            "Unexpected fields in frontmatter: x. " + ONLY,
            "Skill name '-Bad_--' must be lowercase",
            "Skill name cannot start or end with a hyphen",
            "Skill name cannot contain consecutive hyphens",
            "Skill name '-Bad_--' contains invalid characters. Only letters, digits, and hyphens"
                + " are allowed.",
            "Directory name 'dir' must match skill name '-Bad_--'",
            "Field 'description' must be a non-empty string",
            "Field 'compatibility' must be a string");
  }

  @Test
  void aTripleDashInsideAValueIsText() throws IOException {
    // Deliberate divergence: the reference's naive split would cut the description at "---".
    assertThat(errors("a", "name: a\ndescription: before---after\n")).isEmpty();
  }

  @Test
  void crlfFilesWork() throws IOException {
    Path d = skill("crlf", "---\r\nname: crlf\r\ndescription: d\r\n---\r\nbody\r\n");
    assertThat(SkillValidator.validate(d, ValidationOptions.reference()).errors()).isEmpty();
  }

  @Test
  void invalidUtf8IsAnError() throws IOException {
    Path d = Files.createDirectories(tmp.resolve("bin"));
    Files.write(d.resolve("SKILL.md"), new byte[] {'-', '-', '-', '\n', (byte) 0xff, '\n'});
    SkillReport r = SkillValidator.validate(d, ValidationOptions.reference());
    assertThat(r.errors()).containsExactly("SKILL.md is not valid UTF-8");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("SKILL-019");
  }

  @Test
  void kiroProfileRequiresAsciiNames() throws IOException {
    assertThat(kiroErrors("技能", "name: 技能\ndescription: d\n"))
        .containsExactly(
            "Skill name '技能' must use only lowercase ASCII letters, digits and hyphens (Kiro)");
    assertThat(kiroErrors("pdf", "name: pdf\ndescription: d\n")).isEmpty();
  }

  private SkillReport kiro(String dir, String frontMatter) throws IOException {
    return SkillValidator.validate(
        skill(dir, "---\n" + frontMatter + "---\n# Body\n"), ValidationOptions.kiro());
  }

  @Test // docs L1269: Kiro imports skills written for other tools (issue 14)
  void kiroProfileNotesClaudeCodeFieldsAsInfo() throws IOException {
    String fm =
        "name: fix-issue\ndescription: Fixes an issue.\nargument-hint: [issue-number]\n"
            + "disable-model-invocation: true\n";
    SkillReport r = kiro("fix-issue", fm);
    assertThat(r.errors()).isEmpty();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("SKILL-026", "SKILL-024");
    assertThat(r.diagnostics().get(1).message())
        .startsWith("argument-hint, disable-model-invocation are fields of another tool");
    // The reference profile stays exact: flow style is invalid YAML there.
    assertThat(errors("fix-issue2", fm.replace("fix-issue", "fix-issue2")))
        .singleElement()
        .asString()
        .startsWith("Invalid YAML in frontmatter:");
  }

  @Test
  void kiroProfileReadsFlowStyleListsInMetadataWithAnInfo() throws IOException {
    SkillReport r =
        kiro(
            "tagged",
            "name: tagged\ndescription: d\nmetadata:\n  tags: [pdf, forms]\n  author: me\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("SKILL-026");
    assertThat(r.diagnostics().get(0).message()).contains("Kiro reads it");
  }

  @Test
  void kiroProfileWarnsOnceForFieldsNoSpecificationDefines() throws IOException {
    SkillReport r = kiro("v", "name: v\ndescription: d\nversion: 1.0.0\nauthor: me\n");
    assertThat(r.errors()).isEmpty();
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("SKILL-025");
    assertThat(r.diagnostics().get(0).line()).isEqualTo(4);
    assertThat(r.diagnostics().get(0).message()).startsWith("version, author are not skill fields");
    assertThat(errors("w", "name: w\ndescription: d\nversion: 1.0.0\n"))
        .singleElement()
        .asString()
        .startsWith("Unexpected fields in frontmatter: version.");
  }

  @Test
  void kiroProfileStillRejectsYamlNoReaderAccepts() throws IOException {
    assertThat(kiroErrors("b", "name: b\ndescription: [unclosed\n"))
        .singleElement()
        .asString()
        .startsWith("Invalid YAML in frontmatter:");
  }

  @Test
  void lenientOptionsAllowExtraFieldsListToolsAndClaudeCodeFields() throws IOException {
    ValidationOptions o =
        ValidationOptions.builder()
            .allowField("version")
            .allowedToolsList(true)
            .claudeCodeFields(true)
            .build();
    Path d =
        skill(
            "a",
            "---\nname: a\ndescription: d\nversion: 1\nmodel: x\nallowed-tools:\n  - Read\n---\n");
    assertThat(SkillValidator.validate(d, o).errors()).isEmpty();
    Path bad = skill("b", "---\nname: b\ndescription: d\nallowed-tools:\n  - x: y\n---\n");
    assertThat(SkillValidator.validate(bad, o).errors())
        .containsExactly("Field 'allowed-tools' list items must all be strings");
    Path extra = skill("c", "---\nname: c\ndescription: d\nfoo: 1\n---\n");
    assertThat(SkillValidator.validate(extra, o).errors())
        .containsExactly(
            "Unexpected fields in frontmatter: foo. Only ['allowed-tools', 'argument-hint',"
                + " 'compatibility', 'description', 'disable-model-invocation', 'license',"
                + " 'metadata', 'model', 'name', 'version'] are allowed.");
  }

  @Test
  void diagnosticsPointAtTheValue() throws IOException {
    SkillReport r =
        SkillValidator.validate(
            skill("a", "---\ndescription: d\nname: B\n---\n"), ValidationOptions.reference());
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.code()).isEqualTo("SKILL-011");
    assertThat(d.line()).isEqualTo(3);
    assertThat(d.column()).isEqualTo(7);
  }
}
