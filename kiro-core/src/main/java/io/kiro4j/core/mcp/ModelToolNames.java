package io.kiro4j.core.mcp;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names the model sees for MCP tools. Configs, permissions and hooks say {@code @server/tool};
 * the model needs a name matching {@code ^[a-zA-Z][a-zA-Z0-9_]*$} of at most 64 characters (the
 * limit model APIs put on tool names; the Kiro CLI shortens names the same way).
 *
 * <ul>
 *   <li>A {@code toolAliases} entry for {@code @server/tool} is used as is (aliases bypass
 *       sanitisation upstream).
 *   <li>Otherwise the candidate is {@code server___tool}; when it is invalid it is sanitised: only
 *       {@code [A-Za-z0-9_]} kept, {@code ___} inside the parts removed, an {@code a} prefixed when
 *       it does not start with a letter, cut to 64 characters.
 *   <li>A name already taken gets {@code 1} appended until it is free (cut first so it stays within
 *       64).
 * </ul>
 *
 * <pre>{@code
 * Map<String, String> names = ModelToolNames.assign(List.of("@git/status", "@my-db/run.query"), Map.of());
 * // {"@git/status": "git___status", "@my-db/run.query": "mydb___runquery"}
 * }</pre>
 */
public final class ModelToolNames {

  /** The longest name a model accepts. */
  public static final int MAX_LENGTH = 64;

  private static final Pattern VALID = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_]*$");

  private ModelToolNames() {}

  /** True when {@code name} is a valid model tool name. */
  public static boolean isValid(String name) {
    return name.length() <= MAX_LENGTH && VALID.matcher(name).matches();
  }

  /**
   * Model names for {@code qualifiedTools} ({@code @server/tool}), in the order given (earlier
   * tools keep the plain name on a collision), honouring {@code aliases} (original to alias).
   */
  public static Map<String, String> assign(
      List<String> qualifiedTools, Map<String, String> aliases) {
    Objects.requireNonNull(qualifiedTools, "qualifiedTools");
    Objects.requireNonNull(aliases, "aliases");
    Map<String, String> out = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String q : qualifiedTools) {
      String alias = aliases.get(q);
      if (alias != null) {
        out.put(q, alias);
        taken.add(alias);
      }
    }
    for (String q : qualifiedTools) {
      if (out.containsKey(q)) {
        continue;
      }
      String name = candidate(q);
      while (taken.contains(name)) {
        name = (name.length() >= MAX_LENGTH ? name.substring(0, MAX_LENGTH - 1) : name) + "1";
      }
      taken.add(name);
      out.put(q, name);
    }
    return out;
  }

  /** The name for one {@code @server/tool} before collisions are resolved. */
  static String candidate(String qualified) {
    String server = qualified;
    String tool = "";
    if (qualified.startsWith("@")) {
      int slash = qualified.indexOf('/');
      server = slash < 0 ? qualified.substring(1) : qualified.substring(1, slash);
      tool = slash < 0 ? "" : qualified.substring(slash + 1);
    }
    String plain = server + "___" + tool;
    if (isValid(plain) && !server.contains("___") && !tool.contains("___")) {
      return plain;
    }
    return sanitise(keep(server) + "___" + keep(tool));
  }

  private static String keep(String part) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
        b.append(c);
      }
    }
    return b.toString().replace("___", "");
  }

  private static String sanitise(String name) {
    String n = name;
    if (n.isEmpty() || !Character.isLetter(n.charAt(0)) || n.charAt(0) > 'z') {
      n = "a" + n;
    }
    return n.length() > MAX_LENGTH ? n.substring(0, MAX_LENGTH) : n;
  }
}
