package io.kiro4j.core.agent;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in tools of Kiro CLI, each with its canonical (documented) name and the aliases Kiro
 * also accepts: the internal names that hook matchers use (docs L6347) and the names of the Amazon
 * Q Developer CLI it descends from. This is the one place where {@code fs_read} becomes {@code
 * read}.
 *
 * <pre>{@code
 * BuiltinTool.byName("execute_bash").orElseThrow();   // SHELL, canonical name "shell"
 * BuiltinTool.canonicalName("fs_write");              // "write"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum BuiltinTool {
  /** {@code read} (L3181); internal {@code fs_read}. */
  READ("read", "fs_read"),
  /** {@code write} (L3338); internal {@code fs_write}. */
  WRITE("write", "fs_write"),
  /** {@code shell} (L3396); internal {@code execute_bash}, {@code execute_cmd} on Windows. */
  SHELL("shell", "execute_bash", "execute_cmd"),
  /** {@code aws} (L3428); internal {@code use_aws}. */
  AWS("aws", "use_aws"),
  /** {@code glob} (L3232). */
  GLOB("glob"),
  /** {@code grep} (L3282). */
  GREP("grep"),
  /** {@code web_search} (L3464). */
  WEB_SEARCH("web_search"),
  /** {@code web_fetch} (L3465). */
  WEB_FETCH("web_fetch"),
  /** {@code introspect} (L3672). */
  INTROSPECT("introspect"),
  /** {@code code} (L3740). */
  CODE("code"),
  /** {@code delegate} (L3763). */
  DELEGATE("delegate"),
  /** {@code report} (L3785); internal {@code report_issue}, older {@code gh_issue}. */
  REPORT("report", "report_issue", "gh_issue"),
  /** {@code knowledge} (L3793, experimental). */
  KNOWLEDGE("knowledge"),
  /** {@code thinking} (L3801, experimental). */
  THINKING("thinking"),
  /** {@code todo} (L3811, experimental); internal {@code todo_list}. */
  TODO("todo", "todo_list"),
  /**
   * {@code subagent} (L13456, L18949: the tool and its {@code toolsSettings} key); the tools page
   * calls it {@code use_subagent} (L3819).
   */
  SUBAGENT("subagent", "use_subagent");

  private static final Map<String, BuiltinTool> BY_NAME = new HashMap<>();

  static {
    for (BuiltinTool t : values()) {
      BY_NAME.put(t.canonical, t);
      for (String a : t.aliases) {
        BY_NAME.put(a, t);
      }
    }
  }

  private final String canonical;
  private final List<String> aliases;

  BuiltinTool(String canonical, String... aliases) {
    this.canonical = canonical;
    this.aliases = List.of(aliases);
  }

  /** The documented name ({@code read}, {@code shell}, ...). */
  public String canonicalName() {
    return canonical;
  }

  /** The other accepted names ({@code fs_read}, {@code execute_bash}, ...), possibly none. */
  public List<String> aliases() {
    return aliases;
  }

  /** Every accepted name: the canonical one first, then the aliases. */
  public List<String> names() {
    List<String> all = new java.util.ArrayList<>();
    all.add(canonical);
    all.addAll(aliases);
    return List.copyOf(all);
  }

  /** The tool a canonical name or alias names; tool names are case-sensitive (L14776). */
  public static Optional<BuiltinTool> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** The canonical name for {@code name} if it names a built-in tool, else {@code name} itself. */
  public static String canonicalName(String name) {
    BuiltinTool t = BY_NAME.get(name);
    return t == null ? name : t.canonical;
  }

  @Override
  public String toString() {
    return canonical.toLowerCase(Locale.ROOT);
  }
}
