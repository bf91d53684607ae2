package io.kiro4j.skills.power;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a power is installed from (docs L1646-1690): a local folder, a public GitHub repository
 * URL, or a power listed on kiro.dev. Data only: kiro4j never downloads.
 *
 * <p>Immutable and thread-safe: every implementation is an immutable record.
 */
public sealed interface InstallSource
    permits InstallSource.LocalPath, InstallSource.GitHub, InstallSource.KiroDev {

  /**
   * "Add power from Local Path": a folder containing {@code POWER.md}.
   *
   * @param directory the folder
   */
  record LocalPath(Path directory) implements InstallSource {
    public LocalPath {
      Objects.requireNonNull(directory, "directory");
    }
  }

  /**
   * "Add power from GitHub": a public repository whose root (or {@code tree/<ref>/<path>}) holds
   * {@code POWER.md}.
   *
   * @param owner the repository owner
   * @param repository the repository name
   * @param ref the branch or tag from a {@code /tree/<ref>} URL
   * @param path the folder inside the repository from a {@code /tree/<ref>/<path>} URL
   */
  record GitHub(String owner, String repository, Optional<String> ref, Optional<String> path)
      implements InstallSource {
    public GitHub {
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(repository, "repository");
      Objects.requireNonNull(ref, "ref");
      Objects.requireNonNull(path, "path");
    }
  }

  /**
   * A curated power from {@code kiro.dev/powers}.
   *
   * @param name the power's name in the catalogue
   */
  record KiroDev(String name) implements InstallSource {
    public KiroDev {
      Objects.requireNonNull(name, "name");
    }
  }

  /** Matches {@code https://github.com/owner/repo[.git][/tree/ref[/path]]}. */
  Pattern GITHUB =
      Pattern.compile(
          "https?://(?:www\\.)?github\\.com/([^/\\s]+)/([^/\\s]+?)(?:\\.git)?"
              + "(?:/tree/([^/\\s]+)(?:/(\\S+?))?)?/?");

  /** Matches {@code https://kiro.dev/powers/<name>}. */
  Pattern KIRO_DEV = Pattern.compile("https?://(?:www\\.)?kiro\\.dev/powers/([^/?#\\s]+)/?");

  /**
   * Reads a source as a user writes it: a GitHub or kiro.dev URL, else a local path.
   *
   * @throws IllegalArgumentException for another {@code http(s)} URL
   */
  static InstallSource parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    Matcher m = GITHUB.matcher(s);
    if (m.matches()) {
      return new GitHub(
          m.group(1), m.group(2), Optional.ofNullable(m.group(3)), Optional.ofNullable(m.group(4)));
    }
    m = KIRO_DEV.matcher(s);
    if (m.matches()) {
      return new KiroDev(m.group(1));
    }
    if (s.startsWith("http://") || s.startsWith("https://")) {
      throw new IllegalArgumentException(
          "not a GitHub repository or kiro.dev power URL: '" + s + "'");
    }
    return new LocalPath(Path.of(s));
  }
}
