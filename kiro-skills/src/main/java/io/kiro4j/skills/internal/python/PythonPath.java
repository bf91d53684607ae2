package io.kiro4j.skills.internal.python;

import java.nio.file.Path;

/**
 * How Python's {@code pathlib} prints a path ({@code str(Path(p))}), which the reference puts in
 * its messages: repeated and trailing separators and {@code .} segments are dropped ({@code
 * ./a//b/} prints {@code a/b}), an empty path prints {@code .}.
 *
 * <p>Thread-safe: static functions without state.
 */
public final class PythonPath {

  private PythonPath() {}

  /** {@code str(pathlib.PurePosixPath(path))}. */
  public static String str(Path path) {
    return str(path.toString());
  }

  /** {@code str(pathlib.PurePosixPath(text))}. */
  public static String str(String text) {
    StringBuilder sb = new StringBuilder();
    boolean absolute = text.startsWith("/");
    if (absolute) {
      sb.append(text.startsWith("//") && !text.startsWith("///") ? "//" : "/");
    }
    boolean first = true;
    for (String part : text.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (!first) {
        sb.append('/');
      }
      sb.append(part);
      first = false;
    }
    return sb.length() == 0 ? "." : sb.toString();
  }

  /** {@code Path(text).name}: the last segment, {@code ""} for {@code .} or {@code /}. */
  public static String name(String text) {
    String s = str(text);
    if (s.equals(".") || s.equals("/") || s.equals("//")) {
      return "";
    }
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
