package io.kiro4j.skills.power;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.frontmatter.FrontMatter;
import io.kiro4j.core.internal.frontmatter.FrontMatterDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.steering.SteeringFile;
import io.kiro4j.core.steering.SteeringSet;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import io.kiro4j.core.yaml.YamlScalar;
import io.kiro4j.core.yaml.YamlSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * An installed power (docs L1381-1745): {@code POWER.md} front matter ({@code name}, {@code
 * displayName}, {@code description}, {@code keywords}, {@code author}, {@code version}), its body
 * sections, the bundled {@code mcp.json} servers and the {@code steering/} files.
 *
 * <p>Front matter uses the lenient YAML profile: real {@code POWER.md} files write {@code keywords:
 * ["a", "b"]} in flow style.
 *
 * @param name the power's name
 * @param displayName the name shown in the powers panel
 * @param description what the power is for
 * @param keywords the activation keywords
 * @param author the author, if given
 * @param version the version, if given
 * @param directory the power's folder
 * @param file its {@code POWER.md}
 * @param scope workspace or global
 * @param onboarding the text of the body's onboarding section (heading containing "Onboarding")
 * @param onboardingHooks hook files the onboarding asks to create ({@code .kiro/hooks/*.kiro.hook})
 * @param mcpServers the servers of the bundled {@code mcp.json}, with their installed names
 * @param steering the bundled steering files ({@code steering/**}{@code /*.md}), read with core's
 *     steering engine ({@code SteeringSet.loadFolder}), in selection order
 *     <p>Immutable and thread-safe.
 * @param diagnostics the problems found
 */
public record Power(
    String name,
    Optional<String> displayName,
    String description,
    List<String> keywords,
    Optional<String> author,
    Optional<String> version,
    Path directory,
    Path file,
    Scope scope,
    Optional<String> onboarding,
    List<String> onboardingHooks,
    List<PowerServer> mcpServers,
    List<SteeringFile> steering,
    List<Diagnostic> diagnostics) {

  private static final Set<String> KNOWN =
      Set.of("name", "displayName", "description", "keywords", "author", "version");

  private static final Pattern HOOK_FILE = Pattern.compile("\\.kiro/hooks/[^`\\s]+\\.kiro\\.hook");

  private static final Pattern HEADING = Pattern.compile("(?m)^(#{1,6})\\s+(.*)$");

  public Power {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(description, "description");
    keywords = List.copyOf(keywords);
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(onboarding, "onboarding");
    onboardingHooks = List.copyOf(onboardingHooks);
    mcpServers = List.copyOf(mcpServers);
    steering = List.copyOf(steering);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Loads the power in {@code directory} (which holds {@code POWER.md}). Never throws. */
  public static Power load(Path directory, Scope scope, Workspace workspace) {
    Objects.requireNonNull(directory, "directory");
    Path file = directory.resolve("POWER.md");
    Diagnostics d = new Diagnostics();
    String folder = directory.getFileName() == null ? "" : directory.getFileName().toString();
    String name = folder;
    Optional<String> displayName = Optional.empty();
    String description = "";
    List<String> keywords = new ArrayList<>();
    Optional<String> author = Optional.empty();
    Optional<String> version = Optional.empty();
    String body = "";
    Optional<String> text = workspace.read(file, d);
    if (text.isPresent()) {
      FrontMatterDocument doc = FrontMatter.parse(text.get(), file, YamlProfile.LENIENT);
      d.addAll(doc.diagnostics());
      body = doc.body();
      if (doc.frontMatter().isEmpty()) {
        if (!doc.hasErrors()) {
          d.add(
              PowerCode.NO_FRONT_MATTER,
              file,
              1,
              1,
              "POWER.md has no front matter (name, description, keywords between --- lines)");
        }
      } else {
        YamlMapping fm = doc.frontMatter().get();
        name = string(fm, "name", file, d).orElse(folder);
        displayName = string(fm, "displayName", file, d);
        description = string(fm, "description", file, d).orElse("");
        author = string(fm, "author", file, d);
        version = string(fm, "version", file, d);
        for (String required : List.of("name", "description")) {
          if (!fm.containsKey(required)) {
            d.add(PowerCode.MISSING_FIELD, file, fm.line(), 1, "POWER.md lacks '" + required + "'");
          }
        }
        Optional<YamlNode> kw = fm.get("keywords");
        if (kw.isPresent()) {
          if (kw.get() instanceof YamlSequence) {
            for (YamlNode item : ((YamlSequence) kw.get()).items()) {
              if (item instanceof YamlScalar && !((YamlScalar) item).isNull()) {
                keywords.add(((YamlScalar) item).value());
              } else {
                d.add(
                    PowerCode.INVALID_FIELD,
                    file,
                    item.line(),
                    item.column(),
                    "keywords must be a list of strings");
              }
            }
          } else {
            d.add(
                PowerCode.INVALID_FIELD,
                file,
                kw.get().line(),
                kw.get().column(),
                "keywords must be a list of strings, found a " + kw.get().kind());
          }
        }
        if (keywords.isEmpty()) {
          d.add(
              PowerCode.NO_KEYWORDS,
              file,
              fm.line(),
              1,
              "power '" + name + "' has no keywords and never activates from a prompt");
        }
        for (YamlMapping.Entry e : fm.entries()) {
          if (!KNOWN.contains(e.key().value())) {
            d.add(
                PowerCode.UNKNOWN_FIELD,
                file,
                e.key().line(),
                e.key().column(),
                "unknown POWER.md field '" + e.key().value() + "'");
          }
        }
      }
    }
    Optional<String> onboarding = section(body, "onboarding");
    List<String> hooks = new ArrayList<>();
    if (onboarding.isPresent()) { // a conditional, not a lambda: on every lint's path
      Matcher m = HOOK_FILE.matcher(onboarding.get());
      while (m.find()) {
        if (!hooks.contains(m.group())) {
          hooks.add(m.group());
        }
      }
    }
    List<PowerServer> servers = servers(workspace, directory.resolve("mcp.json"), name, d);
    SteeringSet steeringSet =
        SteeringSet.loadFolder(workspace, directory.resolve("steering"), scope);
    d.addAll(steeringSet.diagnostics());
    List<SteeringFile> steering = steeringSet.files();
    return new Power(
        name,
        displayName,
        description,
        keywords,
        author,
        version,
        directory,
        file,
        scope,
        onboarding,
        hooks,
        servers,
        steering,
        d.toList());
  }

  private static Optional<String> string(YamlMapping fm, String key, Path file, Diagnostics d) {
    Optional<YamlNode> v = fm.get(key);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get() instanceof YamlScalar && !((YamlScalar) v.get()).isNull()) {
      return Optional.of(((YamlScalar) v.get()).value());
    }
    d.add(
        PowerCode.INVALID_FIELD,
        file,
        v.get().line(),
        v.get().column(),
        "'" + key + "' must be a string, found a " + v.get().kind());
    return Optional.empty();
  }

  /**
   * The text under the first heading whose title contains {@code word}, up to the next heading of
   * the same or a higher level.
   */
  static Optional<String> section(String body, String word) {
    Matcher m = HEADING.matcher(body);
    int start = -1;
    int level = 0;
    while (m.find()) {
      if (start >= 0 && m.group(1).length() <= level) {
        return Optional.of(body.substring(start, m.start()).strip());
      }
      if (start < 0 && m.group(2).toLowerCase(java.util.Locale.ROOT).contains(word)) {
        start = m.end();
        level = m.group(1).length();
      }
    }
    return start < 0 ? Optional.empty() : Optional.of(body.substring(start).strip());
  }

  private static List<PowerServer> servers(
      Workspace workspace, Path mcpJson, String power, Diagnostics d) {
    Optional<String> text = workspace.readIfPresent(mcpJson, d);
    if (text.isEmpty()) {
      return List.of();
    }
    JsonResult r = JsonLoader.lenient().parse(text.get(), mcpJson);
    d.addAll(r.diagnostics());
    if (r.document().isEmpty()) {
      return List.of();
    }
    JsonNode servers = r.document().get().root().get("mcpServers");
    if (servers == null || !servers.isObject()) {
      d.add(PowerCode.INVALID_MCP, mcpJson, 1, 1, "mcp.json has no \"mcpServers\" object");
      return List.of();
    }
    List<PowerServer> out = new ArrayList<>();
    for (Iterator<String> it = servers.propertyNames().iterator(); it.hasNext(); ) {
      String server = it.next();
      out.add(new PowerServer(server, PowerServer.installedName(power, server)));
    }
    return out;
  }
}
