package io.kiro4j.core.workspace;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a file that workspace configuration pulls into a prompt really is: the one check that
 * steering {@code #[[file:]]} references, workspace steering files, {@code AGENTS.md} and agent
 * {@code file://} resources share.
 *
 * <pre>{@code
 * Containment c = Containment.check(ws, root.resolve(".kiro/steering/creds.md"));
 * if (!c.insideRoots()) { ... a symlink leads out of the workspace: refuse ... }
 * if (c.ignored()) { ... .kiroignore excludes it: refuse ... }
 * }</pre>
 *
 * <p>The file is judged where it <em>is</em>, not where it is listed: its path is {@linkplain
 * Workspace#canonicalize canonicalised} (every symlink followed, {@code ..} applied to the real
 * parent), so {@code .kiro/steering/creds.md -> ~/.aws/credentials} in a cloned repository is
 * outside every root, and a link to an ignored file is ignored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param file the path as found (listed, or resolved from what the configuration wrote)
 * @param canonical where it leads
 * @param insideRoots whether {@code canonical} lies in a workspace root (any root)
 * @param ignored whether {@link KiroIgnore} excludes {@code canonical} (outside the roots only an
 *     unreadable global {@code kiroignore} does)
 */
public record Containment(Path file, Path canonical, boolean insideRoots, boolean ignored) {

  public Containment {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(canonical, "canonical");
  }

  /** Judges {@code file} (absolute, or relative to the first root) in {@code workspace}. */
  public static Containment check(Workspace workspace, Path file) {
    Path canonical = workspace.canonicalize(workspace.primaryRoot().path().resolve(file));
    boolean inside = workspace.rootContaining(canonical).isPresent();
    return new Containment(file, canonical, inside, KiroIgnore.of(workspace).isIgnored(canonical));
  }

  /** True when the file may be read as workspace content: inside a root and not ignored. */
  public boolean allowed() {
    return insideRoots && !ignored;
  }
}
