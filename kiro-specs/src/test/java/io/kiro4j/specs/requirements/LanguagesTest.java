package io.kiro4j.specs.requirements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Specs Kiro wrote in other languages: the headings are translated, the structure and (mostly) the
 * EARS keywords are kept. Each input is a minimal one of our own, named after a pattern seen in
 * public repositories (the module README lists how many files each was checked against).
 */
class LanguagesTest {

  private static RequirementsDocument parse(String text) {
    return RequirementsDocument.parse(Path.of("requirements.md"), text);
  }

  @Test
  void chineseRequirementHeadingsAreRead() {
    RequirementsDocument d =
        parse(
            "# 需求文档\n\n## 简介\n\n一个记账应用。\n\n## 术语表\n\n- **Ledger**: 账本\n\n## 需求\n\n"
                + "### 需求 1：记录支出\n\n**用户故事：** 作为用户，我希望记录支出，以便了解开销。\n\n"
                + "#### 验收标准\n\n1. WHEN 用户提交支出 THEN 系统 SHALL 保存记录\n"
                + "2. THE Ledger SHALL 按日期排序\n\n### 需求 2: 导出\n\n#### 验收标准\n\n"
                + "1. WHEN 用户点击导出，THE Ledger SHALL 生成 CSV 文件\n");
    assertThat(d.introduction()).isEqualTo("一个记账应用。");
    assertThat(d.glossary()).extracting(GlossaryTerm::term).containsExactly("Ledger");
    assertThat(d.requirements()).extracting(Requirement::id).containsExactly("1", "2");
    Requirement r = d.requirements().get(0);
    assertThat(r.title()).contains("记录支出");
    assertThat(r.userStory().orElseThrow().role()).isEqualTo("用户");
    assertThat(r.userStory().orElseThrow().benefit()).isEqualTo("了解开销");
    assertThat(r.criteria()).extracting(AcceptanceCriterion::id).containsExactly("1.1", "1.2");
    EarsStatement e = d.criterion("1.1").orElseThrow().ears().orElseThrow();
    assertThat(e.pattern()).isEqualTo(EarsPattern.EVENT_DRIVEN);
    assertThat(e.system()).isEqualTo("系统");
    assertThat(e.response()).isEqualTo("保存记录");
    assertThat(d.criterion("2.1").orElseThrow().ears().orElseThrow().conditions().get(0).text())
        .isEqualTo("用户点击导出");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void traditionalChineseHeadingsAreRead() {
    RequirementsDocument d =
        parse(
            "## 需求\n\n### 需求 1：多語言\n\n**使用者故事：** 作為管理員，我希望切換語言，以便閱讀。\n\n"
                + "#### 驗收標準\n\n1. WHEN 切換語言 THEN 系統 SHALL 更新文字\n");
    assertThat(d.criterion("1.1")).isPresent();
    assertThat(d.requirements().get(0).userStory().orElseThrow().want()).isEqualTo("切換語言");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void headingWithAFullWidthParenthesisIsARequirement() {
    RequirementsDocument d = parse("### 需求 22（低优先级）\n\n#### 验收标准\n\n1. THE App SHALL 支持语音输入\n");
    assertThat(d.requirements()).extracting(Requirement::id).containsExactly("22");
    assertThat(d.requirements().get(0).title()).contains("（低优先级）");
  }

  @Test
  void spanishRequirementHeadingsAreRead() {
    RequirementsDocument d =
        parse(
            "# Documento de Requisitos\n\n## Introducción\n\nUn chat.\n\n## Glosario\n\n"
                + "- **Sistema**: la aplicación\n\n## Requisitos\n\n"
                + "### Requisito 1: Inicio de sesión\n\n**Historia de Usuario:** Como docente,"
                + " quiero entrar con mi clave, para que nadie más acceda.\n\n"
                + "#### Criterios de Aceptación\n\n"
                + "1. WHEN un usuario envía la clave, THE Sistema SHALL validar la clave\n"
                + "2. IF la clave es inválida, THEN THE Sistema SHALL mostrar un error\n");
    assertThat(d.introduction()).isEqualTo("Un chat.");
    assertThat(d.glossary()).extracting(GlossaryTerm::term).containsExactly("Sistema");
    Requirement r = d.requirements().get(0);
    assertThat(r.userStory().orElseThrow().role()).isEqualTo("docente");
    assertThat(r.criteria()).hasSize(2);
    assertThat(d.criterion("1.2").orElseThrow().ears().orElseThrow().pattern())
        .isEqualTo(EarsPattern.UNWANTED_BEHAVIOUR);
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // the older Kiro translated the keywords too: "CUANDO … ENTONCES el sistema DEBERÁ …"
  void spanishTranslatedEarsKeywordsAreRead() {
    RequirementsDocument d =
        parse(
            "### Requisito 1\n\n#### Criterios de Aceptación\n\n"
                + "1. CUANDO el usuario inicia sesión ENTONCES el sistema DEBERÁ mostrar el panel\n");
    EarsStatement e = d.criterion("1.1").orElseThrow().ears().orElseThrow();
    assertThat(e.pattern()).isEqualTo(EarsPattern.EVENT_DRIVEN);
    assertThat(e.conditions().get(0).text()).isEqualTo("el usuario inicia sesión");
    assertThat(e.system()).isEqualTo("el sistema");
    assertThat(e.response()).isEqualTo("mostrar el panel");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // "WENN … DANN SOLL das System …": the modal comes before the system in German
  void germanRequirementHeadingsAndKeywordsAreRead() {
    RequirementsDocument d =
        parse(
            "## Anforderungen\n\n### Anforderung 1\n\n**User Story:** Als Benutzer möchte ich"
                + " Folgefragen stellen.\n\n#### Akzeptanzkriterien\n\n"
                + "1. WENN ein Benutzer eine Folgefrage stellt DANN SOLL das System den Kontext"
                + " nutzen\n");
    EarsStatement e = d.criterion("1.1").orElseThrow().ears().orElseThrow();
    assertThat(e.pattern()).isEqualTo(EarsPattern.EVENT_DRIVEN);
    assertThat(e.response()).isEqualTo("das System den Kontext nutzen");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void japaneseRequirementHeadingsAreRead() {
    RequirementsDocument d =
        parse(
            "# 要件定義書\n\n## はじめに\n\n録音アプリ。\n\n## 用語集\n\n- **App**: アプリ\n\n"
                + "## 要件\n\n### 要件1: 設定の管理\n\n**ユーザーストーリー:** ユーザーとして、設定を保存したい。"
                + "そうすることで、次回も使える。\n\n#### 受け入れ基準（Acceptance Criteria）\n\n"
                + "1. WHEN ユーザーが設定を保存した場合、THE App SHALL 全設定を保存する\n\n"
                + "### 要件 2: 録音\n\n**目的:** ユーザーとして、録音したい。\n\n#### 受入基準\n\n"
                + "1. THE App SHALL 録音する\n");
    assertThat(d.introduction()).isEqualTo("録音アプリ。");
    assertThat(d.glossary()).extracting(GlossaryTerm::term).containsExactly("App");
    assertThat(d.requirements()).extracting(Requirement::id).containsExactly("1", "2");
    assertThat(d.requirements().get(0).userStory().orElseThrow().want()).isEqualTo("設定を保存");
    assertThat(d.requirements().get(1).userStory()).isPresent();
    assertThat(d.criterion("1.1").orElseThrow().ears().orElseThrow().system()).isEqualTo("App");
    assertThat(d.criterion("2.1")).isPresent();
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // "WHEN … THEN Authentication Serviceは…しなければならない": English keywords, Japanese modal
  void japaneseModalWithoutShallIsSaidOnceAsInfo() {
    RequirementsDocument d =
        parse(
            "### 要件1: 招待\n\n#### 受入基準\n\n"
                + "1. WHEN 管理者がメールを提供する THEN Serviceはトークンを生成しなければならない\n"
                + "2. IF トークンが無効である THEN Serviceはエラーを返さなければならない\n");
    assertThat(d.requirements().get(0).criteria()).hasSize(2);
    assertThat(d.diagnostics())
        .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::severity)
        .containsExactly(tuple("REQ-012", 5, Severity.INFO));
    assertThat(d.diagnostics().get(0).message())
        .startsWith("2 criteria are written in another language without SHALL (first: 1.1)");
  }

  @Test // "当用户打开登录界面时，系统应显示用户名输入框": fully translated EARS
  void chineseCriteriaWithoutShallAreSaidOnceAsInfo() {
    RequirementsDocument d =
        parse(
            "### 需求 1：登录界面\n\n#### 验收标准\n\n1. 当用户打开登录界面时，系统应显示用户名输入框\n"
                + "2. 当用户点击登录按钮时，系统应验证输入不为空\n");
    assertThat(d.requirements().get(0).criteria()).hasSize(2);
    assertThat(d.diagnostics()).extracting(Diagnostic::code).containsExactly("REQ-012");
  }

  @Test // a Chinese criterion under English headings is in another language too
  void chineseCriteriaUnderEnglishHeadingsAreLocalized() {
    RequirementsDocument d =
        parse(
            "### Requirement 1\n\n#### Acceptance Criteria\n\n1. THE App SHALL 启动\n"
                + "2. 当用户登录时，系统应当显示首页\n");
    assertThat(d.diagnostics()).extracting(Diagnostic::code).containsExactly("REQ-012");
  }

  @Test
  void portugueseRequirementHeadingsAreRead() {
    RequirementsDocument d =
        parse(
            "## Requisitos\n\n### Requisito 1: Tela Inicial\n\n**User Story:** Como Jogador, eu"
                + " quero ver a tela inicial, para que eu possa jogar.\n\n"
                + "#### Critérios de Aceitação\n\n"
                + "1. WHEN a App é iniciada, THE Tela_Inicial SHALL exibir um botão\n");
    assertThat(d.requirements().get(0).userStory().orElseThrow().role()).isEqualTo("Jogador");
    assertThat(d.criterion("1.1").orElseThrow().ears().orElseThrow().system())
        .isEqualTo("Tela_Inicial");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // French typography puts a space before the colon: "Exigence 1 : …", "User Story :"
  void frenchRequirementHeadingsAreRead() {
    RequirementsDocument d =
        parse(
            "## Exigences\n\n### Exigence 1 : Liste des succès\n\n**User Story :** En tant"
                + " qu'administrateur, je veux voir la liste, afin de naviguer.\n\n"
                + "#### Critères d'acceptation\n\n"
                + "1. WHEN un administrateur ouvre la page, THE Admin_Page SHALL afficher la liste\n");
    Requirement r = d.requirements().get(0);
    assertThat(r.title()).contains("Liste des succès");
    assertThat(r.userStory().orElseThrow().want()).isEqualTo("voir la liste");
    assertThat(r.criteria()).hasSize(1);
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test
  void koreanRequirementHeadingsAreRead() {
    RequirementsDocument d =
        parse(
            "## 요구사항\n\n### 요구사항 1: 라우터 분기\n\n**사용자 스토리:** 개발자로서, 요청을 분기하고 싶습니다.\n\n"
                + "#### 수용 기준 (Acceptance Criteria)\n\n"
                + "1. WHEN 클라이언트가 요청을 보내면, THE 프록시_서버 SHALL 요청을 전달한다\n");
    assertThat(d.requirements().get(0).userStory()).isPresent();
    assertThat(d.criterion("1.1").orElseThrow().ears().orElseThrow().system()).isEqualTo("프록시_서버");
    assertThat(d.diagnostics()).isEmpty();
  }

  @Test // "WHEN用户访问聊天页面时，THE系统SHALL显示…": no spaces around the keywords
  void earsKeywordsInsideCjkTextWithoutSpacesAreRead() {
    EarsStatement e = ears("WHEN用户访问聊天页面时，THE系统SHALL显示可用的角色列表");
    assertThat(e.pattern()).isEqualTo(EarsPattern.EVENT_DRIVEN);
    assertThat(e.conditions().get(0).text()).isEqualTo("用户访问聊天页面时");
    assertThat(e.system()).isEqualTo("系统");
    assertThat(e.response()).isEqualTo("显示可用的角色列表");
    assertThat(ears("THE CKB数据模型SHALL向后兼容").system()).isEqualTo("CKB数据模型");
    assertThat(ears("WHEN 聚簇索引页面分裂 THEN 系统SHALL保持数据有序").system()).isEqualTo("系统");
  }

  private static EarsStatement ears(String criterion) {
    RequirementsDocument d = parse("### 需求 1\n\n#### 验收标准\n\n1. " + criterion + "\n");
    assertThat(d.diagnostics()).isEmpty();
    return d.criterion("1.1").orElseThrow().ears().orElseThrow();
  }
}
