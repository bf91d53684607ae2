package io.kiro4j.core.steering;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.path.PathCanonicalizer;
import io.kiro4j.core.workspace.KiroIgnore;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every steering file of a workspace, global ({@code ~/.kiro/steering/}) and per root ({@code
 * .kiro/steering/**}{@code /*.md} and {@code AGENTS.md} at the root), and the choice of which apply
 * to a request.
 *
 * <pre>{@code
 * SteeringSet steering = SteeringSet.of(Kiro.open(Path.of(".")));
 * SteeringSelection sel = steering.select(SteeringRequest.builder()
 *     .file(Path.of("components/Button.tsx")).reference("#troubleshooting-guide").build());
 * for (AppliedSteering a : sel.applied()) {
 *   System.out.println(a.file().name() + " (" + a.reason().label() + ")");
 * }
 * }</pre>
 *
 * <p>Rules, with the docs' lines:
 *
 * <ul>
 *   <li>No front matter, or {@code inclusion: always}: always included (L1113).
 *   <li>{@code fileMatch}: included when a request file matches a {@code fileMatchPattern}
 *       (L1126–1158); a workspace file only for files of its own root (L20437–20439). A global
 *       fileMatch file matches files of any root, relative to that root (Kiro issue #9176 reports
 *       that the IDE never triggers them; that is a bug, not a rule).
 *   <li>{@code manual}: included when referenced as {@code #name} (L1160–1173).
 *   <li>{@code auto}: offered as a candidate by name and description; included when referenced
 *       (L1175–1193).
 *   <li>{@code AGENTS.md} in {@code ~/.kiro/steering/} or a root: always included, no modes
 *       (L1099–1103).
 *   <li>A workspace file with the same path below {@code steering/} as a global one shadows it; any
 *       other global file applies too, and where instructions conflict the workspace wins (L1065).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class SteeringSet {

  /** How deep {@code #[[file:...]]} references are followed inside referenced files. */
  static final int MAX_REFERENCE_DEPTH = 8;

  /**
   * How many {@code #[[file:...]]} references one {@link #expand} resolves, counted over every
   * level. Each costs a file read; the docs show a steering file naming a few specs (L1195–1208),
   * so 200 is far above real use, and it is what stops a fan-out (10 files each naming the next 10
   * times would otherwise expand to 10^8 copies within the depth limit).
   */
  static final int MAX_REFERENCES = 200;

  /**
   * How many bytes (UTF-8) of referenced content one {@link #expand} inlines, over every level: 1
   * MiB. The expansion goes into the model's context next to everything else; the docs put 50,000
   * tokens at 40% of a context window (L1713), about half a megabyte of text for the whole window,
   * so more than 1 MiB from one steering file cannot be used anyway. A file is measured before it
   * is read, so a 4 MiB file is refused without being read.
   */
  static final long MAX_EXPANDED_BYTES = 1L << 20;

  private static final Comparator<SteeringFile> ORDER = new SelectionOrder();

  /**
   * Global files first, then {@code AGENTS.md} before the rest, then by root, then by path. A plain
   * class, not a {@code Comparator.comparing} chain: every lint loads steering, and each lambda
   * costs a fresh JVM its linking.
   */
  private static final class SelectionOrder implements Comparator<SteeringFile> {
    @Override
    public int compare(SteeringFile a, SteeringFile b) {
      int c = Integer.compare(scopeRank(a.scope()), scopeRank(b.scope()));
      if (c == 0) {
        c = Boolean.compare(!a.isAgentsMd(), !b.isAgentsMd());
      }
      if (c == 0) {
        c = Integer.compare(a.root().orElse(-1), b.root().orElse(-1));
      }
      return c != 0 ? c : a.path().toString().compareTo(b.path().toString());
    }
  }

  private static final InclusionReason ALWAYS = new InclusionReason.Always();
  private static final InclusionReason AGENTS_MD = new InclusionReason.AgentsMd();

  private final Workspace workspace;
  private final List<SteeringFile> files;
  private final List<SteeringFile> shadowed;
  private final List<Diagnostic> diagnostics;

  /**
   * Each file's patterns as indexes into {@link #distinctPatterns}: files repeat the same globs
   * ({@code **}{@code /*.ts}), so a selection matches each distinct glob once per request file.
   */
  private final int[][] patternIds;

  private final List<FilePattern> distinctPatterns;

  /** What each file was read as, for {@link #refresh(Workspace)}. */
  private final Map<SteeringLoader.Key, SteeringLoader.Loaded> loaded;

  private SteeringSet(
      Workspace workspace,
      List<SteeringFile> files,
      List<SteeringFile> shadowed,
      List<Diagnostic> diagnostics,
      Map<SteeringLoader.Key, SteeringLoader.Loaded> loaded) {
    this.loaded = loaded;
    this.workspace = workspace;
    this.files = List.copyOf(files);
    this.shadowed = List.copyOf(shadowed);
    this.diagnostics = List.copyOf(diagnostics);
    Map<String, Integer> ids = new HashMap<>();
    List<FilePattern> distinct = new ArrayList<>();
    this.patternIds = new int[this.files.size()][];
    for (int i = 0; i < this.files.size(); i++) {
      List<FilePattern> patterns = this.files.get(i).patterns();
      int[] fileIds = new int[patterns.size()];
      for (int j = 0; j < fileIds.length; j++) {
        FilePattern p = patterns.get(j);
        Integer id = ids.get(p.pattern());
        if (id == null) {
          id = distinct.size();
          distinct.add(p);
          ids.put(p.pattern(), id);
        }
        fileIds[j] = id;
      }
      patternIds[i] = fileIds;
    }
    this.distinctPatterns = List.copyOf(distinct);
  }

  /** The workspace's steering, loaded on first use and cached on the workspace. */
  public static SteeringSet of(Workspace workspace) {
    return workspace.view(SteeringSet.class, new Load());
  }

  /**
   * {@link #load(Workspace)} as the view's factory; a class, not a method reference (see ORDER).
   */
  private static final class Load implements Function<Workspace, SteeringSet> {
    @Override
    public SteeringSet apply(Workspace workspace) {
      return load(workspace);
    }
  }

  /** Loads the workspace's steering now (not cached). */
  public static SteeringSet load(Workspace workspace) {
    return load(workspace, Map.of());
  }

  /**
   * The steering of {@code workspace}, a newer opening of the same folders (for example with an
   * editor's unsaved text {@link io.kiro4j.core.workspace.FileOverlay overlaid}), reading again
   * only the files whose content changed since this set was loaded: same overlay text, or the same
   * size, modification time and file key on disk, reuses the file and its diagnostics. What spans
   * files (shadowing, duplicate names, {@code #[[file:…]]} expansion) is computed anew. The result
   * is what {@link #load(Workspace)} gives, as long as no file changed on disk without its {@code
   * stat} changing.
   *
   * <pre>{@code
   * SteeringSet before = SteeringSet.of(workspace);
   * Workspace edited = Kiro.open(options.toBuilder().overlay(open).build());
   * SteeringSet after = edited.view(SteeringSet.class, before::refresh);
   * }</pre>
   *
   * @since 0.2
   */
  public SteeringSet refresh(Workspace workspace) {
    return load(workspace, loaded);
  }

  /**
   * {@link #refresh(Workspace)}, reading again {@code changed} files whatever their {@code stat}
   * says: for a caller told which files changed (an editor's save may keep a file's size and
   * modification time).
   *
   * @since 0.2
   */
  public SteeringSet refresh(Workspace workspace, Set<Path> changed) {
    Map<SteeringLoader.Key, SteeringLoader.Loaded> keep = new HashMap<>();
    for (Map.Entry<SteeringLoader.Key, SteeringLoader.Loaded> e : loaded.entrySet()) {
      if (!changed.contains(e.getKey().path())) {
        keep.put(e.getKey(), e.getValue());
      }
    }
    return load(workspace, keep);
  }

  private static SteeringSet load(
      Workspace workspace, Map<SteeringLoader.Key, SteeringLoader.Loaded> reusable) {
    Diagnostics diagnostics = new Diagnostics();
    SteeringLoader loader = new SteeringLoader(workspace, diagnostics, reusable);
    List<SteeringFile> all = loader.loadAll();

    // Shadowing: a workspace file at the same path below steering/ as a global one replaces it.
    Map<String, SteeringFile> workspaceByName = new HashMap<>();
    for (SteeringFile f : all) {
      if (f.scope() == Scope.WORKSPACE && !f.isAgentsMd()) {
        workspaceByName.putIfAbsent(f.name(), f);
      }
    }
    List<SteeringFile> effective = new ArrayList<>();
    List<SteeringFile> shadowed = new ArrayList<>();
    for (SteeringFile f : all) {
      SteeringFile winner =
          f.scope() == Scope.GLOBAL && !f.isAgentsMd() ? workspaceByName.get(f.name()) : null;
      if (winner == null) {
        effective.add(f);
      } else {
        shadowed.add(f);
        diagnostics.add(
            Diagnostic.ofFile(
                SteeringCode.SHADOWED_BY_WORKSPACE,
                f.path(),
                "global steering '"
                    + f.name()
                    + "' is shadowed by workspace file "
                    + workspace.displayPath(winner.path())
                    + " (root "
                    + winner.root().orElse(0)
                    + ")"));
      }
    }
    effective.sort(ORDER);
    shadowed.sort(ORDER);
    reportDuplicateAutoNames(effective, diagnostics);

    for (SteeringFile f : effective) {
      if (!f.references().isEmpty()) {
        diagnostics.addAll(expand(workspace, f).diagnostics());
      }
    }
    return new SteeringSet(workspace, effective, shadowed, diagnostics.toList(), loader.loaded());
  }

  /**
   * Loads the steering files below {@code dir} as one set (not cached; no shadowing, no {@code
   * AGENTS.md}): for folders outside the usual places, such as a power's bundled {@code steering/}
   * (docs L1536-1545). Files are read exactly as workspace steering files are.
   */
  public static SteeringSet loadFolder(Workspace workspace, Path dir, Scope scope) {
    Diagnostics diagnostics = new Diagnostics();
    List<SteeringFile> files =
        new ArrayList<>(new SteeringLoader(workspace, diagnostics).loadFolder(dir, scope));
    files.sort(ORDER);
    reportDuplicateAutoNames(files, diagnostics);
    return new SteeringSet(workspace, files, List.of(), diagnostics.toList(), Map.of());
  }

  /** The files that apply (shadowed ones excluded), in selection order. */
  public List<SteeringFile> files() {
    return files;
  }

  /** Global files hidden by a workspace file with the same relative path. */
  public List<SteeringFile> shadowed() {
    return shadowed;
  }

  /** Every problem found while loading, in the order found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The workspace this steering was loaded from. */
  public Workspace workspace() {
    return workspace;
  }

  /**
   * The ordered steering that applies to {@code request}, with reasons, and the auto candidates.
   */
  public SteeringSelection select(SteeringRequest request) {
    List<RequestFile> requestFiles = resolve(request);
    List<String> refs = request.references();
    boolean[] refUsed = new boolean[refs.size()];
    List<AppliedSteering> applied = new ArrayList<>();
    List<AutoCandidate> candidates = new ArrayList<>();
    // memo[k][id]: 0 = not tried, 1 = matches, 2 = does not match request file k.
    byte[][] memo = new byte[requestFiles.size()][distinctPatterns.size()];
    for (int i = 0; i < files.size(); i++) {
      SteeringFile f = files.get(i);
      switch (f.mode()) {
        case AGENTS:
          applied.add(new AppliedSteering(f, AGENTS_MD));
          break;
        case ALWAYS:
          applied.add(new AppliedSteering(f, ALWAYS));
          break;
        case FILE_MATCH:
          InclusionReason match = matchFiles(f, patternIds[i], requestFiles, memo);
          if (match != null) {
            applied.add(new AppliedSteering(f, match));
          }
          break;
        case MANUAL:
        case AUTO:
          int ref = referenceIndex(f, refs);
          if (ref >= 0) {
            refUsed[ref] = true;
            applied.add(new AppliedSteering(f, new InclusionReason.Reference(refs.get(ref))));
          } else if (f.mode() == InclusionMode.AUTO && f.description().isPresent()) {
            candidates.add(
                new AutoCandidate(f.autoName().orElseThrow(), f.description().orElseThrow(), f));
          }
          break;
        default:
          throw new IllegalStateException("unknown mode " + f.mode());
      }
    }
    for (SteeringFile f : files) {
      // A reference to an always/fileMatch file is satisfied by its inclusion, not unknown.
      int ref = referenceIndex(f, refs);
      while (ref >= 0 && !refUsed[ref]) {
        refUsed[ref] = true;
        ref = referenceIndex(f, refs);
      }
    }
    List<Diagnostic> problems = new ArrayList<>();
    Path steeringDir = workspace.primaryRoot().kiroDir().resolve("steering");
    for (int i = 0; i < refs.size(); i++) {
      if (!refUsed[i]) {
        problems.add(
            Diagnostic.ofFile(
                SteeringCode.UNKNOWN_REFERENCE,
                steeringDir,
                "#" + refs.get(i) + " matches no manual or auto steering file"));
      }
    }
    return new SteeringSelection(applied, candidates, problems);
  }

  /**
   * The body of {@code file} with its {@code #[[file:...]]} references inlined, following
   * references inside referenced files up to {@value #MAX_REFERENCE_DEPTH} levels; cycles, missing
   * files and paths leaving the workspace root are refused and reported. One expansion resolves at
   * most {@value #MAX_REFERENCES} references and inlines at most {@value #MAX_EXPANDED_BYTES} bytes
   * of referenced content (over every level); past either limit it reports once and leaves the
   * remaining references as written.
   */
  public ExpandedSteering expand(SteeringFile file) {
    return expand(workspace, file);
  }

  private static ExpandedSteering expand(Workspace workspace, SteeringFile file) {
    Diagnostics problems = new Diagnostics();
    Path root = referenceRoot(workspace, file);
    Deque<Path> stack = new ArrayDeque<>();
    stack.push(PathCanonicalizer.canonicalize(file.path()));
    Budget budget = new Budget();
    String text =
        expand(
            workspace, file.path(), file.body(), file.references(), root, stack, budget, problems);
    return new ExpandedSteering(file, text, problems.toList());
  }

  /** What one expansion may still do; once a limit is hit nothing more is expanded. */
  private static final class Budget {
    int references = MAX_REFERENCES;
    long bytes = MAX_EXPANDED_BYTES;
    boolean exhausted;
  }

  private static String expand(
      Workspace workspace,
      Path source,
      String body,
      List<FileReference> references,
      Path root,
      Deque<Path> stack,
      Budget budget,
      Diagnostics problems) {
    if (references.isEmpty()) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length() + 256);
    int copied = 0;
    for (FileReference ref : references) {
      int at = body.indexOf(ref.token(), copied);
      if (at < 0) {
        continue;
      }
      out.append(body, copied, at);
      copied = at + ref.token().length();
      Optional<String> content =
          budget.exhausted
              ? Optional.empty()
              : resolveReference(workspace, source, ref, root, stack, budget, problems);
      out.append(content.orElse(ref.token()));
    }
    out.append(body, copied, body.length());
    return out.toString();
  }

  private static Optional<String> resolveReference(
      Workspace workspace,
      Path source,
      FileReference ref,
      Path root,
      Deque<Path> stack,
      Budget budget,
      Diagnostics problems) {
    if (budget.references == 0) {
      budget.exhausted = true;
      problems.add(
          Diagnostic.of(
              SteeringCode.TOO_MANY_REFERENCES,
              source,
              ref.line(),
              ref.column(),
              "more than "
                  + MAX_REFERENCES
                  + " #[[file:...]] references in one expansion; this one and the rest are not"
                  + " expanded"));
      return Optional.empty();
    }
    budget.references--;
    Path target = root.resolve(ref.target());
    if (ref.target().isEmpty() || !PathCanonicalizer.isWithin(root, target)) {
      problems.add(
          Diagnostic.of(
              SteeringCode.REFERENCE_ESCAPES,
              source,
              ref.line(),
              ref.column(),
              ref.token() + " leads outside the workspace root " + root + "; refused"));
      return Optional.empty();
    }
    if (!Files.exists(target)) { // a FIFO or folder there is reported by the read, never opened
      problems.add(
          Diagnostic.of(
              SteeringCode.REFERENCE_MISSING,
              source,
              ref.line(),
              ref.column(),
              ref.token() + " names a file that does not exist"));
      return Optional.empty();
    }
    if (KiroIgnore.of(workspace).isIgnored(target)) {
      problems.add(
          Diagnostic.of(
              SteeringCode.REFERENCE_IGNORED,
              source,
              ref.line(),
              ref.column(),
              ref.token() + " names a file excluded by .kiroignore; access is blocked"));
      return Optional.empty();
    }
    Path canonical = PathCanonicalizer.canonicalize(target);
    if (stack.contains(canonical)) {
      problems.add(
          Diagnostic.of(
              SteeringCode.REFERENCE_CYCLE,
              source,
              ref.line(),
              ref.column(),
              ref.token() + " leads back to a file already being expanded; the cycle is cut"));
      return Optional.empty();
    }
    if (stack.size() > MAX_REFERENCE_DEPTH) {
      problems.add(
          Diagnostic.of(
              SteeringCode.REFERENCE_TOO_DEEP,
              source,
              ref.line(),
              ref.column(),
              "references nest deeper than " + MAX_REFERENCE_DEPTH + "; not expanded further"));
      return Optional.empty();
    }
    // Measured before it is read: a file over what is left of the budget is not read at all.
    long size;
    try {
      size = Files.size(target);
    } catch (IOException e) {
      size = 0; // the read below reports it
    }
    if (size > budget.bytes) {
      return overBudget(source, ref, budget, problems);
    }
    Optional<String> text = workspace.read(target, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String content = text.get();
    long bytes = utf8Length(content);
    if (bytes > budget.bytes) { // it grew since it was measured
      return overBudget(source, ref, budget, problems);
    }
    budget.bytes -= bytes;
    List<FileReference> nested = FileReferences.scan(content, 1);
    if (nested.isEmpty()) {
      return Optional.of(content);
    }
    stack.push(canonical);
    try {
      return Optional.of(expand(workspace, target, content, nested, root, stack, budget, problems));
    } finally {
      stack.pop();
    }
  }

  private static Optional<String> overBudget(
      Path source, FileReference ref, Budget budget, Diagnostics problems) {
    budget.exhausted = true;
    problems.add(
        Diagnostic.of(
            SteeringCode.EXPANSION_TOO_LARGE,
            source,
            ref.line(),
            ref.column(),
            ref.token()
                + " would take the expansion over "
                + MAX_EXPANDED_BYTES
                + " bytes of referenced content; this reference and the rest are not expanded"));
    return Optional.empty();
  }

  /** The UTF-8 length of {@code s}, without encoding it. */
  private static long utf8Length(String s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** References resolve against the root that owns the file; global files use the first root. */
  private static Path referenceRoot(Workspace workspace, SteeringFile file) {
    int index = file.root().orElse(0);
    return workspace.roots().get(index).path();
  }

  private InclusionReason matchFiles(
      SteeringFile f, int[] ids, List<RequestFile> requestFiles, byte[][] memo) {
    for (int k = 0; k < requestFiles.size(); k++) {
      RequestFile rf = requestFiles.get(k);
      if (f.scope() == Scope.WORKSPACE && f.root().getAsInt() != rf.root) {
        continue;
      }
      byte[] known = memo[k];
      for (int id : ids) {
        if (known[id] == 0) {
          known[id] = distinctPatterns.get(id).matches(rf.relativePath) ? (byte) 1 : (byte) 2;
        }
        if (known[id] == 1) {
          return new InclusionReason.FileMatch(distinctPatterns.get(id).pattern(), rf.relativePath);
        }
      }
    }
    return null;
  }

  private static int referenceIndex(SteeringFile f, List<String> refs) {
    for (int i = 0; i < refs.size(); i++) {
      String r = refs.get(i);
      if (r.equals(f.name())
          || r.equals(f.fileName())
          || (f.mode() == InclusionMode.AUTO
              && f.autoName().isPresent()
              && r.equals(f.autoName().get()))) {
        return i;
      }
    }
    return -1;
  }

  private List<RequestFile> resolve(SteeringRequest request) {
    if (request.files().isEmpty()) {
      return List.of();
    }
    Path base = request.workingDirectory().orElse(workspace.primaryRoot().path());
    List<RequestFile> out = new ArrayList<>(request.files().size());
    for (Path file : request.files()) {
      // A file outside every root belongs to no root: no fileMatch rule can see it.
      Optional<WorkspaceFile> located = workspace.locate(base.resolve(file));
      if (located.isPresent()) {
        out.add(new RequestFile(located.get().root().index(), located.get().relativePath()));
      }
    }
    return out;
  }

  private static void reportDuplicateAutoNames(List<SteeringFile> files, Diagnostics diagnostics) {
    Set<String> seen = new HashSet<>();
    for (SteeringFile f : files) {
      if (f.mode() == InclusionMode.AUTO && f.autoName().isPresent()) {
        String key = f.scope() + ":" + f.root().orElse(-1) + ":" + f.autoName().get();
        if (!seen.add(key)) {
          diagnostics.add(
              Diagnostic.ofFile(
                  SteeringCode.DUPLICATE_AUTO_NAME,
                  f.path(),
                  "another auto steering file in this scope is also named '"
                      + f.autoName().get()
                      + "'"));
        }
      }
    }
  }

  private static int scopeRank(Scope scope) {
    return scope == Scope.GLOBAL ? 0 : 1;
  }

  private record RequestFile(int root, String relativePath) {}
}
