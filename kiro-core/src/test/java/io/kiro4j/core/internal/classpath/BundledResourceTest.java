package io.kiro4j.core.internal.classpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledResourceTest {

  @TempDir Path dir;

  /** A class loader that records every resource it is asked for. */
  static final class Recording extends URLClassLoader {
    final List<String> asked = new ArrayList<>();

    Recording(URL url) {
      super(new URL[] {url}, ClassLoader.getPlatformClassLoader());
    }

    @Override
    public URL getResource(String name) {
      asked.add(name);
      return super.getResource(name);
    }
  }

  private Path jarWith(String resource, String text) throws Exception {
    Path jar = dir.resolve("bundle.jar");
    String self = BundledResource.class.getName().replace('.', '/');
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String cls : List.of(self + ".class", self + "$OwnJar.class")) {
        out.putNextEntry(new JarEntry(cls));
        try (InputStream in = BundledResource.class.getResourceAsStream("/" + cls)) {
          in.transferTo(out);
        }
      }
      out.putNextEntry(new JarEntry(resource));
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return jar;
  }

  private static byte[] read(ClassLoader loader, Class<?> anchor, String name) throws Exception {
    Class<?> bundled = loader.loadClass(BundledResource.class.getName());
    Method read = bundled.getMethod("read", Class.class, String.class);
    return (byte[]) read.invoke(null, anchor, name);
  }

  @Test
  void aResourceOfTheOwnJarIsReadFromTheJarWithoutAskingTheClassLoader() throws Exception {
    String resource = "io/kiro4j/core/internal/classpath/table.txt";
    try (Recording loader = new Recording(jarWith(resource, "a b c").toUri().toURL())) {
      Class<?> anchor = loader.loadClass(BundledResource.class.getName());
      assertThat(new String(read(loader, anchor, "table.txt"), StandardCharsets.UTF_8))
          .isEqualTo("a b c");
      assertThat(read(loader, anchor, "/" + resource)).isEqualTo("a b c".getBytes());
      assertThat(loader.asked).doesNotContain(resource);
    }
  }

  @Test
  void aMissingResourceIsNullAfterAskingTheClassLoader() throws Exception {
    try (Recording loader = new Recording(jarWith("x/y.txt", "y").toUri().toURL())) {
      Class<?> anchor = loader.loadClass(BundledResource.class.getName());
      assertThat(read(loader, anchor, "absent.txt")).isNull();
      assertThat(loader.asked).contains("io/kiro4j/core/internal/classpath/absent.txt");
    }
  }

  @Test
  void anAnchorFromAFolderOfClassesIsReadThroughItsClassLoader() throws Exception {
    // The tests' own classes come from target/classes: the class loader answers, as before.
    byte[] viaLoader;
    try (InputStream in = BundledResource.class.getResourceAsStream("BundledResource.class")) {
      viaLoader = in.readAllBytes();
    }
    assertThat(BundledResource.read(BundledResource.class, "BundledResource.class"))
        .isEqualTo(viaLoader);
    assertThat(BundledResource.read(BundledResource.class, "no-such-resource")).isNull();
  }
}
