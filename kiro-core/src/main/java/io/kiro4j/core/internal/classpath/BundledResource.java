package io.kiro4j.core.internal.classpath;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads the resources kiro4j ships with (schemas, tables, build information, class files): from the
 * jar this class came from when the resource's anchor came from the same jar, else through the
 * anchor's class loader.
 *
 * <p>Why not simply {@link Class#getResourceAsStream}: on the class path a class loader first asks
 * its parents, and the boot loader looks for a name outside the JDK's packages in every module of
 * the JDK; with the URL and connection objects on top, that is about a millisecond per resource in
 * a fresh JVM, on the path of every short CLI run. The jar is opened once and kept open, as the
 * class loader keeps its own handle; the JDK shares one open file between the two.
 *
 * <p>Thread-safe: the jar is opened in a class initialiser and only read afterwards ({@link
 * ZipFile} is safe for concurrent reads).
 */
public final class BundledResource {

  private BundledResource() {}

  /**
   * The bytes of resource {@code name} as {@code anchor.getResourceAsStream(name)} finds it
   * (relative to the anchor's package unless it starts with {@code /}), or {@code null} when there
   * is none.
   */
  public static byte[] read(Class<?> anchor, String name) throws IOException {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(name, "name");
    byte[] bytes = OwnJar.read(anchor, absoluteName(anchor, name));
    if (bytes != null) {
      return bytes;
    }
    try (InputStream in = anchor.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  /**
   * The resource's name from the class path's root, as {@link Class#getResourceAsStream} resolves
   * {@code name} against {@code anchor}: relative to its package unless it starts with {@code /}.
   */
  public static String absoluteName(Class<?> anchor, String name) {
    return name.startsWith("/")
        ? name.substring(1)
        : anchor.getPackageName().replace('.', '/') + "/" + name;
  }

  /** The jar holding this class, if it came from one. */
  private static final class OwnJar {
    private static final String LOCATION = location(BundledResource.class);
    private static final ZipFile FILE = open(LOCATION);

    static byte[] read(Class<?> anchor, String absolute) throws IOException {
      if (FILE == null || !LOCATION.equals(location(anchor))) {
        return null; // another jar, a folder of classes, a module image: its loader knows
      }
      ZipEntry entry = FILE.getEntry(absolute);
      if (entry == null || entry.isDirectory()) {
        return null;
      }
      try (InputStream in = FILE.getInputStream(entry)) {
        return in.readAllBytes();
      }
    }

    private static String location(Class<?> type) {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      URL url = source == null ? null : source.getLocation();
      return url == null ? null : url.toString();
    }

    private static ZipFile open(String location) {
      if (location == null || !location.startsWith("file:") || !location.endsWith(".jar")) {
        return null;
      }
      try {
        return new ZipFile(Path.of(new URL(location).toURI()).toFile());
      } catch (IOException | URISyntaxException | RuntimeException e) {
        return null; // unreadable here: the class loader reads it
      }
    }
  }
}
