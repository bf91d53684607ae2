package io.kiro4j.core;

import io.kiro4j.core.internal.classpath.BundledResource;
import io.kiro4j.core.workspace.Workspace;
import io.kiro4j.core.workspace.WorkspaceOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

/**
 * The front door of kiro4j: open a Kiro workspace and read what Kiro would load.
 *
 * <pre>{@code
 * Workspace ws = Kiro.open(Path.of("."));
 * SteeringSet steering = SteeringSet.of(ws);
 * SteeringSelection sel = steering.select(SteeringRequest.builder()
 *     .file(Path.of("src/components/Button.tsx"))
 *     .reference("#api-design")
 *     .build());
 * sel.applied().forEach(a -> System.out.println(a.file().name() + " because " + a.reason()));
 * }</pre>
 *
 * <p>Opening only checks that each root is a readable directory (misuse throws {@link
 * IllegalArgumentException}); each capability loads on first use and reports problems in files as
 * {@link io.kiro4j.core.diagnostic.Diagnostic diagnostics} rather than exceptions. Other modules
 * add their views of the same workspace ({@code Skills.of(ws)}, {@code Specs.of(ws)}, {@code
 * Mcp...}).
 *
 * <p>Thread-safe: static methods only, no shared mutable state.
 */
public final class Kiro {

  private Kiro() {}

  /**
   * Opens the workspace made of {@code roots} (in order; the first is the working directory), with
   * the real user home and the process environment.
   *
   * @throws IllegalArgumentException when no root is given, or a root does not exist, is not a
   *     directory or cannot be read (the message names the path)
   */
  public static Workspace open(Path... roots) {
    return open(WorkspaceOptions.builder().roots(Arrays.asList(roots)).build());
  }

  /**
   * Opens a workspace with explicit options (user home, environment, roots).
   *
   * @throws IllegalArgumentException when a root does not exist, is not a directory or cannot be
   *     read (the message names the path); a missing user home is allowed (no global files)
   */
  public static Workspace open(WorkspaceOptions options) {
    return Workspace.open(options);
  }

  /** The kiro4j version, for example {@code 0.1.0-SNAPSHOT}. */
  public static String version() {
    return BuildInfo.PROPERTIES.getProperty("version", "unknown");
  }

  /** The name of the Kiro documentation snapshot this version implements. */
  public static String docsSnapshot() {
    return BuildInfo.PROPERTIES.getProperty("docsSnapshot", "unknown");
  }

  /**
   * The build's properties, read when first asked for: a resource read is a fresh JVM's first look
   * into the jar (milliseconds), which opening a workspace does not need.
   */
  private static final class BuildInfo {
    static final Properties PROPERTIES = loadBuildInfo();
  }

  private static Properties loadBuildInfo() {
    Properties p = new Properties();
    try {
      byte[] bytes = BundledResource.read(Kiro.class, "kiro4j.properties");
      if (bytes != null) {
        p.load(new ByteArrayInputStream(bytes));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
