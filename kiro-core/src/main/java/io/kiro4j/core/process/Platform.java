package io.kiro4j.core.process;

import io.kiro4j.core.process.ProcessSpec.Isolation;
import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the operating system offers for supervising a process tree: {@code setsid} to start a child
 * in its own session and process group, GNU {@code timeout} to start one in its own process group
 * of this session, {@code kill} to signal that group, and {@code /proc} to see process groups and
 * zombies. Detected once; tests build other combinations to cover the fallbacks.
 *
 * @param setsid the {@code setsid} program, on Linux only
 * @param timeout the {@code timeout} program, on Linux only; used only once {@link
 *     #isolation(Isolation)} has seen it start a command in a new process group
 * @param kill the {@code kill} program, used for group signals
 * @param procfs whether {@code /proc/<pid>/stat} can be read (Linux)
 */
record Platform(
    Optional<Path> setsid, Optional<Path> timeout, Optional<Path> kill, boolean procfs) {

  private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
  private static final Platform DETECTED = detect();
  private static final File NULL_DEVICE = new File("/dev/null");

  /** Signals the stop sequence sends. */
  enum Signal {
    TERM,
    KILL
  }

  static Platform detected() {
    return DETECTED;
  }

  static boolean isWindows() {
    return System.getProperty("os.name", "").startsWith("Windows");
  }

  private static Platform detect() {
    if (!System.getProperty("os.name", "").startsWith("Linux")) {
      // macOS has no setsid(1) by default and no /proc; Windows has neither: per-pid only.
      return new Platform(Optional.empty(), Optional.empty(), Optional.empty(), false);
    }
    return new Platform(
        firstExecutable("/usr/bin/setsid", "/bin/setsid"),
        firstExecutable("/usr/bin/timeout", "/bin/timeout"),
        firstExecutable("/usr/bin/kill", "/bin/kill"),
        Files.isReadable(Path.of("/proc/self/stat")));
  }

  private static Optional<Path> firstExecutable(String... candidates) {
    for (String candidate : candidates) {
      Path path = Path.of(candidate);
      if (Files.isExecutable(path)) {
        return Optional.of(path);
      }
    }
    return Optional.empty();
  }

  /**
   * The isolation a child asking for {@code requested} gets: {@link Isolation#PROCESS_GROUP} only
   * when this JVM has no controlling terminal and {@code timeout} is known to start a new process
   * group in this session; {@link Isolation#SESSION} otherwise (which needs {@code setsid}; without
   * it the child is supervised process by process).
   */
  Isolation isolation(Isolation requested) {
    if (requested != Isolation.PROCESS_GROUP) {
      return requested;
    }
    if (timeout.isEmpty() || !procfs) {
      LOG.debug("no usable timeout program: starting the child in its own session instead");
      return Isolation.SESSION;
    }
    if (controllingTerminal()) {
      // A same-session child in a background group that reads /dev/tty gets SIGTTIN and stops
      // (hangs) instead of failing; in its own session it has no terminal to read.
      LOG.debug("this JVM has a controlling terminal: starting the child in its own session");
      return Isolation.SESSION;
    }
    boolean verified =
        timeout.equals(DETECTED.timeout())
            ? TimeoutProbe.STARTS_GROUPS
            : startsOwnProcessGroup(timeout.get());
    if (!verified) {
      LOG.debug("{} does not start a new process group: using setsid instead", timeout.get());
      return Isolation.SESSION;
    }
    return Isolation.PROCESS_GROUP;
  }

  /**
   * True unless {@code /proc/self/stat} says this JVM has no controlling terminal ({@code tty_nr}
   * 0). Unknown counts as a terminal: the safe side is a session of the child's own.
   */
  boolean controllingTerminal() {
    return stat(ProcessHandle.current().pid())
        .map(fields -> fields.length < 5 || !"0".equals(fields[4]))
        .orElse(true);
  }

  /** Probed once, on the first start that asks for a process group. */
  private static final class TimeoutProbe {
    static final boolean STARTS_GROUPS =
        DETECTED.timeout().map(DETECTED::startsOwnProcessGroup).orElse(false);
  }

  /**
   * Runs {@code timeout -- 0 cat /proc/self/stat} and checks that {@code cat} ran as a child of
   * {@code timeout}, in a process group led by {@code timeout}, in this JVM's session: what GNU
   * {@code timeout} does without {@code --foreground}. A few milliseconds, once.
   */
  private boolean startsOwnProcessGroup(Path timeoutProgram) {
    Optional<Path> cat = firstExecutable("/usr/bin/cat", "/bin/cat");
    Optional<String[]> self = stat(ProcessHandle.current().pid());
    if (cat.isEmpty() || self.isEmpty()) {
      return false;
    }
    Process probe;
    try {
      probe =
          new ProcessBuilder(
                  timeoutProgram.toString(), "--", "0", cat.get().toString(), "/proc/self/stat")
              .redirectInput(ProcessBuilder.Redirect.from(NULL_DEVICE))
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      LOG.debug("could not run {}", timeoutProgram, e);
      return false;
    }
    try {
      // One stat line fits the pipe: waiting before reading cannot deadlock.
      if (!probe.waitFor(5, TimeUnit.SECONDS)) {
        probe.destroyForcibly();
        return false;
      }
      byte[] output = probe.getInputStream().readNBytes(4096);
      if (probe.exitValue() != 0) {
        return false;
      }
      String[] fields = statFields(new String(output, StandardCharsets.ISO_8859_1)).orElse(null);
      String leader = Long.toString(probe.pid());
      return fields != null
          && fields[1].equals(leader)
          && fields[2].equals(leader)
          && fields[3].equals(self.get()[3]);
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      probe.destroyForcibly();
      Thread.currentThread().interrupt();
      return false;
    } finally {
      try {
        probe.getInputStream().close();
      } catch (IOException e) {
        // nothing left to read
      }
    }
  }

  /**
   * True if {@code handle} is a live process. Java counts a zombie (dead, waiting for its parent to
   * collect it) as alive; on Linux we read its state and count it as gone, since it holds nothing
   * and a slow init can leave orphaned zombies around for a second or more.
   */
  boolean isRunning(ProcessHandle handle) {
    if (!handle.isAlive()) {
      return false;
    }
    if (!procfs) {
      return true;
    }
    Optional<String[]> stat = stat(handle.pid());
    return stat.isPresent() && !"Z".equals(stat.get()[0]) && !"X".equals(stat.get()[0]);
  }

  /** One process as {@code /proc/<pid>/stat} describes it. */
  record ProcEntry(long pid, long parent, long group, char state) {

    /** Dead: a zombie waiting to be collected, or already gone. */
    boolean dead() {
      return state == 'Z' || state == 'X';
    }
  }

  /**
   * True only when {@code /proc/<pid>/task/<tid>/children} of every thread of {@code pid} could be
   * read and names no child: then a stop can skip the snapshot it takes before closing stdin (a
   * handful of tiny reads instead of a pass over every process). False when unsure (no such files
   * on kernels without {@code CONFIG_PROC_CHILDREN}).
   */
  boolean surelyChildless(long pid) {
    if (!procfs) {
      return false;
    }
    String[] tasks = new File("/proc/" + pid + "/task").list();
    if (tasks == null || tasks.length == 0) {
      return false;
    }
    for (String task : tasks) {
      try (FileInputStream in =
          new FileInputStream("/proc/" + pid + "/task/" + task + "/children")) {
        if (in.read() >= 0) {
          return false;
        }
      } catch (IOException | RuntimeException e) {
        return false;
      }
    }
    return true;
  }

  /**
   * Every process {@code /proc} lists, read in one pass (empty without {@code /proc}). One pass
   * gives descendants and group members together; the JDK's {@code descendants()} plus a group scan
   * read the whole table two or three times, which made a stop cost milliseconds.
   */
  List<ProcEntry> processTable() {
    if (!procfs) {
      return List.of();
    }
    List<ProcEntry> table = new java.util.ArrayList<>(256);
    // java.io on purpose: a stop runs rarely, so this code is usually not compiled yet, and the
    // NIO path costs several times more per file when interpreted.
    String[] names = new File("/proc").list();
    if (names == null) {
      LOG.debug("listing /proc failed");
      return table;
    }
    for (String name : names) {
      if (name.isEmpty() || name.charAt(0) < '1' || name.charAt(0) > '9') {
        continue;
      }
      long pid;
      try {
        pid = Long.parseLong(name);
      } catch (NumberFormatException e) {
        continue;
      }
      Optional<String[]> stat = stat(pid);
      if (stat.isPresent() && !stat.get()[0].isEmpty()) {
        try {
          table.add(
              new ProcEntry(
                  pid,
                  Long.parseLong(stat.get()[1]),
                  Long.parseLong(stat.get()[2]),
                  stat.get()[0].charAt(0)));
        } catch (NumberFormatException e) {
          // A line we cannot read: skip that process.
        }
      }
    }
    return table;
  }

  /**
   * Sends {@code signal} to every process of group {@code groupId} at once, through the {@code
   * kill} program (Java has no API for it). Waits for {@code kill} at most {@code timeout}.
   *
   * @return true if {@code kill} reported success
   */
  boolean signalGroup(long groupId, Signal signal, Duration timeout) {
    if (kill.isEmpty()) {
      return false;
    }
    Process killer;
    try {
      killer =
          new ProcessBuilder(kill.get().toString(), "-s", signal.name(), "--", "-" + groupId)
              .redirectInput(ProcessBuilder.Redirect.from(NULL_DEVICE))
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      LOG.debug("could not run {} to signal process group {}", kill.get(), groupId, e);
      return false;
    }
    try {
      if (killer.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
        return killer.exitValue() == 0;
      }
      LOG.debug("{} did not finish within {}; killing it", kill.get(), timeout);
      killer.destroyForcibly();
      return false;
    } catch (InterruptedException e) {
      killer.destroyForcibly();
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The fields of {@code /proc/<pid>/stat} after the command name: state, ppid, pgrp, session, ...
   * The command name sits in parentheses and may itself hold spaces and parentheses, so split after
   * the last ')'.
   */
  private Optional<String[]> stat(long pid) {
    if (!procfs) {
      return Optional.empty();
    }
    String text;
    // A stat line is a command name of at most 16 bytes and about fifty numbers: 4 KiB is plenty.
    byte[] buffer = new byte[4096];
    try (FileInputStream in = new FileInputStream("/proc/" + pid + "/stat")) {
      int length = in.readNBytes(buffer, 0, buffer.length);
      // ISO-8859-1 decodes any byte: a command name need not be valid UTF-8.
      text = new String(buffer, 0, length, StandardCharsets.ISO_8859_1);
    } catch (IOException | RuntimeException e) {
      // Gone between listing and reading, or not ours to read.
      return Optional.empty();
    }
    return statFields(text);
  }

  /** The fields of a {@code /proc/<pid>/stat} line after the command name. */
  static Optional<String[]> statFields(String text) {
    int close = text.lastIndexOf(')');
    if (close < 0) {
      return Optional.empty();
    }
    String[] fields = text.substring(close + 1).trim().split(" ");
    return fields.length >= 4 ? Optional.of(fields) : Optional.empty();
  }
}
