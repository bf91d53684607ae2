package io.kiro4j.core.process;

import io.kiro4j.core.process.Platform.Signal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The processes one {@link ChildProcess#stop} is responsible for: the root, every descendant seen
 * in any snapshot, and (when the root was started in its own group) every member of that group.
 *
 * <p>Snapshots accumulate: once the root has exited its children are re-parented and no longer show
 * up as its descendants, so every process seen once stays on the list until it is gone. Used by one
 * thread.
 */
final class ProcessTree {

  private static final Duration KILL_PROGRAM_TIMEOUT = Duration.ofMillis(500);
  private static final long SNAPSHOT_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
  private static final long MAX_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final Process root;
  private final ProcessHandle rootHandle;
  private final OptionalLong groupId;
  private final Platform platform;
  private final Set<ProcessHandle> known = new LinkedHashSet<>();
  private boolean groupHasMembers;
  private boolean interrupted;

  ProcessTree(Process root, OptionalLong groupId, Platform platform) {
    this.root = root;
    this.rootHandle = root.toHandle();
    this.groupId = groupId;
    this.platform = platform;
  }

  /** Adds every process now in the tree or the group to the known set. */
  void snapshot() {
    if (platform.procfs()) {
      snapshotFromTable(platform.processTable());
      return;
    }
    if (root.isAlive()) {
      addAll(root.descendants().collect(Collectors.toList()));
    }
    // Subtrees whose parent has died hang off init now: follow them from their own top.
    for (ProcessHandle handle : List.copyOf(known)) {
      boolean orphan =
          handle
              .parent()
              .map(parent -> !parent.equals(rootHandle) && !known.contains(parent))
              .orElse(true);
      if (orphan && platform.isRunning(handle)) {
        addAll(handle.descendants().collect(Collectors.toList()));
      }
    }
    groupHasMembers = false;
  }

  /** The same walk over one reading of {@code /proc}: the root's tree, orphaned subtrees, group. */
  private void snapshotFromTable(List<Platform.ProcEntry> table) {
    Map<Long, Platform.ProcEntry> byPid = new HashMap<>();
    Map<Long, List<Long>> children = new HashMap<>();
    for (Platform.ProcEntry entry : table) {
      byPid.put(entry.pid(), entry);
      children.computeIfAbsent(entry.parent(), k -> new ArrayList<>()).add(entry.pid());
    }
    long rootPid = rootHandle.pid();
    Set<Long> knownPids = known.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
    List<Long> tops = new ArrayList<>();
    if (root.isAlive()) {
      tops.add(rootPid);
    }
    // Subtrees whose parent has died hang off init now: follow them from their own top.
    for (long pid : knownPids) {
      Platform.ProcEntry entry = byPid.get(pid);
      if (entry != null
          && !entry.dead()
          && entry.parent() != rootPid
          && !knownPids.contains(entry.parent())) {
        tops.add(pid);
      }
    }
    Set<Long> found = new LinkedHashSet<>();
    java.util.ArrayDeque<Long> pending = new java.util.ArrayDeque<>(tops);
    while (!pending.isEmpty()) {
      for (long child : children.getOrDefault(pending.pop(), List.of())) {
        // A pid seen twice would mean a cycle from a reused pid: walk each once.
        if (found.add(child)) {
          pending.push(child);
        }
      }
    }
    groupHasMembers = false;
    if (groupId.isPresent()) {
      for (Platform.ProcEntry entry : table) {
        if (entry.group() == groupId.getAsLong() && entry.pid() != rootPid && !entry.dead()) {
          groupHasMembers = true;
          found.add(entry.pid());
        }
      }
    }
    List<ProcessHandle> handles = new ArrayList<>(found.size());
    for (long pid : found) {
      if (!knownPids.contains(pid)) {
        ProcessHandle.of(pid).ifPresent(handles::add);
      }
    }
    addAll(handles);
  }

  private void addAll(List<ProcessHandle> handles) {
    ProcessHandle self = ProcessHandle.current();
    for (ProcessHandle handle : handles) {
      if (!handle.equals(self) && !handle.equals(rootHandle)) {
        known.add(handle);
      }
    }
  }

  /** The known processes still running, root excluded. */
  List<ProcessHandle> running() {
    return known.stream().filter(platform::isRunning).collect(Collectors.toList());
  }

  boolean anyRunning() {
    return root.isAlive() || !running().isEmpty();
  }

  /**
   * Sends {@code signal} to the group at once (it also reaches processes forked since the last
   * snapshot), then to every known process one by one, so a process that left the group gets it
   * too.
   *
   * <p>SIGTERM goes leaves first, the root last: a parent sees its children end and can finish
   * cleanly. SIGKILL goes the other way, root first: a dead parent cannot start new children to
   * replace the ones being killed, and the children it leaves are already on the list.
   */
  void signal(Signal signal) {
    if (groupId.isPresent() && (root.isAlive() || groupHasMembers)) {
      // While the root lives, or while the group still has members, the group id cannot have been
      // reused by an unrelated group: the kernel keeps a pid reserved while its group exists.
      platform.signalGroup(groupId.getAsLong(), signal, KILL_PROGRAM_TIMEOUT);
    }
    List<ProcessHandle> ordered = leavesFirst(running());
    if (signal == Signal.TERM) {
      ordered.forEach(ProcessHandle::destroy);
      root.destroy();
    } else {
      root.destroyForcibly();
      Collections.reverse(ordered);
      ordered.forEach(ProcessHandle::destroyForcibly);
    }
  }

  /**
   * Waits until the root has exited or {@code deadline} (a {@link System#nanoTime()}) passes,
   * taking a new snapshot now and then so children it starts meanwhile are known.
   */
  void awaitRoot(long deadline) {
    long nextSnapshot = System.nanoTime() + SNAPSHOT_EVERY_NANOS;
    long pause = TimeUnit.MILLISECONDS.toNanos(5);
    while (!interrupted && root.isAlive()) {
      long now = System.nanoTime();
      if (now - deadline >= 0) {
        return;
      }
      if (now - nextSnapshot >= 0) {
        snapshot();
        nextSnapshot = now + SNAPSHOT_EVERY_NANOS;
      }
      try {
        root.waitFor(Math.min(pause, deadline - now), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        interrupted = true;
      }
      pause = Math.min(pause * 2, MAX_POLL_NANOS);
    }
  }

  /**
   * Waits until the root and every known process are gone or {@code deadline} passes; an interrupt
   * ends the wait early.
   *
   * @return true if all are gone
   */
  boolean awaitAllGone(long deadline) {
    return awaitGone(deadline, false);
  }

  /**
   * Like {@link #awaitAllGone(long)}, but an earlier interrupt does not cut it short: after SIGKILL
   * the wait is short anyway, and skipping it would report live processes that are in fact dying.
   */
  boolean awaitKilled(long deadline) {
    return awaitGone(deadline, true);
  }

  private boolean awaitGone(long deadline, boolean despiteInterrupt) {
    long pause = TimeUnit.MILLISECONDS.toNanos(1);
    while (true) {
      if (!anyRunning()) {
        return true;
      }
      long now = System.nanoTime();
      if ((interrupted && !despiteInterrupt) || now - deadline >= 0) {
        return false;
      }
      try {
        TimeUnit.NANOSECONDS.sleep(Math.min(pause, deadline - now));
      } catch (InterruptedException e) {
        interrupted = true;
      }
      pause = Math.min(pause * 2, MAX_POLL_NANOS);
    }
  }

  /** True once a wait was interrupted: the caller restores the flag, later waits are skipped. */
  boolean interrupted() {
    return interrupted;
  }

  /** Deepest first: depth counts the ancestors that are themselves on the list. */
  private static List<ProcessHandle> leavesFirst(List<ProcessHandle> handles) {
    Map<Long, Long> parentOf = new HashMap<>();
    for (ProcessHandle handle : handles) {
      handle.parent().ifPresent(parent -> parentOf.put(handle.pid(), parent.pid()));
    }
    Set<Long> pids = handles.stream().map(ProcessHandle::pid).collect(Collectors.toSet());
    Map<Long, Integer> depth = new HashMap<>();
    for (ProcessHandle handle : handles) {
      int d = 0;
      Long parent = parentOf.get(handle.pid());
      // Bounded walk: a pid reused between two reads must not make us loop.
      while (parent != null && pids.contains(parent) && d < handles.size()) {
        d++;
        parent = parentOf.get(parent);
      }
      depth.put(handle.pid(), d);
    }
    List<ProcessHandle> ordered = new ArrayList<>(handles);
    ordered.sort(Comparator.comparing((ProcessHandle h) -> depth.get(h.pid())).reversed());
    return ordered;
  }
}
