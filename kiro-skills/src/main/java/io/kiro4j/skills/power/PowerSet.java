package io.kiro4j.skills.power;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The installed powers of a workspace: {@code ~/.kiro/powers/<name>/POWER.md} (global) and {@code
 * <root>/.kiro/powers/<name>/POWER.md} (workspace). The docs do not say where Kiro keeps installed
 * powers; these folders are kiro4j's convention, mirroring skills. A workspace power overrides a
 * global one of the same name ({@code POWER-007}).
 *
 * <pre>{@code
 * PowerSet powers = PowerSet.of(Kiro.open(Path.of(".")));
 * powers.activate("Let's set up the database").forEach(m -> System.out.println(m.power().name()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PowerSet {

  private final List<Power> powers;
  private final List<Diagnostic> diagnostics;

  private PowerSet(List<Power> powers, List<Diagnostic> diagnostics) {
    this.powers = List.copyOf(powers);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The workspace's powers, loaded once per workspace. */
  public static PowerSet of(Workspace workspace) {
    return workspace.view(PowerSet.class, new Load());
  }

  /** Loads the powers of {@code workspace} now. */
  public static PowerSet load(Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    Diagnostics d = new Diagnostics();
    List<Power> found = new ArrayList<>();
    if (workspace.readsGlobalScope()) {
      scan(workspace.globalKiroDir().resolve("powers"), Scope.GLOBAL, workspace, found, d);
    }
    for (WorkspaceRoot root : workspace.roots()) {
      scan(root.kiroDir().resolve("powers"), Scope.WORKSPACE, workspace, found, d);
    }
    Map<String, Power> byName = new LinkedHashMap<>();
    for (Power p : found) {
      d.addAll(p.diagnostics());
      Power previous = byName.remove(p.name());
      if (previous != null) {
        d.add(
            Diagnostic.ofFile(
                PowerCode.SHADOWED,
                previous.file(),
                "power '"
                    + p.name()
                    + "' is overridden by "
                    + workspace.displayPath(p.file()).path()));
      }
      byName.put(p.name(), p);
    }
    List<Power> powers = new ArrayList<>(byName.values());
    powers.sort(new ByName());
    return new PowerSet(powers, d.toList());
  }

  private static void scan(Path dir, Scope scope, Workspace ws, List<Power> out, Diagnostics d) {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> dirs = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      for (Path entry : s) {
        if (Files.isDirectory(entry)) {
          dirs.add(entry);
        }
      }
    } catch (IOException e) {
      return;
    }
    dirs.sort(new ByFileName());
    for (Path p : dirs) {
      if (TextFile.isPresent(p.resolve("POWER.md"))) { // a FIFO there is reported, not opened
        out.add(Power.load(p, scope, ws));
      }
    }
  }

  /** The effective powers, sorted by name. */
  public List<Power> powers() {
    return powers;
  }

  /** The power named {@code name}. */
  public Optional<Power> find(String name) {
    return powers.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** The powers {@code prompt} activates (see {@link PowerActivation}). */
  public List<PowerMatch> activate(String prompt) {
    return PowerActivation.match(powers, prompt);
  }

  /** Every problem found. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  // The view's factory and the orders here are small classes, not method references or
  // Comparator.comparing chains: a fresh JVM links each lambda it reaches through
  // java.lang.invoke, which every lint run would pay for.

  /** Loads a workspace's powers. */
  private static final class Load implements Function<Workspace, PowerSet> {
    @Override
    public PowerSet apply(Workspace workspace) {
      return load(workspace);
    }
  }

  /** By name. */
  private static final class ByName implements Comparator<Power> {
    @Override
    public int compare(Power a, Power b) {
      return a.name().compareTo(b.name());
    }
  }

  /** Folders by their name. */
  private static final class ByFileName implements Comparator<Path> {
    @Override
    public int compare(Path a, Path b) {
      return a.getFileName().toString().compareTo(b.getFileName().toString());
    }
  }
}
