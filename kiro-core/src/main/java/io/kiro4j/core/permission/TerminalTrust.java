package io.kiro4j.core.permission;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.internal.shell.ShellParse;
import io.kiro4j.core.internal.shell.ShellParser;
import io.kiro4j.core.internal.shell.SimpleCommand;
import io.kiro4j.core.json.JsonCode;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * IDE terminal trust: {@code kiroAgent.trustedCommands} and {@code kiroAgent.commandDenylist} (docs
 * L19774–19906). The decision is only {@link PermissionDecision.Allow} or {@link
 * PermissionDecision.Ask}: a denylist hit means manual approval, never a refusal.
 *
 * <pre>{@code
 * TerminalTrust trust = TerminalTrust.builder(TerminalMode.KIRO)
 *     .trusted("npm *", new RuleOrigin("--trusted", "0")).denied("--force", new RuleOrigin("--denied", "0"))
 *     .build();
 * trust.evaluate("npm install --force");   // Ask: contains "--force"
 * }</pre>
 *
 * <ul>
 *   <li>The denylist is checked first, as a substring of the whole command.
 *   <li>{@code "*"} trusts every command; {@code "P *"} trusts {@code P} and anything that starts
 *       with {@code "P "}; any other entry trusts only the identical string. In {@link
 *       TerminalMode#KIRO} the whole string is compared, chains included (the reason says the rest
 *       of a chain was not checked); in {@link TerminalMode#STRICT} every simple command must be
 *       trusted.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TerminalTrust {

  /** The settings key of trusted command patterns. */
  public static final String TRUSTED_KEY = "kiroAgent.trustedCommands";

  /** The settings key of the denylist. */
  public static final String DENYLIST_KEY = "kiroAgent.commandDenylist";

  private record Entry(String text, RuleOrigin origin) {}

  private final TerminalMode mode;
  private final List<Entry> trusted;
  private final List<Entry> denied;
  private final List<Diagnostic> diagnostics;
  private final List<Path> settingsFiles;

  private TerminalTrust(Builder b) {
    this.mode = b.mode;
    this.trusted = List.copyOf(b.trusted);
    this.denied = List.copyOf(b.denied);
    this.diagnostics = b.diagnostics.toList();
    this.settingsFiles = List.copyOf(b.files);
  }

  /** An empty builder. */
  public static Builder builder(TerminalMode mode) {
    return new Builder(mode);
  }

  /**
   * A builder holding the settings of {@code workspace}: the user settings file (the first of
   * {@code ~/.config/Kiro/User/settings.json}, {@code ~/Library/Application
   * Support/Kiro/User/settings.json}, {@code ~/AppData/Roaming/Kiro/User/settings.json} that
   * exists) and each root's {@code .vscode/settings.json}. The denylists of all files add up; for
   * the trusted list the last workspace file that sets it replaces the user's, as VS Code settings
   * do (a union would trust more than Kiro).
   */
  public static Builder fromSettings(Workspace workspace, TerminalMode mode) {
    Builder b = new Builder(mode);
    Path home = workspace.userHome();
    List<Path> candidates = new ArrayList<>();
    for (String p :
        List.of(
            ".config/Kiro/User/settings.json",
            "Library/Application Support/Kiro/User/settings.json",
            "AppData/Roaming/Kiro/User/settings.json")) {
      if (Files.isRegularFile(home.resolve(p))) {
        candidates.add(home.resolve(p));
        break;
      }
    }
    workspace.roots().forEach(r -> candidates.add(r.path().resolve(".vscode/settings.json")));
    List<Entry> trusted = List.of();
    for (Path file : candidates) {
      if (!Files.isRegularFile(file)) {
        continue;
      }
      Optional<JsonNode> root = read(file, b.diagnostics);
      if (root.isEmpty()) {
        continue;
      }
      b.files.add(file);
      String source = workspace.displayPath(file).toString();
      List<Entry> t = strings(root.get(), TRUSTED_KEY, source, file, b.diagnostics);
      if (root.get().has(TRUSTED_KEY)) {
        trusted = t;
      }
      b.denied.addAll(strings(root.get(), DENYLIST_KEY, source, file, b.diagnostics));
    }
    b.trusted.addAll(trusted);
    return b;
  }

  private static Optional<JsonNode> read(Path file, Diagnostics diags) {
    Optional<TextFile> text = TextFile.read(file, diags);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    JsonResult result = JsonLoader.lenient().parse(text.get().text(), file);
    for (Diagnostic d : result.diagnostics()) {
      // VS Code settings are JSON with comments: comments and trailing commas are normal there.
      if (!d.code().equals(JsonCode.COMMENT.id())
          && !d.code().equals(JsonCode.TRAILING_COMMA.id())) {
        diags.add(d);
      }
    }
    return result.document().map(JsonDocument::root).filter(JsonNode::isObject);
  }

  private static List<Entry> strings(
      JsonNode root, String key, String source, Path file, Diagnostics diags) {
    JsonNode value = root.get(key);
    List<Entry> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (!value.isArray()) {
      diags.add(PermissionCode.BAD_SETTING_VALUE, file, 1, 1, key + " is not a list");
      return out;
    }
    for (int i = 0; i < value.size(); i++) {
      JsonNode n = value.get(i);
      if (n.isString()) {
        out.add(new Entry(n.asString(), new RuleOrigin(source, key + "[" + i + "]")));
      } else {
        diags.add(
            PermissionCode.BAD_SETTING_VALUE, file, 1, 1, key + "[" + i + "] is not a string");
      }
    }
    return out;
  }

  /** The settings files that were read, in order. */
  public List<Path> settingsFiles() {
    return settingsFiles;
  }

  /** Problems in the settings files. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The mode. */
  public TerminalMode mode() {
    return mode;
  }

  /** Decides whether {@code command} runs without approval. */
  public PermissionDecision evaluate(String command) {
    Objects.requireNonNull(command, "command");
    List<Reason> hits = new ArrayList<>();
    for (Entry d : denied) {
      if (!d.text().isEmpty() && command.contains(d.text())) {
        hits.add(
            Reason.of(
                ReasonCode.COMMAND_DENYLIST,
                "contains \"" + d.text() + "\": manual approval required",
                d.origin()));
      }
    }
    if (!hits.isEmpty()) {
      return new PermissionDecision.Ask(hits);
    }
    if (mode == TerminalMode.KIRO) {
      Entry e = trustedBy(command);
      if (e == null) {
        return PermissionDecision.ask(
            Reason.builtin(ReasonCode.DEFAULT, "no trusted command pattern matches"));
      }
      String msg = "matches trusted command \"" + e.text() + "\"";
      ShellParse parse = ShellParser.parse(command);
      boolean chained =
          !(parse instanceof ShellParse.Parsed) || ((ShellParse.Parsed) parse).compound();
      if (chained && !e.text().equals(command)) {
        msg += "; the chained commands after the prefix are not checked";
      }
      return PermissionDecision.allow(Reason.of(ReasonCode.TRUSTED_COMMAND, msg, e.origin()));
    }
    ShellParse parse = ShellParser.parse(command);
    if (parse instanceof ShellParse.Unparsable) {
      return PermissionDecision.ask(
          Reason.builtin(
              ReasonCode.UNPARSABLE,
              "cannot judge the command: " + ((ShellParse.Unparsable) parse).reason()));
    }
    List<SimpleCommand> parts = ((ShellParse.Parsed) parse).commands();
    if (parts.isEmpty()) {
      return PermissionDecision.ask(Reason.builtin(ReasonCode.DEFAULT, "empty command"));
    }
    List<Reason> reasons = new ArrayList<>();
    for (SimpleCommand part : parts) {
      if (!part.arguments().isEmpty() && !part.arguments().get(0).literal()) {
        return PermissionDecision.ask(
            Reason.builtin(
                ReasonCode.DEFAULT,
                "the command name '"
                    + part.arguments().get(0).raw()
                    + "' is only known when it runs"));
      }
      Entry e = trustedBy(part.text());
      if (e != null && part.writesOutput() && !e.text().contains(">")) {
        return PermissionDecision.ask(
            Reason.builtin(
                ReasonCode.WRITES_FILE,
                "'"
                    + part.text()
                    + "' writes a file through a redirection; a trusted command pattern allows"
                    + " that only when it contains '>'"));
      }
      if (e == null) {
        return PermissionDecision.ask(
            Reason.builtin(
                ReasonCode.DEFAULT, "'" + part.text() + "' matches no trusted command pattern"));
      }
      reasons.add(
          Reason.of(
              ReasonCode.TRUSTED_COMMAND,
              "'" + part.text() + "' matches trusted command \"" + e.text() + "\"",
              e.origin()));
    }
    return new PermissionDecision.Allow(reasons);
  }

  private Entry trustedBy(String command) {
    for (Entry e : trusted) {
      if (matches(e.text(), command)) {
        return e;
      }
    }
    return null;
  }

  static boolean matches(String pattern, String command) {
    if (pattern.equals("*")) {
      return true;
    }
    if (pattern.endsWith(" *")) {
      String prefix = pattern.substring(0, pattern.length() - 2);
      return command.equals(prefix) || command.startsWith(prefix + " ");
    }
    return pattern.equals(command);
  }

  /** Collects trusted patterns and denylist entries. */
  public static final class Builder {
    private final TerminalMode mode;
    private final List<Entry> trusted = new ArrayList<>();
    private final List<Entry> denied = new ArrayList<>();
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<Path> files = new ArrayList<>();

    private Builder(TerminalMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** Adds a trusted command pattern. */
    public Builder trusted(String pattern, RuleOrigin origin) {
      trusted.add(new Entry(Objects.requireNonNull(pattern, "pattern"), origin));
      return this;
    }

    /** Adds a denylist entry. */
    public Builder denied(String substring, RuleOrigin origin) {
      denied.add(new Entry(Objects.requireNonNull(substring, "substring"), origin));
      return this;
    }

    /** The trust rules. */
    public TerminalTrust build() {
      return new TerminalTrust(this);
    }
  }
}
