package io.kiro4j.core.hook;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The IDE hook files of a workspace ({@code <root>/.kiro/hooks/*.kiro.hook} for every root; IDE
 * hooks have no global folder, reference A31) and which of them fire for an event.
 *
 * <pre>{@code
 * HookSet hooks = HookSet.of(Kiro.open(Path.of(".")));
 * for (HookMatch m : hooks.match(new HookEvent.FileEdited(List.of(Path.of("src/a.ts"))))) {
 *   System.out.println(m.hook().name() + " <- " + m.reason());
 * }
 * hooks.diagnostics().forEach(System.out::println);
 * }</pre>
 *
 * <p>Rules, with the docs' lines:
 *
 * <ul>
 *   <li>A disabled hook ({@code "enabled": false}) never fires; absent means enabled.
 *   <li>File events fire a hook only for files of the root that defines it (L20447, L17653), when
 *       the path relative to that root matches a pattern ({@link
 *       io.kiro4j.core.glob.GlobDialect#WORKSPACE_FILE}) and no {@code !pattern}.
 *   <li>Tool events match {@code toolTypes}: categories, names and wildcards (L961–966).
 *   <li>Manual hooks fire when named, by name, slash command ({@code /name}, L19620–19644) or file
 *       name.
 *   <li>Nothing fires for an event raised inside a subagent (L19674), nor for agentSpawn.
 * </ul>
 *
 * <p>Order: by root, then by path in code-point order. Immutable and thread-safe.
 */
public final class HookSet {

  /** The extension of IDE hook files. */
  public static final String EXTENSION = ".kiro.hook";

  private static final Comparator<CompiledHook> ORDER = new ByRootThenPath();

  /**
   * By root, then by path. A plain class, not a {@code Comparator.comparing} chain: every lint
   * reads the hooks, and each lambda costs a fresh JVM its linking.
   */
  private static final class ByRootThenPath implements Comparator<CompiledHook> {
    @Override
    public int compare(CompiledHook a, CompiledHook b) {
      int c = Integer.compare(a.hook.root().index(), b.hook.root().index());
      return c != 0 ? c : a.hook.displayPath().compareTo(b.hook.displayPath());
    }
  }

  private final Workspace workspace;
  private final List<CompiledHook> compiled;
  private final List<IdeHook> hooks;
  private final List<ForeignHookFile> foreign;
  private final List<Diagnostic> diagnostics;

  private HookSet(Workspace workspace) {
    this.workspace = workspace;
    Diagnostics diags = new Diagnostics();
    IdeHookLoader loader = new IdeHookLoader(workspace, diags);
    loader.loadAll();
    List<CompiledHook> all = new ArrayList<>(loader.hooks);
    all.sort(ORDER);
    this.compiled = List.copyOf(all);
    List<IdeHook> list = new ArrayList<>();
    Map<String, IdeHook> manualNames = new HashMap<>();
    for (CompiledHook c : compiled) {
      list.add(c.hook);
      if (c.hook.trigger() == IdeTrigger.USER_TRIGGERED) {
        IdeHook first =
            manualNames.putIfAbsent(c.hook.root().index() + "\0" + c.hook.name(), c.hook);
        if (first != null) {
          diags.add(
              Diagnostic.ofFile(
                  HookCode.DUPLICATE_NAME,
                  c.hook.path(),
                  "manual hook '"
                      + c.hook.name()
                      + "' has the same name as "
                      + first.displayPath()));
        }
      }
    }
    this.hooks = List.copyOf(list);
    this.foreign = List.copyOf(loader.foreign);
    this.diagnostics = diags.toList();
  }

  /** The hooks of {@code workspace}, read on first use and cached on it. */
  public static HookSet of(Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    return workspace.view(HookSet.class, new Load());
  }

  /** The constructor as the view's factory; a class, not a method reference (see ORDER). */
  private static final class Load implements Function<Workspace, HookSet> {
    @Override
    public HookSet apply(Workspace workspace) {
      return new HookSet(workspace);
    }
  }

  /** Reads the hooks of {@code workspace} afresh (not cached). */
  public static HookSet load(Workspace workspace) {
    return new HookSet(Objects.requireNonNull(workspace, "workspace"));
  }

  /** Every hook read, enabled or not, in order (root, then path). */
  public List<IdeHook> hooks() {
    return hooks;
  }

  /** Files under {@code .kiro/hooks/} in other formats, reported and never run. */
  public List<ForeignHookFile> foreign() {
    return foreign;
  }

  /** Every problem found while reading. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The enabled manual hook named {@code name} (name, {@code /slash-command} or file name). */
  public Optional<IdeHook> manual(String name) {
    for (IdeHook h : hooks) {
      if (h.enabled() && h.trigger() == IdeTrigger.USER_TRIGGERED && names(h, name)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }

  private static boolean names(IdeHook h, String name) {
    return h.name().equals(name)
        || h.slashCommand().orElseThrow().equals(name)
        || h.slashCommand().orElseThrow().equals("/" + name)
        || h.fileStem().equals(name);
  }

  /**
   * The enabled hooks that fire for {@code event}, in order, each with why.
   *
   * @param event the event
   * @return the matches; empty for agentSpawn and for events inside a subagent
   */
  public List<HookMatch> match(HookEvent event) {
    Objects.requireNonNull(event, "event");
    Optional<IdeTrigger> trigger = event.ideTrigger();
    if (trigger.isEmpty()) {
      return List.of();
    }
    IdeTrigger t = trigger.get();
    List<WorkspaceFile> files = t.isFileEvent() ? locate(event) : List.of();
    Optional<ToolUse> tool = event.tool();
    Optional<String> manual =
        event instanceof HookEvent.UserTriggered
            ? ((HookEvent.UserTriggered) event).hook()
            : Optional.empty();
    List<HookMatch> out = new ArrayList<>();
    for (CompiledHook c : compiled) {
      IdeHook h = c.hook;
      if (!h.enabled() || h.trigger() != t) {
        continue;
      }
      Optional<String> reason;
      if (t.isFileEvent()) {
        reason = c.matchFiles(files);
      } else if (t.isToolEvent()) {
        reason = tool.flatMap(c::matchTool);
      } else if (t == IdeTrigger.USER_TRIGGERED) {
        reason =
            manual.isEmpty()
                ? Optional.of("userTriggered")
                : names(h, manual.get())
                    ? Optional.of("userTriggered:" + h.slashCommand().orElseThrow())
                    : Optional.empty();
      } else {
        reason = Optional.of(t.jsonName());
      }
      reason.ifPresent(r -> out.add(new HookMatch(h, r)));
    }
    return List.copyOf(out);
  }

  private List<WorkspaceFile> locate(HookEvent event) {
    List<Path> paths;
    if (event instanceof HookEvent.FileCreated) {
      paths = ((HookEvent.FileCreated) event).files();
    } else if (event instanceof HookEvent.FileEdited) {
      paths = ((HookEvent.FileEdited) event).files();
    } else {
      paths = ((HookEvent.FileDeleted) event).files();
    }
    List<WorkspaceFile> out = new ArrayList<>(paths.size());
    for (Path p : paths) {
      workspace.locate(p).ifPresent(out::add);
    }
    return out;
  }

  @Override
  public String toString() {
    return "HookSet[hooks=" + hooks.size() + ", diagnostics=" + diagnostics.size() + "]";
  }
}
