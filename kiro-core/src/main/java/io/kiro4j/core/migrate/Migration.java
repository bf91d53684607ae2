package io.kiro4j.core.migrate;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.internal.json.JsonLoader;
import io.kiro4j.core.internal.json.JsonResult;
import io.kiro4j.core.json.edit.EditResult;
import io.kiro4j.core.json.edit.JsonEdit;
import io.kiro4j.core.json.edit.JsonFile;
import io.kiro4j.core.workspace.AmazonQFolders;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceRoot;
import io.kiro4j.core.write.AtomicFileWriter;
import io.kiro4j.core.write.FileSnapshot;
import io.kiro4j.core.write.StaleWriteException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * What moving the Amazon Q Developer CLI's configuration into Kiro's folders would do, and doing it
 * (docs L10910–10959).
 *
 * <pre>{@code
 * Migration plan = Migration.plan(workspace);
 * plan.steps().forEach(System.out::println);          // a dry run
 * List<Migration.Result> done = plan.apply(AtomicFileWriter.defaults());
 * }</pre>
 *
 * <p>The user's {@code ~/.aws/amazonq} goes to {@code ~/.kiro} and every root's {@code .amazonq} to
 * its {@code .kiro}, by the docs' table (L10934–10944, {@link AmazonQFolders#MAPPING}): {@code
 * mcp.json} → {@code settings/mcp.json}, {@code prompts/*.md} → {@code prompts/}, {@code
 * cli-agents/*.json} → {@code agents/}, {@code rules/**}{@code /*.md} → {@code steering/}. It is
 * what Kiro CLI's installer does once for the user's folder (L10914–10919), offered for projects
 * too:
 *
 * <ul>
 *   <li>Files are copied byte for byte with their permissions; the legacy folders are never changed
 *       (L10947).
 *   <li>Nothing is overwritten: a file already in Kiro's folder is skipped, and an existing {@code
 *       mcp.json} keeps its servers and every byte of its text; the servers it lacks are added,
 *       same-named ones are not copied (L10917).
 *   <li>A symbolic link leading out of the legacy folder's project (or, for the user's folder, out
 *       of {@code ~/.aws/amazonq}) is not followed: a cloned repository could otherwise have a
 *       private file copied into {@code .kiro} and committed.
 * </ul>
 *
 * <p>Immutable and thread-safe; {@link #apply} writes files and is the caller's to serialise.
 *
 * @since 0.2
 */
public final class Migration {

  private final List<MigrationStep> steps;
  private final List<Diagnostic> diagnostics;

  private Migration(List<MigrationStep> steps, List<Diagnostic> diagnostics) {
    this.steps = List.copyOf(steps);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Plans the migration of the user's and every root's legacy folder; writes nothing. */
  public static Migration plan(Workspace workspace) {
    Objects.requireNonNull(workspace, "workspace");
    List<MigrationStep> steps = new ArrayList<>();
    Diagnostics d = new Diagnostics();
    Path user = AmazonQFolders.userFolder(workspace);
    planFolder(workspace, user, workspace.globalKiroDir(), user, steps, d);
    for (WorkspaceRoot root : workspace.roots()) {
      Path q = root.path().resolve(AmazonQFolders.PROJECT_FOLDER);
      planFolder(workspace, q, root.kiroDir(), root.path(), steps, d);
    }
    return new Migration(steps, d.toList());
  }

  /** The steps, user folder first, then the roots in order, each by the docs' table. */
  public List<MigrationStep> steps() {
    return steps;
  }

  /** Problems met while planning (unreadable files, an {@code mcp.json} that does not parse). */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** What {@link #apply} did with one step. */
  public enum Status {
    /** The file was written. */
    WRITTEN,
    /** Nothing to do, or nothing that can be done safely; {@code detail} says which. */
    SKIPPED,
    /** The write failed; nothing was changed for this step. */
    FAILED
  }

  /**
   * The outcome of one step.
   *
   * @param step the step
   * @param status what happened
   * @param detail why, for people
   */
  public record Result(MigrationStep step, Status status, String detail) {
    public Result {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * Carries out the steps through {@code writer}: copies (a file that appeared since the plan is
   * not overwritten) and server merges (one lossless edit of the existing {@code mcp.json}, refused
   * if it changed since the plan).
   */
  public List<Result> apply(AtomicFileWriter writer) {
    Objects.requireNonNull(writer, "writer");
    List<Result> out = new ArrayList<>();
    for (MigrationStep step : steps) {
      out.add(apply(writer, step));
    }
    return List.copyOf(out);
  }

  private static Result apply(AtomicFileWriter writer, MigrationStep step) {
    if (step instanceof MigrationStep.Skip s) {
      return new Result(step, Status.SKIPPED, s.reason());
    }
    if (step instanceof MigrationStep.MergeServers m) {
      return m.servers().isEmpty()
          ? new Result(step, Status.SKIPPED, "every server is already there")
          : merge(writer, m);
    }
    MigrationStep.Copy c = (MigrationStep.Copy) step;
    try {
      FileSnapshot from = FileSnapshot.read(c.from());
      writer.create(c.to(), from.bytes(), permissions(c.from()));
      return new Result(step, Status.WRITTEN, "copied");
    } catch (StaleWriteException e) {
      return new Result(step, Status.FAILED, "it exists now; left as it is");
    } catch (IOException e) {
      return new Result(step, Status.FAILED, "cannot copy: " + e.getClass().getSimpleName());
    }
  }

  /**
   * Adds the servers {@code to} lacks, each entry as written in {@code from}, in one lossless edit
   * of {@code to} (every other byte of it kept); same-named servers are left as they are.
   */
  private static Result merge(AtomicFileWriter writer, MigrationStep.MergeServers m) {
    try {
      JsonFile target = JsonFile.open(m.to());
      EditResult source = JsonFile.open(m.from()).content();
      if (!(source instanceof EditResult.Edited from)
          || !(target.content() instanceof EditResult.Edited current)) {
        return new Result(m, Status.FAILED, "does not parse any more; not merged");
      }
      List<JsonEdit> edits = new ArrayList<>();
      for (String name : m.servers()) {
        JsonNode entry = from.text().root().path("mcpServers").path(name);
        if (entry.isMissingNode()
            || !current.text().root().path("mcpServers").path(name).isMissingNode()) {
          return new Result(m, Status.FAILED, "changed since the plan; not merged");
        }
        edits.add(JsonEdit.set(List.of("mcpServers", name), entry));
      }
      EditResult edited = current.text().applyAll(edits);
      if (edited instanceof EditResult.Refused refused) {
        return new Result(
            m, Status.FAILED, "not merged: " + refused.diagnostics().get(0).message());
      }
      target.write(edited.orElseThrow(), writer);
      return new Result(m, Status.WRITTEN, "added: " + String.join(", ", m.servers()));
    } catch (StaleWriteException e) {
      return new Result(m, Status.FAILED, "it changed on disk meanwhile; not merged");
    } catch (IOException e) {
      return new Result(m, Status.FAILED, "cannot merge: " + e.getClass().getSimpleName());
    }
  }

  private static Set<PosixFilePermission> permissions(Path file) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    if (view == null) {
      return Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }
    Set<PosixFilePermission> perms = view.readAttributes().permissions();
    perms.add(PosixFilePermission.OWNER_READ);
    perms.add(PosixFilePermission.OWNER_WRITE);
    return perms;
  }

  private static void planFolder(
      Workspace ws, Path q, Path kiro, Path base, List<MigrationStep> steps, Diagnostics d) {
    if (!Files.isDirectory(q)) {
      return;
    }
    Path canonicalBase = ws.canonicalize(base);
    for (AmazonQFolders.Mapping m : AmazonQFolders.MAPPING) {
      Path from = q.resolve(m.amazonQ());
      Path to = kiro.resolve(m.kiro());
      if (!m.folder()) {
        if (TextFile.isPresent(from)) {
          steps.add(mcpStep(from, to, d));
        }
        continue;
      }
      for (Path file : ws.listFiles(from, filesOf(m), d)) {
        Path target = to.resolve(from.relativize(file).toString());
        if (!ws.canonicalize(file).startsWith(canonicalBase)) {
          steps.add(
              new MigrationStep.Skip(
                  file, target, "a symbolic link out of " + base + "; not followed"));
        } else if (TextFile.isPresent(target)) {
          steps.add(
              new MigrationStep.Skip(file, target, "already in Kiro's folder; left as it is"));
        } else {
          steps.add(new MigrationStep.Copy(file, target, m.kind()));
        }
      }
    }
  }

  /** Which files of a legacy folder Q Developer CLI read (agents and prompts: top level only). */
  private static Predicate<String> filesOf(AmazonQFolders.Mapping m) {
    return switch (m.amazonQ()) {
      case "cli-agents" -> rel -> rel.indexOf('/') < 0 && rel.endsWith(".json");
      case "prompts" -> rel -> rel.indexOf('/') < 0 && rel.endsWith(".md");
      default -> rel -> rel.endsWith(".md");
    };
  }

  private static MigrationStep mcpStep(Path from, Path to, Diagnostics d) {
    if (!TextFile.isPresent(to)) {
      return new MigrationStep.Copy(from, to, "MCP servers");
    }
    Optional<Set<String>> source = serverNames(from, d);
    Optional<Set<String>> target = serverNames(to, d);
    if (source.isEmpty() || target.isEmpty()) {
      return new MigrationStep.Skip(
          from, to, "not merged: " + (source.isEmpty() ? from : to) + " does not parse");
    }
    List<String> add = new ArrayList<>();
    List<String> conflicts = new ArrayList<>();
    for (String name : source.get()) {
      (target.get().contains(name) ? conflicts : add).add(name);
    }
    return new MigrationStep.MergeServers(from, to, add, conflicts);
  }

  private static Optional<Set<String>> serverNames(Path file, Diagnostics d) {
    Optional<TextFile> text = TextFile.read(file, d);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    JsonResult parsed = JsonLoader.lenient().parse(text.get().text(), file);
    if (parsed.document().isEmpty()) {
      d.addAll(parsed.diagnostics());
      return Optional.empty();
    }
    JsonNode servers = parsed.document().get().root().get("mcpServers");
    Set<String> names = new LinkedHashSet<>();
    if (servers != null && servers.isObject()) {
      servers.propertyNames().forEach(names::add);
    }
    return Optional.of(names);
  }
}
