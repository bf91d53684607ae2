package io.kiro4j.core.permission;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Real bash as the oracle: runs a line under {@code bash -c} where nothing real can run. PATH holds
 * only logging stubs, every builtin is disabled (so {@code cd}, {@code echo}, {@code eval} go
 * through PATH too) and {@code command_not_found_handle} logs any other name; each process writes
 * its own log file, so concurrent pipeline members cannot interleave. What ran, with which
 * arguments, and which files appeared in the working folder are read back afterwards.
 */
final class BashSandbox implements AutoCloseable {

  /** Command names with a stub in PATH; any other name is logged by the not-found handler. */
  static final List<String> STUBBED =
      List.of(
          "ls", "cat", "echo", "grep", "find", "git", "npm", "rm", "make", "cd", "pwd", "head",
          "tail", "which", "type", "tee", "sh", "bash", "eval", "xargs", "env", "printf");

  /** Files in the working folder before every run. */
  static final List<String> SEEDED = List.of("a.txt", "b.md", "-delete");

  /** One command that ran: its name and arguments. */
  record Ran(List<String> words) {
    String name() {
      return words.get(0);
    }
  }

  /** What one line did. */
  record Run(List<Ran> commands, Set<String> newFiles, boolean timedOut) {}

  private final Path root;
  private final Path bin;
  private final Path env;
  private int runs;

  BashSandbox() throws IOException {
    root = Files.createTempDirectory("kiro4j-bash-oracle");
    bin = Files.createDirectories(root.resolve("bin"));
    Path stub = root.resolve("stub");
    // dash, not bash: it ignores BASH_ENV, so the stub's own printf stays a builtin.
    Files.writeString(
        stub,
        "#!/bin/sh\n"
            + "{ printf '%s' \"${0##*/}\"; for a in \"$@\"; do printf '\\037%s' \"$a\"; done; }"
            + " > \"$KIRO4J_LOG.$$\"\n");
    stub.toFile().setExecutable(true);
    for (String name : STUBBED) {
      Files.createSymbolicLink(bin.resolve(name), stub);
    }
    env = root.resolve("env.sh");
    Files.writeString(
        env,
        // Background jobs finish before bash exits (their logs are read right after).
        "trap wait EXIT\n"
            + "enable -n "
            + String.join(" ", builtins())
            + "\n"
            + "command_not_found_handle() { enable printf;"
            + " { printf '%s' \"$1\"; shift; for a in \"$@\"; do printf '\\037%s' \"$a\"; done; }"
            + " > \"$KIRO4J_LOG.nf.$BASHPID\"; }\n");
  }

  private static List<String> builtins() throws IOException {
    Process p =
        new ProcessBuilder("/bin/bash", "-c", "compgen -b").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      p.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return out.lines()
        .map(String::strip)
        .filter(b -> !b.isEmpty() && !b.equals("enable") && !b.equals("wait"))
        .map(b -> b.equals("[") ? "'['" : b)
        .collect(Collectors.toList());
  }

  /** Runs {@code line} under {@code bash -c} in a fresh working folder. */
  Run run(String line) {
    Path dir = root.resolve("run" + runs++);
    try {
      Path work = Files.createDirectories(dir.resolve("work"));
      Path logs = Files.createDirectories(dir.resolve("logs"));
      for (String f : SEEDED) {
        Files.writeString(work.resolve(f), "x\n");
      }
      ProcessBuilder pb = new ProcessBuilder("/bin/bash", "-c", line).directory(work.toFile());
      Map<String, String> vars = pb.environment();
      vars.clear();
      vars.put("PATH", bin.toString());
      vars.put("BASH_ENV", env.toString());
      vars.put("KIRO4J_LOG", logs.resolve("log").toString());
      vars.put("HOME", dir.toString());
      vars.put("x", "-delete");
      vars.put("LC_ALL", "C.UTF-8");
      pb.redirectInput(new File("/dev/null"));
      pb.redirectErrorStream(true);
      Process p = pb.start();
      // End of output: every process that inherited it (background ones too) has finished.
      CompletableFuture<byte[]> output =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return p.getInputStream().readAllBytes();
                } catch (IOException e) {
                  return new byte[0];
                }
              });
      boolean done = p.waitFor(10, TimeUnit.SECONDS);
      if (done) {
        try {
          output.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          done = false;
        }
      }
      if (!done) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor();
      }
      List<Ran> ran = new ArrayList<>();
      try (Stream<Path> files = Files.list(logs)) {
        for (Path log : files.sorted().collect(Collectors.toList())) {
          String record = Files.readString(log, StandardCharsets.UTF_8);
          ran.add(new Ran(List.of(record.split("\u001F", -1))));
        }
      }
      Set<String> created = new TreeSet<>();
      try (Stream<Path> files = Files.walk(work)) {
        files
            .filter(f -> !f.equals(work))
            .map(f -> work.relativize(f).toString())
            .filter(f -> !SEEDED.contains(f))
            .forEach(created::add);
      }
      return new Run(ran, created, !done);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    } catch (IOException e) {
      // a leftover temp folder is harmless
    }
  }

  @Override
  public void close() {
    delete(root);
  }
}
