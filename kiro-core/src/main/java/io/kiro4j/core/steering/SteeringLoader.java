package io.kiro4j.core.steering;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.glob.Glob;
import io.kiro4j.core.glob.GlobDialect;
import io.kiro4j.core.glob.GlobSyntaxException;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.frontmatter.FrontMatter;
import io.kiro4j.core.internal.frontmatter.FrontMatterDocument;
import io.kiro4j.core.internal.secret.SecretScanner;
import io.kiro4j.core.workspace.ArtifactKind;
import io.kiro4j.core.workspace.Containment;
import io.kiro4j.core.workspace.KiroArtifacts;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import io.kiro4j.core.yaml.YamlMapping;
import io.kiro4j.core.yaml.YamlNode;
import io.kiro4j.core.yaml.YamlProfile;
import io.kiro4j.core.yaml.YamlScalar;
import io.kiro4j.core.yaml.YamlSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Reads every steering file of a workspace: global first, then each root in order. */
final class SteeringLoader {

  /** The keys Kiro defines for steering front matter (docs L1105–1193). */
  private static final Set<String> KNOWN_KEYS =
      Set.of("inclusion", "fileMatchPattern", "name", "description");

  private static final String AGENTS_MD = "AGENTS.md";

  private final Workspace workspace;
  private final Diagnostics diagnostics;

  /** What one file is read as: where, under which name, and its content's stamp. */
  record Key(
      Path path, String name, Scope scope, OptionalInt root, boolean agentsMd, Object stamp) {

    // equals and hashCode written out, here and in the other records hashed on every lint: a
    // record's generated ones link through java.lang.invoke on first use (ObjectMethods), which
    // costs a fresh JVM milliseconds per record type and spins classes no class-data archive
    // holds on Java 17. RecordEqualityTest holds them to the record contract (every component,
    // nothing else).

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && path.equals(k.path)
          && name.equals(k.name)
          && scope == k.scope
          && root.equals(k.root)
          && agentsMd == k.agentsMd
          && Objects.equals(stamp, k.stamp);
    }

    @Override
    public int hashCode() {
      return Objects.hash(path, name, scope, root, agentsMd, stamp);
    }
  }

  /** What reading one file gave: the file, if it loads, and the diagnostics of that file alone. */
  record Loaded(Optional<SteeringFile> file, List<Diagnostic> diagnostics) {}

  /** A file on disk as {@code stat} sees it: a different stamp means the content may differ. */
  private record DiskStamp(long size, FileTime modified, Object fileKey) {

    @Override
    public boolean equals(Object o) {
      return o instanceof DiskStamp d
          && size == d.size
          && modified.equals(d.modified)
          && Objects.equals(fileKey, d.fileKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(size, modified, fileKey);
    }
  }

  /** Files read by an earlier load, reused when their key (content stamp included) is the same. */
  private final Map<Key, Loaded> reusable;

  private final Map<Key, Loaded> loaded = new HashMap<>();

  SteeringLoader(Workspace workspace, Diagnostics diagnostics) {
    this(workspace, diagnostics, Map.of());
  }

  SteeringLoader(Workspace workspace, Diagnostics diagnostics, Map<Key, Loaded> reusable) {
    this.workspace = workspace;
    this.diagnostics = diagnostics;
    this.reusable = reusable;
  }

  /** Every file this loader read or reused, for a later load to reuse. */
  Map<Key, Loaded> loaded() {
    return Map.copyOf(loaded);
  }

  /** All steering files found, unordered and unshadowed. */
  List<SteeringFile> loadAll() {
    List<SteeringFile> files = new ArrayList<>();
    for (KiroArtifacts.Artifact a : KiroArtifacts.of(workspace).files(ArtifactKind.STEERING)) {
      // The global AGENTS.md lives in ~/.kiro/steering/ but has no modes (L1103); a workspace
      // .kiro/steering/AGENTS.md is an ordinary steering file (only the root's one is special).
      boolean agentsMd = a.scope() == Scope.GLOBAL && a.relativePath().equals(AGENTS_MD);
      String name = agentsMd ? "AGENTS" : nameOf(a.relativePath());
      addIfRead(read(a.path(), name, a.scope(), a.root(), agentsMd), files);
    }
    for (WorkspaceRoot root : workspace.roots()) {
      Path agents = root.path().resolve(AGENTS_MD);
      if (TextFile.isPresent(agents)) { // a FIFO or a broken link is reported by the read
        addIfRead(
            read(agents, "AGENTS", Scope.WORKSPACE, OptionalInt.of(root.index()), true), files);
      }
    }
    return files;
  }

  /**
   * Adds the file {@code read} gave, if any. A plain conditional, not {@code
   * ifPresent(files::add)}: every lint loads steering, and each method reference costs a fresh JVM
   * its linking.
   */
  private static void addIfRead(Optional<SteeringFile> read, List<SteeringFile> files) {
    if (read.isPresent()) {
      files.add(read.get());
    }
  }

  /**
   * The steering files below {@code dir} (a power's bundled {@code steering/}), named by their path
   * below {@code dir}, with no root.
   */
  List<SteeringFile> loadFolder(Path dir, Scope scope) {
    List<SteeringFile> files = new ArrayList<>();
    for (Path p : workspace.listFiles(dir, ArtifactKind.STEERING, diagnostics)) {
      String rel = Workspace.slashes(dir.relativize(p));
      addIfRead(read(p, nameOf(rel), scope, OptionalInt.empty(), false), files);
    }
    return files;
  }

  static String nameOf(String relativePath) {
    return relativePath.substring(0, relativePath.length() - ".md".length());
  }

  /**
   * Reads one file, or reuses what an earlier load read when its content did not change (same
   * overlay text, or same size, modification time and file key on disk). Containment is checked
   * every time: it depends on the workspace, not on the file's content.
   */
  private Optional<SteeringFile> read(
      Path path, String name, Scope scope, OptionalInt root, boolean agentsMd) {
    if (scope == Scope.WORKSPACE && !contained(path)) {
      return Optional.empty();
    }
    Key key = new Key(path, name, scope, root, agentsMd, stamp(path));
    Loaded result = key.stamp() == null ? null : reusable.get(key);
    if (result == null) {
      Diagnostics own = new Diagnostics();
      Optional<SteeringFile> file =
          new SteeringLoader(workspace, own).readContent(path, name, scope, root, agentsMd);
      result = new Loaded(file, own.toList());
    }
    diagnostics.addAll(result.diagnostics());
    if (key.stamp() != null) {
      loaded.put(key, result);
    }
    return result.file();
  }

  /**
   * The overlay text, else the file's {@code stat}; null when neither can be had (never reused).
   */
  private Object stamp(Path path) {
    Optional<String> text = workspace.options().overlay().text(path);
    if (text.isPresent()) {
      return text.get();
    }
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      return new DiskStamp(a.size(), a.lastModifiedTime(), a.fileKey());
    } catch (IOException e) {
      return null;
    }
  }

  private Optional<SteeringFile> readContent(
      Path path, String name, Scope scope, OptionalInt root, boolean agentsMd) {
    Optional<String> text = workspace.read(path, diagnostics);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    FrontMatterDocument doc = FrontMatter.parse(text.get(), path, YamlProfile.LENIENT);
    diagnostics.addAll(doc.diagnostics());
    YamlMapping fm = doc.frontMatter().orElse(null);
    if (doc.body().isBlank()) {
      diagnostics.add(Diagnostic.ofFile(SteeringCode.EMPTY_FILE, path, "steering file is empty"));
    }
    // Steering is sent to the model with every matching prompt and committed with the repository.
    String all = text.get();
    for (SecretScanner.Finding f : SecretScanner.scanText(all)) {
      int[] at = SecretScanner.position(all, f.offset());
      diagnostics.add(
          SecretScanner.diagnostic(
              f, path, at[0], at[1], "the steering file", Optional.empty(), scope == Scope.GLOBAL));
    }

    Map<String, Object> plain = new LinkedHashMap<>();
    InclusionMode mode = agentsMd ? InclusionMode.AGENTS : InclusionMode.ALWAYS;
    List<FilePattern> patterns = new ArrayList<>();
    Optional<String> autoName = Optional.empty();
    Optional<String> description = Optional.empty();

    if (fm != null) {
      for (YamlMapping.Entry e : fm.entries()) {
        String key = e.key().value();
        plain.put(key, e.value().toPlainObject());
        if (!KNOWN_KEYS.contains(key) && !key.equals("alwaysApply")) {
          diagnostics.add(
              Diagnostic.of(
                  SteeringCode.UNKNOWN_KEY,
                  path,
                  e.key().line(),
                  e.key().column(),
                  "front matter key '" + key + "' is not a Kiro steering key; carried as is"));
        }
      }
      Optional<YamlMapping.Entry> inclusion = fm.entry("inclusion");
      // Where a problem with the mode is reported: the inclusion value, else the front matter.
      YamlNode modeNode = inclusion.isPresent() ? inclusion.get().value() : fm;
      if (agentsMd) {
        if (inclusion.isPresent()) {
          diagnostics.add(
              Diagnostic.of(
                  SteeringCode.AGENTS_MD_MODE_IGNORED,
                  path,
                  inclusion.get().key().line(),
                  inclusion.get().key().column(),
                  "AGENTS.md does not support inclusion modes; it is always included"));
        }
      } else {
        mode = readMode(fm, path);
      }
      description = stringValue(fm, "description", path);
      Optional<String> declaredName = stringValue(fm, "name", path);
      if (mode == InclusionMode.AUTO) {
        autoName = declaredName;
        if (declaredName.isEmpty()) {
          String fallback = name.substring(name.lastIndexOf('/') + 1);
          autoName = Optional.of(fallback);
          diagnostics.add(
              at(
                  SteeringCode.AUTO_WITHOUT_NAME,
                  path,
                  modeNode,
                  "inclusion: auto needs a name (required); using the file name '"
                      + fallback
                      + "'"));
        }
        if (description.isEmpty()) {
          diagnostics.add(
              at(
                  SteeringCode.AUTO_WITHOUT_DESCRIPTION,
                  path,
                  modeNode,
                  "inclusion: auto needs a description (required) so the model can choose it;"
                      + " it is only included when referenced"));
        }
      }
      Optional<YamlMapping.Entry> patternEntry = fm.entry("fileMatchPattern");
      if (mode == InclusionMode.FILE_MATCH) {
        if (patternEntry.isEmpty()) {
          diagnostics.add(
              at(
                  SteeringCode.FILE_MATCH_WITHOUT_PATTERN,
                  path,
                  modeNode,
                  "inclusion: fileMatch without fileMatchPattern; this file is never included"));
        } else {
          readPatterns(patternEntry.get().value(), path, patterns);
          if (patterns.isEmpty()) {
            diagnostics.add(
                at(
                    SteeringCode.FILE_MATCH_WITHOUT_PATTERN,
                    path,
                    patternEntry.get().value(),
                    "fileMatchPattern holds no usable pattern; this file is never included"));
          }
        }
      } else if (patternEntry.isPresent() && !agentsMd) {
        diagnostics.add(
            at(
                SteeringCode.PATTERN_IGNORED,
                path,
                patternEntry.get().key(),
                "fileMatchPattern is ignored because inclusion is " + mode.label()));
      }
    }

    List<FileReference> references = FileReferences.scan(doc.body(), doc.bodyFirstLine());
    return Optional.of(
        new SteeringFile(
            name,
            path,
            scope,
            root,
            mode,
            patterns,
            autoName,
            description,
            plain,
            doc.body(),
            doc.bodyFirstLine(),
            references));
  }

  /**
   * A workspace file must be, where its symlinks lead, inside a workspace root and not ignored: the
   * check {@code #[[file:]]} references get, so a cloned repository cannot pull {@code
   * ~/.aws/credentials} into the prompt through {@code .kiro/steering/x.md -> ~/.aws/credentials}.
   * Global steering ({@code ~/.kiro/steering}) is the user's own and may point anywhere (team
   * steering is symlinked there, docs L18380–18402).
   */
  private boolean contained(Path path) {
    Containment c = Containment.check(workspace, path);
    if (!c.insideRoots()) {
      diagnostics.add(
          Diagnostic.ofFile(
              SteeringCode.FILE_OUTSIDE_WORKSPACE,
              path,
              "leads outside every workspace root (to "
                  + c.canonical()
                  + "); not loaded: workspace steering must stay in the workspace (only global"
                  + " steering in ~/.kiro/steering may point elsewhere)"));
      return false;
    }
    if (c.ignored()) {
      diagnostics.add(
          Diagnostic.ofFile(
              SteeringCode.FILE_IGNORED,
              path,
              (c.canonical().equals(path)
                      ? "is"
                      : "leads to " + workspace.displayPath(c.canonical()) + ", which is")
                  + " excluded by .kiroignore; not loaded"));
      return false;
    }
    return true;
  }

  private InclusionMode readMode(YamlMapping fm, Path path) {
    Optional<YamlMapping.Entry> inclusion = fm.entry("inclusion");
    Optional<YamlMapping.Entry> alwaysApply = fm.entry("alwaysApply");
    if (inclusion.isEmpty()) {
      if (alwaysApply.isPresent()) {
        diagnostics.add(
            at(
                SteeringCode.CURSOR_ALWAYS_APPLY,
                path,
                alwaysApply.get().key(),
                "alwaysApply is Cursor's key and Kiro does not read it; without 'inclusion'"
                    + " this file is always included"));
      }
      return InclusionMode.ALWAYS;
    }
    if (alwaysApply.isPresent()) {
      diagnostics.add(
          at(
              SteeringCode.CURSOR_ALWAYS_APPLY,
              path,
              alwaysApply.get().key(),
              "alwaysApply is Cursor's key and Kiro does not read it; 'inclusion' decides"));
    }
    YamlNode value = inclusion.get().value();
    if (!(value instanceof YamlScalar scalar) || scalar.isNull()) {
      diagnostics.add(
          at(
              SteeringCode.UNKNOWN_INCLUSION,
              path,
              value,
              "inclusion must be one of always, fileMatch, manual, auto; treated as always"));
      return InclusionMode.ALWAYS;
    }
    Optional<InclusionMode> exact = InclusionMode.fromFrontMatter(scalar.value());
    if (exact.isPresent()) {
      return exact.get();
    }
    Optional<InclusionMode> loose = InclusionMode.fromFrontMatterIgnoringCase(scalar.value());
    if (loose.isPresent()) {
      diagnostics.add(
          at(
              SteeringCode.INCLUSION_CASE,
              path,
              value,
              "inclusion '"
                  + scalar.value()
                  + "' is read as '"
                  + loose.get().label()
                  + "'; write it exactly"));
      return loose.get();
    }
    diagnostics.add(
        at(
            SteeringCode.UNKNOWN_INCLUSION,
            path,
            value,
            "inclusion '"
                + scalar.value()
                + "' is not one of always, fileMatch, manual, auto; treated as always"));
    return InclusionMode.ALWAYS;
  }

  private void readPatterns(YamlNode node, Path path, List<FilePattern> out) {
    if (node instanceof YamlScalar scalar && !scalar.isNull()) {
      addPatterns(scalar, path, out);
    } else if (node instanceof YamlSequence seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof YamlScalar s && !s.isNull()) {
          addPatterns(s, path, out);
        } else {
          diagnostics.add(
              at(
                  SteeringCode.PATTERN_NOT_A_STRING,
                  path,
                  item,
                  "fileMatchPattern items must be strings; this " + item.kind() + " is ignored"));
        }
      }
    } else {
      diagnostics.add(
          at(
              SteeringCode.PATTERN_NOT_A_STRING,
              path,
              node,
              "fileMatchPattern must be a string or a list of strings, not a " + node.kind()));
    }
  }

  private void addPatterns(YamlScalar scalar, Path path, List<FilePattern> out) {
    FileMatchPatterns.Split split = FileMatchPatterns.split(scalar.value());
    if (split.commaJoined()) {
      diagnostics.add(
          at(
              SteeringCode.COMMA_JOINED_PATTERNS,
              path,
              scalar,
              "fileMatchPattern '"
                  + scalar.value()
                  + "' joins globs with commas; read as "
                  + split.globs()
                  + " (write a YAML list)"));
    }
    if (split.pipeAlternation()) {
      diagnostics.add(
          at(
              SteeringCode.PIPE_ALTERNATION,
              path,
              scalar,
              "fileMatchPattern '"
                  + scalar.value()
                  + "' uses regex-style alternation; read as "
                  + split.globs()
                  + " (write a YAML list or {a,b})"));
    }
    for (String glob : split.globs()) {
      Optional<String> never = neverMatches(workspace, glob);
      if (never.isPresent()) {
        diagnostics.add(
            at(
                SteeringCode.PATTERN_NEVER_MATCHES,
                path,
                scalar,
                "fileMatchPattern '"
                    + glob
                    + "' "
                    + never.get()
                    + ": patterns are relative to the workspace root (write, for example,"
                    + " 'src/**/*.ts')"));
      }
      try {
        out.add(
            new FilePattern(
                glob,
                Glob.compile(glob, GlobDialect.WORKSPACE_FILE),
                scalar.line(),
                scalar.column()));
      } catch (GlobSyntaxException e) {
        diagnostics.add(
            at(
                SteeringCode.INVALID_PATTERN,
                path,
                scalar,
                "fileMatchPattern '" + glob + "' is not a valid glob: " + e.getMessage()));
      }
    }
  }

  /** First segments of absolute paths on macOS, Linux and Windows (WSL). */
  private static final Set<String> SYSTEM_ROOTS =
      Set.of(
          "Users", "home", "root", "tmp", "var", "opt", "usr", "etc", "mnt", "Volumes", "private");

  /**
   * Why {@code glob} can never match a file of the workspace, which fileMatch compares with paths
   * relative to the root: a {@code ~} path, a Windows drive path, a path leading out with {@code
   * ..}, or a leading {@code /} followed by a system folder (such as {@code /Users/me/...}) that no
   * root holds (a leading {@code /} alone anchors a pattern at the root).
   */
  static Optional<String> neverMatches(Workspace workspace, String glob) {
    if (glob.startsWith("~")) {
      return Optional.of("is a home-folder path and can never match a workspace file");
    }
    if (glob.matches("[A-Za-z]:[/\\\\].*")) {
      return Optional.of("is a drive path and can never match a workspace file");
    }
    if (glob.startsWith("../") || glob.startsWith("./../")) {
      return Optional.of("leads out of the workspace and can never match a workspace file");
    }
    if (glob.startsWith("/")) {
      String first = glob.substring(1).split("/", 2)[0];
      if (SYSTEM_ROOTS.contains(first) && !anyRootHolds(workspace, first)) {
        return Optional.of("is an absolute path and can never match a workspace file");
      }
    }
    return Optional.empty();
  }

  /** Whether a root has a folder named {@code name}; a loop, not a stream (see addIfRead). */
  private static boolean anyRootHolds(Workspace workspace, String name) {
    for (WorkspaceRoot r : workspace.roots()) {
      if (Files.isDirectory(r.path().resolve(name))) {
        return true;
      }
    }
    return false;
  }

  private Optional<String> stringValue(YamlMapping fm, String key, Path path) {
    Optional<YamlNode> node = fm.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof YamlScalar s && !s.isNull()) {
      return s.value().isBlank() ? Optional.empty() : Optional.of(s.value().strip());
    }
    diagnostics.add(
        at(
            SteeringCode.NOT_A_STRING,
            path,
            node.get(),
            "'" + key + "' must be a string, not a " + node.get().kind()));
    return Optional.empty();
  }

  private static Diagnostic at(SteeringCode code, Path path, YamlNode node, String message) {
    return Diagnostic.of(code, path, node.line(), node.column(), message);
  }
}
