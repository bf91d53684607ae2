package io.kiro4j.core.lint.fix;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.write.AtomicFileWriter;
import io.kiro4j.core.write.FileSnapshot;
import io.kiro4j.core.write.StaleWriteException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Applies the fixes of a batch of diagnostics, or previews them as a unified diff. Files are
 * written only through {@link io.kiro4j.core.write}: each file is read once ({@link FileSnapshot}),
 * its fixes are computed from that text, and it is replaced atomically only if it did not change
 * meanwhile ({@link AtomicFileWriter#replace}); a moved file is created at its new place with the
 * same bytes and permissions ({@link AtomicFileWriter#create}, which refuses an existing file) and
 * the old one removed if still unchanged.
 *
 * <p>Fixes of one file whose edits overlap an earlier fix's are left for the next run. A file that
 * is not UTF-8, changed while being fixed, or cannot be written is reported in {@link
 * Result#failures()} and left as it was.
 *
 * <pre>{@code
 * FixWriter writer = new FixWriter(Fixes.discover(loader), AtomicFileWriter.defaults(), Path::toString);
 * FixWriter.Result done = writer.write(report.diagnostics());
 * done.applied().forEach(a -> System.out.println("fixed " + a.diagnostic()));
 * }</pre>
 *
 * <p>Immutable and thread-safe; two writers fixing the same file at once are refused by the
 * stale-write check, not serialised.
 *
 * @since 0.2
 */
public final class FixWriter {

  /**
   * A fix written (or, in a preview, that would be).
   *
   * @param diagnostic the diagnostic fixed
   * @param fix the fix
   */
  public record Applied(Diagnostic diagnostic, Fix fix) {}

  /**
   * A file left as it was.
   *
   * @param path the file
   * @param reason why, one line
   */
  public record Failure(Path path, String reason) {}

  /**
   * The outcome of a batch.
   *
   * @param applied the fixes written (or previewed), in diagnostic order
   * @param failures the files left alone
   * @param diff the unified diff of every change (filled in by {@link #preview} only)
   */
  public record Result(List<Applied> applied, List<Failure> failures, String diff) {
    public Result {
      applied = List.copyOf(applied);
      failures = List.copyOf(failures);
      Objects.requireNonNull(diff, "diff");
    }
  }

  private final Fixes fixes;
  private final AtomicFileWriter writer;
  private final Function<Path, String> names;

  /**
   * A writer.
   *
   * @param fixes the providers
   * @param writer how files are written
   * @param names how a path is named in the diff (for example relative to its workspace root)
   */
  public FixWriter(Fixes fixes, AtomicFileWriter writer, Function<Path, String> names) {
    this.fixes = Objects.requireNonNull(fixes, "fixes");
    this.writer = Objects.requireNonNull(writer, "writer");
    this.names = Objects.requireNonNull(names, "names");
  }

  /** Writes the fixes of {@code diagnostics}. */
  public Result write(List<Diagnostic> diagnostics) {
    return run(diagnostics, false);
  }

  /** Computes the fixes of {@code diagnostics} and their diff; writes nothing. */
  public Result preview(List<Diagnostic> diagnostics) {
    return run(diagnostics, true);
  }

  private Result run(List<Diagnostic> diagnostics, boolean dryRun) {
    Map<Path, List<Diagnostic>> byFile = new LinkedHashMap<>();
    for (Diagnostic d : fixes.fixable(diagnostics)) {
      byFile.computeIfAbsent(d.path(), p -> new ArrayList<>()).add(d);
    }
    List<Applied> applied = new ArrayList<>();
    List<Failure> failures = new ArrayList<>();
    StringBuilder diff = new StringBuilder();
    for (Map.Entry<Path, List<Diagnostic>> e : byFile.entrySet()) {
      Path path = e.getKey();
      try {
        FileSnapshot snapshot = FileSnapshot.read(path);
        String text = snapshot.text();
        List<Applied> planned = plan(e.getValue(), text);
        if (planned.isEmpty()) {
          continue;
        }
        List<TextEdit> edits = new ArrayList<>();
        Optional<Path> moveTo = Optional.empty();
        for (Applied a : planned) {
          edits.addAll(a.fix().edits());
          if (a.fix().moveTo().isPresent()) {
            moveTo = a.fix().moveTo();
          }
        }
        edits.sort(Comparator.comparingInt(TextEdit::start));
        String after = Fix.apply(text, edits);
        if (dryRun) {
          diff.append(diff(path, moveTo, text, after));
        } else {
          commit(snapshot, after, moveTo);
        }
        applied.addAll(planned);
      } catch (CharacterCodingException ex) {
        failures.add(new Failure(path, "not UTF-8"));
      } catch (StaleWriteException | ChangedWhileMoving ex) {
        failures.add(new Failure(path, "changed while being fixed; run again"));
      } catch (IOException ex) {
        failures.add(new Failure(path, ex.getClass().getSimpleName() + ": " + ex.getMessage()));
      }
    }
    return new Result(applied, failures, diff.toString());
  }

  /** The fixes of one file's diagnostics, without overlaps and with at most one move. */
  private List<Applied> plan(List<Diagnostic> diagnostics, String text) {
    List<Applied> out = new ArrayList<>();
    List<TextEdit> taken = new ArrayList<>();
    boolean moving = false;
    for (Diagnostic d : diagnostics) {
      Optional<Fix> fix = fixes.fix(d, text);
      if (fix.isEmpty() || (moving && fix.get().moveTo().isPresent())) {
        continue;
      }
      boolean overlaps =
          fix.get().edits().stream()
              .anyMatch(
                  e ->
                      e.end() > text.length()
                          || taken.stream()
                              .anyMatch(t -> e.start() < t.end() && t.start() < e.end()));
      if (overlaps) {
        continue;
      }
      taken.addAll(fix.get().edits());
      moving |= fix.get().moveTo().isPresent();
      out.add(new Applied(d, fix.get()));
    }
    return out;
  }

  private void commit(FileSnapshot snapshot, String after, Optional<Path> moveTo)
      throws IOException {
    byte[] bytes = after.getBytes(StandardCharsets.UTF_8);
    Path path = snapshot.path();
    if (moveTo.isEmpty()) {
      writer.replace(path, snapshot.stamp(), bytes);
      return;
    }
    Path target = moveTo.get();
    Optional<Set<PosixFilePermission>> permissions = permissions(path);
    if (permissions.isPresent()) {
      writer.create(target, bytes, permissions.get());
    } else {
      writer.create(target, bytes);
    }
    // The copy exists; the original goes only if nobody changed it meanwhile.
    if (!FileSnapshot.read(path).stamp().equals(snapshot.stamp())) {
      Files.delete(target);
      throw new ChangedWhileMoving(path);
    }
    Files.delete(path);
  }

  private static Optional<Set<PosixFilePermission>> permissions(Path path) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class);
    return view == null ? Optional.empty() : Optional.of(view.readAttributes().permissions());
  }

  private String diff(Path path, Optional<Path> moveTo, String before, String after) {
    String from = names.apply(path);
    String to = moveTo.map(names).orElse(from);
    StringBuilder out = new StringBuilder();
    if (moveTo.isPresent()) {
      out.append("diff --git a/").append(from).append(" b/").append(to).append('\n');
      if (before.equals(after)) {
        out.append("similarity index 100%\n");
      }
      out.append("rename from ").append(from).append('\n');
      out.append("rename to ").append(to).append('\n');
    }
    if (!before.equals(after)) {
      out.append(UnifiedDiff.of(from, to, before, after));
    }
    return out.toString();
  }

  /** The original of a move changed after it was read: the copy is removed again. */
  private static final class ChangedWhileMoving extends IOException {
    private static final long serialVersionUID = 1L;

    ChangedWhileMoving(Path path) {
      super(path + " changed while being moved");
    }
  }
}
