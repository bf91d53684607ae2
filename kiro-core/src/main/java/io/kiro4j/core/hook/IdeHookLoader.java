package io.kiro4j.core.hook;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.internal.secret.SecretScanner;
import io.kiro4j.core.json.JsonPosition;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads the IDE hook files of every root. */
final class IdeHookLoader {

  private static final Set<String> TOP_KEYS =
      Set.of(
          "enabled",
          "name",
          "description",
          "version",
          "when",
          "then",
          // Written by the IDE for manual hooks (seen in real files).
          "workspaceFolderName",
          "shortName");
  private static final Set<String> WHEN_KEYS = Set.of("type", "patterns", "toolTypes");
  private static final Set<String> THEN_KEYS = Set.of("type", "prompt", "command", "timeout");

  /** The blog's spellings (L16202–16205): documented, so only an info. */
  private static final Map<String, IdeTrigger> ALIASES =
      Map.of(
          "fileEdit", IdeTrigger.FILE_EDITED,
          "fileCreate", IdeTrigger.FILE_CREATED,
          "fileDelete", IdeTrigger.FILE_DELETED);

  /**
   * Spellings seen in real files but documented nowhere, and the Kiro 1.0 hooks-file names written
   * into a {@code when.type} (the IDE reads those only from a 1.0 hooks file).
   */
  private static final Map<String, IdeTrigger> VARIANTS =
      Map.ofEntries(
          Map.entry("manual", IdeTrigger.USER_TRIGGERED),
          Map.entry("fileSave", IdeTrigger.FILE_EDITED),
          Map.entry("fileSaved", IdeTrigger.FILE_EDITED),
          Map.entry("PostFileSave", IdeTrigger.FILE_EDITED),
          Map.entry("PostFileCreate", IdeTrigger.FILE_CREATED),
          Map.entry("PostFileDelete", IdeTrigger.FILE_DELETED),
          Map.entry("UserPromptSubmit", IdeTrigger.PROMPT_SUBMIT),
          Map.entry("Stop", IdeTrigger.AGENT_STOP),
          Map.entry("PreTaskExec", IdeTrigger.PRE_TASK_EXECUTION),
          Map.entry("PostTaskExec", IdeTrigger.POST_TASK_EXECUTION));

  /**
   * The triggers of a Kiro 1.0 hooks file ({@code .kiro/hooks/<name>.json}, {@code "version":
   * "v1"}): kiro.dev/docs/cli/v3/hooks and the IDE 1.0 "What's new" table, newer than the docs
   * snapshot.
   */
  static final List<String> V1_TRIGGERS =
      List.of(
          "SessionStart",
          "UserPromptSubmit",
          "PreToolUse",
          "PostToolUse",
          "Stop",
          "PreTaskExec",
          "PostTaskExec",
          "PostFileCreate",
          "PostFileSave",
          "PostFileDelete",
          "Manual");

  private final Workspace workspace;
  private final Diagnostics diagnostics;
  final List<CompiledHook> hooks = new ArrayList<>();
  final List<ForeignHookFile> foreign = new ArrayList<>();

  IdeHookLoader(Workspace workspace, Diagnostics diagnostics) {
    this.workspace = workspace;
    this.diagnostics = diagnostics;
  }

  void loadAll() {
    // The one table of where Kiro files live; IDE hooks are workspace files only (reference A31).
    for (KiroArtifacts.Artifact a : KiroArtifacts.of(workspace).files(ArtifactKind.HOOK)) {
      if (a.root().isEmpty()) {
        continue;
      }
      WorkspaceRoot root = workspace.roots().get(a.root().getAsInt());
      String fileName = a.path().getFileName().toString();
      if (fileName.endsWith(HookSet.EXTENSION)) {
        read(root, a.path(), true);
      } else if (fileName.endsWith(".json") || fileName.endsWith(".hook")) {
        read(root, a.path(), false);
      }
    }
  }

  private void read(WorkspaceRoot root, Path file, boolean kiroHook) {
    Optional<String> text = workspace.read(file, diagnostics);
    if (text.isEmpty()) {
      return;
    }
    JsonResult result = JsonLoader.lenient().parse(text.get(), file);
    diagnostics.addAll(result.diagnostics());
    if (result.document().isEmpty()) {
      return;
    }
    JsonDocument doc = result.document().get();
    JsonNode json = doc.root();
    String display = Workspace.slashes(root.path().relativize(file));
    if (!json.isObject()) {
      if (kiroHook) {
        diagnostics.add(doc.diagnostic(HookCode.NOT_AN_OBJECT, "", "a hook file is a JSON object"));
      } else {
        foreign(doc, file, display, "unknown", "is JSON in no hook format kiro4j knows");
      }
      return;
    }
    boolean ideShape = json.has("when") || json.has("then");
    if (!ideShape && claudeCode(json.get("hooks"))) {
      foreign(
          doc,
          file,
          display,
          "claude-code",
          "holds Claude Code hooks ('hooks' by event name; not an IDE hook file)");
      return;
    }
    if (!ideShape && (json.has("trigger") || json.has("action"))) {
      foreign(
          doc, file, display, "trigger-action", "uses 'trigger'/'action' (another tool's format)");
      return;
    }
    if (!ideShape && isV1(json)) {
      v1(doc, file, display);
      return;
    }
    if (!ideShape && json.path("hooks").isArray()) {
      foreign(doc, file, display, "hooks-list", "holds a 'hooks' list (not an IDE hook file)");
      return;
    }
    if (!kiroHook) {
      if (ideShape) {
        String name = file.getFileName().toString();
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        foreign(
            doc,
            file,
            display,
            "ide-wrong-extension",
            "is a when/then hook, which Kiro reads only from *.kiro.hook files: rename it to "
                + stem
                + HookSet.EXTENSION
                + " (or write it in the Kiro 1.0 hooks-file format)");
      } else {
        // Issue 5: every file there is reported, none skipped silently.
        foreign(doc, file, display, "unknown", "is JSON in no hook format kiro4j knows");
      }
      return;
    }
    parse(root, file, display, doc);
  }

  /**
   * A Kiro 1.0 hooks file: {@code "version": "v1"}, or a {@code hooks} list whose entries all have
   * a {@code trigger} and an {@code action}.
   */
  private static boolean isV1(JsonNode json) {
    JsonNode hooks = json.get("hooks");
    if (hooks == null || !hooks.isArray()) {
      return false;
    }
    if (json.path("version").isString() && json.get("version").stringValue().equals("v1")) {
      return true;
    }
    if (hooks.isEmpty()) {
      return false;
    }
    for (JsonNode h : hooks) {
      if (!h.isObject() || !h.has("trigger") || !h.has("action")) {
        return false;
      }
    }
    return true;
  }

  /** Lists a Kiro 1.0 hooks file (HOOK-022) and checks each entry's trigger (HOOK-004). */
  private void v1(JsonDocument doc, Path file, String display) {
    foreign.add(new ForeignHookFile(file, display, "kiro-v1"));
    diagnostics.add(
        doc.diagnostic(
            HookCode.V1_HOOKS_FILE,
            "",
            display
                + " is a Kiro 1.0 hooks file (newer than the docs snapshot); kiro4j checks its"
                + " triggers but does not run it"));
    JsonNode hooks = doc.root().get("hooks");
    for (int i = 0; i < hooks.size(); i++) {
      JsonNode trigger = hooks.get(i).path("trigger");
      if (trigger.isString() && !V1_TRIGGERS.contains(trigger.stringValue())) {
        diagnostics.add(
            doc.diagnostic(
                HookCode.UNKNOWN_TRIGGER,
                "/hooks/" + i + "/trigger",
                "'"
                    + trigger.stringValue()
                    + "' is not a Kiro 1.0 hook trigger kiro4j knows ("
                    + String.join(", ", V1_TRIGGERS)
                    + "); check the spelling (a newer Kiro may know it)"));
      }
    }
  }

  /**
   * Claude Code's settings shape: {@code "hooks"} is an object of event names ({@code PreToolUse},
   * ...) each holding a list of {@code {matcher, hooks: [{type, command}]}} groups.
   */
  private static boolean claudeCode(JsonNode hooks) {
    if (hooks == null || !hooks.isObject() || hooks.isEmpty()) {
      return false;
    }
    for (Map.Entry<String, JsonNode> e : hooks.properties()) {
      if (!e.getValue().isArray()) {
        return false;
      }
    }
    return true;
  }

  private void foreign(JsonDocument doc, Path file, String display, String format, String message) {
    foreign.add(new ForeignHookFile(file, display, format));
    diagnostics.add(doc.diagnostic(HookCode.FOREIGN_FORMAT, "", display + " " + message));
  }

  private void parse(WorkspaceRoot root, Path file, String display, JsonDocument doc) {
    JsonNode json = doc.root();
    checkKeys(doc, json, "", TOP_KEYS);

    boolean enabled = true;
    JsonNode enabledNode = json.get("enabled");
    if (enabledNode != null) {
      if (enabledNode.isBoolean()) {
        enabled = enabledNode.booleanValue();
      } else {
        diagnostics.add(
            doc.diagnostic(
                HookCode.WRONG_TYPE, "/enabled", "'enabled' must be true or false; read as true"));
      }
    }
    String stem = display.substring(display.lastIndexOf('/') + 1);
    stem = stem.substring(0, stem.length() - HookSet.EXTENSION.length());
    Optional<String> name = text(doc, "/name", "name");
    if (name.isEmpty() || name.get().isBlank()) {
      if (!json.has("name")) {
        diagnostics.add(
            doc.diagnostic(
                HookCode.MISSING_NAME, "", "the hook has no 'name'; using '" + stem + "'"));
      }
      name = Optional.of(stem);
    }
    Optional<String> description = text(doc, "/description", "description");
    Optional<String> version = Optional.empty();
    JsonNode versionNode = json.get("version");
    if (versionNode != null) {
      if (versionNode.isString()) {
        version = Optional.of(versionNode.stringValue());
      } else if (versionNode.isNumber()) {
        version = Optional.of(versionNode.asString());
      } else {
        diagnostics.add(
            doc.diagnostic(HookCode.WRONG_TYPE, "/version", "'version' must be a string"));
      }
    }

    JsonNode when = json.get("when");
    if (when == null || !when.isObject() || !when.path("type").isString()) {
      diagnostics.add(
          doc.diagnostic(
              HookCode.MISSING_WHEN,
              when == null ? "" : "/when",
              "the hook has no 'when.type'; it never fires"));
      return;
    }
    checkKeys(doc, when, "/when", WHEN_KEYS);
    Optional<IdeTrigger> trigger = trigger(doc, when.get("type").stringValue());
    if (trigger.isEmpty()) {
      return;
    }
    IdeTrigger t = trigger.get();

    JsonNode then = json.get("then");
    Optional<HookAction> action = action(doc, then, t);
    if (action.isEmpty()) {
      return;
    }

    List<String> patterns = new ArrayList<>();
    List<Glob> include = new ArrayList<>();
    List<Glob> exclude = new ArrayList<>();
    JsonNode patternsNode = when.get("patterns");
    if (t.isFileEvent()) {
      for (Element p : strings(doc, patternsNode, "/when/patterns", HookCode.BAD_PATTERN)) {
        boolean negated = p.value().startsWith("!");
        String glob = negated ? p.value().substring(1) : p.value();
        try {
          Glob compiled = Glob.compile(glob, GlobDialect.WORKSPACE_FILE);
          (negated ? exclude : include).add(compiled);
          patterns.add(p.value());
          JsonPosition at = doc.position(p.pointer());
          // +1: the position is the opening quote; +1 more after a '!'.
          Optional<Diagnostic> lookalike =
              compiled.regexLookalikeDiagnostic(
                  file, at.line(), at.column() + 1 + (negated ? 1 : 0));
          if (lookalike.isPresent()) {
            diagnostics.add(lookalike.get());
          }
        } catch (GlobSyntaxException e) {
          diagnostics.add(
              doc.diagnostic(
                  HookCode.BAD_PATTERN,
                  p.pointer(),
                  "pattern '" + p.value() + "' is not a valid glob: " + e.reason()));
        }
      }
      if (include.isEmpty()) {
        diagnostics.add(
            doc.diagnostic(
                HookCode.NO_PATTERNS,
                patternsNode == null ? "/when" : "/when/patterns",
                t.jsonName() + " hook without file patterns matches no file"));
      }
    } else if (patternsNode != null) {
      diagnostics.add(
          doc.keyDiagnostic(
              HookCode.IGNORED_FIELD,
              "/when/patterns",
              "'patterns' is ignored for " + t.jsonName() + " hooks"));
    }

    List<String> toolTypes = new ArrayList<>();
    List<ToolTypeMatcher> matchers = new ArrayList<>();
    JsonNode toolTypesNode = when.get("toolTypes");
    if (t.isToolEvent()) {
      for (Element p : strings(doc, toolTypesNode, "/when/toolTypes", HookCode.BAD_TOOL_TYPE)) {
        try {
          matchers.add(ToolTypeMatcher.of(p.value()));
          toolTypes.add(p.value());
        } catch (GlobSyntaxException e) {
          diagnostics.add(
              doc.diagnostic(
                  HookCode.BAD_TOOL_TYPE,
                  p.pointer(),
                  "tool type '" + p.value() + "' is not a valid pattern: " + e.reason()));
        }
      }
      if (matchers.isEmpty()) {
        diagnostics.add(
            doc.diagnostic(
                HookCode.NO_TOOL_TYPES,
                toolTypesNode == null ? "/when" : "/when/toolTypes",
                t.jsonName() + " hook without 'toolTypes' matches no tool (use \"*\" for all)"));
      }
    } else if (toolTypesNode != null) {
      diagnostics.add(
          doc.keyDiagnostic(
              HookCode.IGNORED_FIELD,
              "/when/toolTypes",
              "'toolTypes' is ignored for " + t.jsonName() + " hooks"));
    }

    IdeHook hook =
        new IdeHook(
            name.get(),
            description,
            version,
            enabled,
            t,
            patterns,
            toolTypes,
            action.get(),
            file,
            display,
            root);
    hooks.add(new CompiledHook(hook, include, exclude, matchers));
  }

  private Optional<IdeTrigger> trigger(JsonDocument doc, String type) {
    Optional<IdeTrigger> exact = IdeTrigger.byJsonName(type);
    if (exact.isPresent()) {
      return exact;
    }
    IdeTrigger alias = ALIASES.get(type);
    if (alias != null) {
      diagnostics.add(
          doc.diagnostic(
              HookCode.TRIGGER_ALIAS,
              "/when/type",
              "'" + type + "' is the blog's spelling of '" + alias.jsonName() + "'"));
      return Optional.of(alias);
    }
    IdeTrigger variant = VARIANTS.get(type);
    if (variant == null) {
      for (IdeTrigger t : IdeTrigger.values()) {
        if (t.jsonName().equalsIgnoreCase(type.strip())) {
          variant = t;
        }
      }
    }
    if (variant != null) {
      diagnostics.add(
          doc.diagnostic(
              HookCode.TRIGGER_VARIANT,
              "/when/type",
              "'"
                  + type
                  + "' is not a documented event; read as '"
                  + variant.jsonName()
                  + "' (write '"
                  + variant.jsonName()
                  + "')"));
      return Optional.of(variant);
    }
    List<String> known = new ArrayList<>();
    for (IdeTrigger t : IdeTrigger.values()) {
      known.add(t.jsonName());
    }
    diagnostics.add(
        doc.diagnostic(
            HookCode.UNKNOWN_TRIGGER,
            "/when/type",
            "'"
                + type
                + "' is not a hook event kiro4j knows ("
                + String.join(", ", known)
                + "); check the spelling, or a newer Kiro may run it: kiro4j never fires it"));
    return Optional.empty();
  }

  private Optional<HookAction> action(JsonDocument doc, JsonNode then, IdeTrigger trigger) {
    if (then == null || !then.isObject() || !then.path("type").isString()) {
      diagnostics.add(
          doc.diagnostic(
              HookCode.MISSING_THEN,
              then == null ? "" : "/then",
              "the hook has no 'then.type'; it never fires"));
      return Optional.empty();
    }
    checkKeys(doc, then, "/then", THEN_KEYS);
    String type = then.get("type").stringValue();
    if (type.equals("askAgent")) {
      Optional<String> prompt = text(doc, "/then/prompt", "prompt");
      if (prompt.isEmpty()) {
        diagnostics.add(
            doc.diagnostic(
                HookCode.MISSING_PROMPT, "/then", "an askAgent action needs a 'prompt' string"));
        return Optional.empty();
      }
      return Optional.of(new HookAction.AskAgent(prompt.get()));
    }
    if (type.equals("runCommand")) {
      Optional<String> command = text(doc, "/then/command", "command");
      if (command.isEmpty() || command.get().isBlank()) {
        diagnostics.add(
            doc.diagnostic(
                HookCode.MISSING_COMMAND, "/then", "a runCommand action needs a 'command' string"));
        return Optional.empty();
      }
      for (SecretScanner.Finding f : SecretScanner.scanText(command.get())) {
        JsonPosition at = doc.position("/then/command");
        diagnostics.add(
            SecretScanner.diagnostic(
                f,
                doc.file(),
                at.line(),
                at.column(),
                "the hook command",
                Optional.empty(),
                false));
        break; // one per command: the position is the string's
      }
      if (!trigger.documentsCommand()) {
        diagnostics.add(
            doc.diagnostic(
                HookCode.COMMAND_NOT_DOCUMENTED,
                "/then/type",
                "shell commands are documented only for promptSubmit, agentStop, preToolUse and"
                    + " postToolUse, not "
                    + trigger.jsonName()));
      }
      Duration timeout = HookAction.RunCommand.DEFAULT_TIMEOUT;
      JsonNode t = then.get("timeout");
      if (t != null) {
        if (t.isNumber() && t.doubleValue() >= 0 && t.doubleValue() <= 365 * 24 * 3600) {
          timeout = Duration.ofMillis(Math.round(t.doubleValue() * 1000));
        } else {
          diagnostics.add(
              doc.diagnostic(
                  HookCode.BAD_TIMEOUT,
                  "/then/timeout",
                  "'timeout' must be a non-negative number of seconds; using 60"));
        }
      }
      return Optional.of(new HookAction.RunCommand(command.get(), timeout));
    }
    diagnostics.add(
        doc.diagnostic(
            HookCode.MISSING_THEN,
            "/then/type",
            "'" + type + "' is not an action (askAgent or runCommand); the hook never fires"));
    return Optional.empty();
  }

  private void checkKeys(JsonDocument doc, JsonNode node, String pointer, Set<String> known) {
    // A loop, not forEach with a lambda: every lint reads the hooks.
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        diagnostics.add(
            doc.keyDiagnostic(
                HookCode.UNKNOWN_KEY,
                pointer + "/" + escape(e.getKey()),
                "key '" + e.getKey() + "' is not a Kiro hook key; ignored"));
      }
    }
  }

  private Optional<String> text(JsonDocument doc, String pointer, String label) {
    JsonNode n = doc.root().at(pointer);
    if (n.isMissingNode() || n.isNull()) {
      return Optional.empty();
    }
    if (!n.isString()) {
      diagnostics.add(
          doc.diagnostic(HookCode.WRONG_TYPE, pointer, "'" + label + "' must be a string"));
      return Optional.empty();
    }
    return Optional.of(n.stringValue());
  }

  private record Element(String value, String pointer) {}

  private List<Element> strings(JsonDocument doc, JsonNode node, String pointer, HookCode badItem) {
    List<Element> out = new ArrayList<>();
    if (node == null || node.isNull()) {
      return out;
    }
    if (node.isString()) {
      // A lone string reads as a one-element list.
      out.add(new Element(node.stringValue(), pointer));
      return out;
    }
    if (!node.isArray()) {
      diagnostics.add(doc.diagnostic(HookCode.WRONG_TYPE, pointer, "must be a list of strings"));
      return out;
    }
    for (int i = 0; i < node.size(); i++) {
      JsonNode item = node.get(i);
      if (item.isString() && !item.stringValue().isBlank()) {
        out.add(new Element(item.stringValue(), pointer + "/" + i));
      } else {
        diagnostics.add(
            doc.diagnostic(badItem, pointer + "/" + i, "entry must be a non-empty string"));
      }
    }
    return out;
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
