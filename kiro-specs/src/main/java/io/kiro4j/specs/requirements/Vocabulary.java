package io.kiro4j.specs.requirements;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of spec headings and labels in the languages Kiro writes specs in, each checked against
 * real files (see the module README, "Languages"): Kiro keeps the structure and the EARS keywords
 * and translates the headings ({@code ### 需求 1：…}, {@code #### 验收标准}, {@code ### Requisito 1: …},
 * {@code #### Criterios de Aceptación}).
 */
final class Vocabulary {

  private Vocabulary() {}

  /**
   * A requirement heading: a requirement word, a number, an optional title after {@code :}, {@code
   * ：}, {@code .} or a dash; bold marks around the words are allowed ({@code **Requirement 1:**
   * Title}, {@code ### 需求 22（低优先级）}). Group 1 is the number, group 2 the title (may be empty).
   */
  static final Pattern REQUIREMENT_HEADING =
      Pattern.compile(
          "^(?:\\*\\*|__)?(?:(?i:requirement|requisito|exigence"
              + "|anforderung)|需求|要件|요구\\s?사항)\\s*(\\d+(?:\\.\\d+)*)(?![\\d\\p{L}])(?:\\*\\*|__)?"
              + "\\s*(?:[:：.\\-–—]\\s*)?(?:\\*\\*|__)?\\s*(.*?)(?:\\*\\*|__)?\\s*$");

  /**
   * A numbered heading ({@code ## 1. Title}) or a numbered user-story heading ({@code ### User
   * Story 2: Title}, {@code ### US-2: Title}, {@code ### 用户故事 2：…}): read as requirement {@code N}
   * only in a document without requirement headings, and only when criteria follow it. Group 1 is
   * the number, group 2 the title.
   */
  static final Pattern NUMBERED_HEADING =
      Pattern.compile(
          "^(?:(?:(?i:user\\s+story|us-|historia\\s+de\\s+usuario|hist[oó]ria\\s+de\\s+usu[aá]rio)"
              + "|用户故事|使用者故事|用戶故事|故事)\\s*)?(\\d+)(?:[.)](?!\\d)\\s*|\\s*[:：\\-–—]\\s*|\\s+)"
              + "(\\S.*?)\\s*$");

  /** Acceptance criteria labels, lower case: a heading or bold line starting with one. */
  private static final List<String> CRITERIA =
      List.of(
          "acceptance criteria",
          "验收标准",
          "驗收標準",
          "驗證標準",
          "受入基準",
          "受け入れ基準",
          "criterios de aceptación",
          "critérios de aceitação",
          "critères d'acceptation",
          "critères d’acceptation",
          "akzeptanzkriterien",
          "수용 기준");

  /** User story labels, lower case. */
  private static final List<String> STORY =
      List.of(
          "user story",
          "用户故事",
          "使用者故事",
          "用戶故事",
          "ユーザーストーリー",
          "historia de usuario",
          "história de usuário",
          "사용자 스토리",
          "objective",
          "目的",
          "目标",
          "目標");

  private static final List<String> INTRODUCTION =
      List.of("introduction", "简介", "簡介", "介绍", "介紹", "はじめに", "概要", "introducción", "introdução");

  private static final List<String> GLOSSARY =
      List.of(
          "glossary",
          "术语表",
          "術語表",
          "词汇表",
          "用語集",
          "glosario",
          "glossário",
          "glossaire",
          "glossar",
          "용어집");

  /** The label of {@code text} without emphasis, trailing colon and case. */
  static String label(String text) {
    String s = text.strip();
    int a = 0;
    int b = s.length();
    while (a < b && (s.charAt(a) == '*' || s.charAt(a) == '_')) {
      a++;
    }
    while (b > a
        && (s.charAt(b - 1) == '*'
            || s.charAt(b - 1) == '_'
            || s.charAt(b - 1) == ':'
            || s.charAt(b - 1) == '：'
            || Character.isWhitespace(s.charAt(b - 1)))) {
      b--;
    }
    return s.substring(a, b).toLowerCase(Locale.ROOT);
  }

  /** True when the heading or label text names the acceptance criteria. */
  static boolean isCriteria(String label) {
    return startsWithAny(label, CRITERIA);
  }

  /** True when {@code label} (from {@link #label}) is a user story label. */
  static boolean isStory(String label) {
    return startsWithAny(label, STORY);
  }

  /** True when the heading names the introduction. */
  static boolean isIntroduction(String heading) {
    return startsWithAny(label(heading), INTRODUCTION);
  }

  /** True when the heading names the glossary. */
  static boolean isGlossary(String heading) {
    return startsWithAny(label(heading), GLOSSARY);
  }

  /** True when the criteria label is English (or absent). */
  static boolean isEnglishCriteria(String label) {
    return label.startsWith("acceptance criteria");
  }

  private static boolean startsWithAny(String s, List<String> words) {
    for (String w : words) {
      if (s.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code c} is written in a script without spaces between words (Han, kana, Hangul), so
   * an English keyword next to it is still a word: {@code 界面SHALL保持}.
   */
  static boolean isCjk(char c) {
    if (c < 0x2E80) {
      return false;
    }
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN
        || s == Character.UnicodeScript.HIRAGANA
        || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }

  /** True when {@code s} holds a CJK character. */
  static boolean hasCjk(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isCjk(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
