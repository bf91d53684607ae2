package io.kiro4j.core.workspace;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.glob.GlobOptions;
import io.kiro4j.core.ignore.IgnoreFile;
import io.kiro4j.core.ignore.IgnoreRule;
import io.kiro4j.core.ignore.IgnoreRules;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.json.JsonDocument;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.json.JsonCode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The files Kiro must not read: {@code .kiroignore} (and any other agent ignore file) in each root
 * and its subfolders, plus the global {@code ~/.kiro/settings/kiroignore} (docs L20273–20408).
 *
 * <pre>{@code
 * KiroIgnore ignore = KiroIgnore.of(workspace);
 * if (ignore.isIgnored(Path.of("/work/app/.env"))) { ... refuse to read ... }
 * }</pre>
 *
 * <p>Which file names count comes from the setting {@code kiroAgent.agentIgnoreFiles}
 * (L20316–20322): {@link WorkspaceOptions#agentIgnoreFiles()} when the caller sets it, else the
 * root's {@code .vscode/settings.json}, else {@code [".kiroignore"]}. The docs make the IDE user
 * add {@code .kiroignore} to the setting; kiro4j honours it without that step, because an
 * embedder's user who wrote a {@code .kiroignore} means it, and reading less is the safe side.
 * {@code []} turns workspace ignore files off; the global file always applies. Git's {@code
 * core.excludesFile} is not read (it needs git's configuration).
 *
 * <p>Nested ignore files are found by walking each root once, without descending into folders that
 * are already ignored or into {@code .git}, as git does. Immutable and thread-safe.
 *
 * <p>An ignore file that exists but cannot be read (not UTF-8, over the size limit, a FIFO or other
 * non-regular file, a dangling symlink, no permission) fails closed with an {@code IGN-003} error:
 * everything below its folder is ignored, and for the global file everything at all, files outside
 * every root included. A broken file must not open up the secrets it was written to hide.
 */
public final class KiroIgnore {

  /** The default of {@code kiroAgent.agentIgnoreFiles} in kiro4j. */
  public static final List<String> DEFAULT_IGNORE_FILES = List.of(".kiroignore");

  /** The global ignore file below the user's Kiro folder (no leading dot, L20332). */
  public static final String GLOBAL_FILE = "settings/kiroignore";

  private static final String SETTING = "kiroAgent.agentIgnoreFiles";

  private final Workspace workspace;
  private final List<IgnoreRules> rulesByRoot;
  private final List<Path> files;
  private final List<Diagnostic> diagnostics;
  private final Optional<IgnoreRule> unreadableGlobal;

  private KiroIgnore(
      Workspace workspace,
      List<IgnoreRules> rules,
      List<Path> files,
      List<Diagnostic> diags,
      Optional<IgnoreRule> unreadableGlobal) {
    this.workspace = workspace;
    this.rulesByRoot = List.copyOf(rules);
    this.files = List.copyOf(files);
    this.diagnostics = List.copyOf(diags);
    this.unreadableGlobal = unreadableGlobal;
  }

  /** The workspace's ignore rules, read on first use and cached on the workspace. */
  public static KiroIgnore of(Workspace workspace) {
    return workspace.view(KiroIgnore.class, new Load());
  }

  /**
   * {@link #load(Workspace)} as the view's factory: a class, not a method reference, since every
   * lint reads the ignore files and each method reference costs a fresh JVM its linking.
   */
  private static final class Load implements Function<Workspace, KiroIgnore> {
    @Override
    public KiroIgnore apply(Workspace workspace) {
      return load(workspace);
    }
  }

  /** Reads the workspace's ignore files now (not cached). */
  public static KiroIgnore load(Workspace workspace) {
    Diagnostics diagnostics = new Diagnostics();
    List<Path> found = new ArrayList<>();
    Path globalPath = workspace.globalKiroDir().resolve(GLOBAL_FILE);
    // Anything at the name counts: a FIFO or a dangling link there fails closed, it is not absent.
    boolean hasGlobal = TextFile.isPresent(globalPath);
    if (hasGlobal) {
      found.add(globalPath);
    }
    List<IgnoreRules> rules = new ArrayList<>();
    boolean globalRead = false;
    Optional<IgnoreRule> unreadableGlobal = Optional.empty();
    for (WorkspaceRoot root : workspace.roots()) {
      // As git's core.ignorecase: on a case-insensitive file system "SECRETS/key" is "secrets/key".
      GlobOptions options =
          GlobOptions.defaults()
              .withCaseInsensitive(workspace.options().caseSensitivity().ignoresCase(root.path()));
      IgnoreFile global = null;
      if (hasGlobal) {
        global = IgnoreFile.read(globalPath, options);
        if (!globalRead) {
          diagnostics.addAll(global.diagnostics()); // once, however many roots read it
          globalRead = true;
          if (global.unreadable()) {
            unreadableGlobal = Optional.of(global.rules().get(0));
          }
        }
      }
      List<String> names = ignoreFileNames(workspace, root, diagnostics);
      rules.add(walk(root.path(), names, global, options, found, diagnostics));
    }
    return new KiroIgnore(workspace, rules, found, diagnostics.toList(), unreadableGlobal);
  }

  /**
   * True when {@code file} (absolute, or relative to the first root) is excluded for the agent. A
   * file outside every root is not excluded, unless the global file cannot be read: then every file
   * is (fail closed).
   */
  public boolean isIgnored(Path file) {
    // One canonicalisation, through the workspace's cache; rootContaining does no more I/O.
    Path absolute = workspace.canonicalize(workspace.primaryRoot().path().resolve(file));
    Optional<WorkspaceRoot> root = workspace.rootContaining(absolute);
    if (root.isEmpty()) {
      return unreadableGlobal.isPresent();
    }
    IgnoreRules rules = rulesByRoot.get(root.get().index());
    if (rules.isEmpty()) {
      return false; // most roots have no .kiroignore: no stat of every file read
    }
    boolean directory = Files.isDirectory(absolute);
    String rel = Workspace.slashes(root.get().path().relativize(absolute));
    return !rel.isEmpty() && rules.isIgnored(rel, directory);
  }

  /**
   * The rule of the global {@code ~/.kiro/settings/kiroignore} when it exists but cannot be read:
   * then every path is excluded, inside the roots (through {@link #rules}) and outside them.
   */
  public Optional<IgnoreRule> unreadableGlobalFile() {
    return unreadableGlobal;
  }

  /** The rules of one root (its ignore files plus the global one). */
  public IgnoreRules rules(WorkspaceRoot root) {
    return rulesByRoot.get(root.index());
  }

  /** Every ignore file that was read, global first, then each root's in walk order. */
  public List<Path> files() {
    return files;
  }

  /** Problems in the ignore files and settings. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static IgnoreRules walk(
      Path root,
      List<String> names,
      IgnoreFile global,
      GlobOptions options,
      List<Path> found,
      Diagnostics diags) {
    IgnoreRules.Builder builder = IgnoreRules.builder().ignoreCase(options.caseInsensitive());
    if (global != null) {
      builder.addGlobal(global);
    }
    IgnoreRules current = builder.build();
    if (names.isEmpty()) {
      return current;
    }
    Deque<Path> folders = new ArrayDeque<>();
    folders.push(root);
    while (!folders.isEmpty()) {
      Path folder = folders.pop();
      String rel = Workspace.slashes(root.relativize(folder));
      // Files of one folder are added in the order of the setting, as one file (L20316).
      for (String name : names) {
        Path candidate = folder.resolve(name);
        // Anything at the name counts: a FIFO, a folder or a dangling link there cannot be read
        // and fails closed (everything below this folder is ignored); it is never opened.
        if (TextFile.isPresent(candidate)) {
          builder.add(rel, read(candidate, options, diags));
          found.add(candidate);
          current = builder.build();
        }
      }
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
        for (Path child : stream) {
          if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)
              && !child.getFileName().toString().equals(".git")) {
            String childRel = Workspace.slashes(root.relativize(child));
            if (!current.isIgnored(childRel, true)) {
              children.add(child);
            }
          }
        }
      } catch (IOException e) {
        // An unreadable folder holds no ignore file we could honour; the rest still counts.
        continue;
      }
      children.sort(null);
      for (int i = children.size() - 1; i >= 0; i--) {
        folders.push(children.get(i));
      }
    }
    return current;
  }

  private static IgnoreFile read(Path file, GlobOptions options, Diagnostics diags) {
    IgnoreFile parsed = IgnoreFile.read(file, options);
    diags.addAll(parsed.diagnostics());
    return parsed;
  }

  private static List<String> ignoreFileNames(
      Workspace workspace, WorkspaceRoot root, Diagnostics diags) {
    Optional<List<String>> configured = workspace.options().agentIgnoreFiles();
    if (configured.isPresent()) {
      return configured.get();
    }
    Path settings = root.path().resolve(".vscode/settings.json");
    if (!TextFile.isPresent(settings)) {
      return DEFAULT_IGNORE_FILES;
    }
    Diagnostics local = new Diagnostics();
    Optional<TextFile> text = TextFile.read(settings, local); // a FIFO is reported, not opened
    if (text.isEmpty()) {
      diags.addAll(local.toList());
      return DEFAULT_IGNORE_FILES;
    }
    JsonResult result = JsonLoader.lenient().parse(text.get().text(), settings);
    // VS Code settings are JSON with comments: comments and trailing commas are normal there.
    for (Diagnostic d : result.diagnostics()) {
      if (!d.code().equals(JsonCode.COMMENT.id())
          && !d.code().equals(JsonCode.TRAILING_COMMA.id())) {
        diags.add(d);
      }
    }
    if (result.document().isEmpty()) {
      return DEFAULT_IGNORE_FILES;
    }
    JsonDocument doc = result.document().get();
    JsonNode value = doc.root().get(SETTING);
    if (value == null) {
      return DEFAULT_IGNORE_FILES;
    }
    List<String> names = new ArrayList<>();
    if (value.isArray()) {
      for (JsonNode n : value) {
        if (n.isString() && !n.asString().isBlank() && !n.asString().contains("/")) {
          names.add(n.asString());
        }
      }
    }
    return List.copyOf(names);
  }
}
