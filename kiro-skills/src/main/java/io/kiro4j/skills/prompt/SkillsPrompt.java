package io.kiro4j.skills.prompt;

import java.util.List;

/**
 * Renders the {@code <available_skills>} block that tells a model which skills exist.
 *
 * <p>{@link #xml} is byte for byte what the reference's {@code to_prompt} returns: every element
 * and value on its own line, no indentation, no trailing newline; {@code name} and {@code
 * description} escaped as Python's {@code html.escape(s, quote=True)}; {@code location} not escaped
 * (as on the reference's main branch). {@link #compact} is the indented one-line-per-field form of
 * the specification's integration guide (docs L15842-15853), with the location escaped too.
 *
 * <pre>{@code
 * String xml = SkillsPrompt.xml(List.of(new PromptEntry("pdf", "Reads PDFs", "/s/pdf/SKILL.md")));
 * }</pre>
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class SkillsPrompt {

  private SkillsPrompt() {}

  /** The reference's {@code <available_skills>} block. */
  public static String xml(List<PromptEntry> entries) {
    StringBuilder sb = new StringBuilder("<available_skills>");
    for (PromptEntry e : entries) {
      sb.append("\n<skill>\n<name>\n")
          .append(escape(e.name()))
          .append("\n</name>\n<description>\n")
          .append(escape(e.description()))
          .append("\n</description>\n<location>\n")
          .append(e.location())
          .append("\n</location>\n</skill>");
    }
    return sb.append("\n</available_skills>").toString();
  }

  /** The compact form: one indented line per field, fewer tokens. */
  public static String compact(List<PromptEntry> entries) {
    StringBuilder sb = new StringBuilder("<available_skills>\n");
    for (PromptEntry e : entries) {
      sb.append("  <skill>\n    <name>")
          .append(escape(e.name()))
          .append("</name>\n    <description>")
          .append(escape(e.description()))
          .append("</description>\n    <location>")
          .append(escape(e.location()))
          .append("</location>\n  </skill>\n");
    }
    return sb.append("</available_skills>").toString();
  }

  /** Python's {@code html.escape(s, quote=True)}. */
  public static String escape(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      String rep;
      switch (s.charAt(i)) {
        case '&':
          rep = "&amp;";
          break;
        case '<':
          rep = "&lt;";
          break;
        case '>':
          rep = "&gt;";
          break;
        case '"':
          rep = "&quot;";
          break;
        case '\'':
          rep = "&#x27;";
          break;
        default:
          rep = null;
      }
      if (rep != null && sb == null) {
        sb = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(s.charAt(i));
        }
      }
    }
    return sb == null ? s : sb.toString();
  }
}
