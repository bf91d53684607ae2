package io.kiro4j.mcp.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link TokenStore} of one JSON file per MCP server in a directory, by default {@code
 * ~/.kiro/kiro4j/mcp-oauth/} (the user's Kiro home): the file name is the SHA-256 of the server
 * URL, and the file repeats the URL so a grant is only used for its own server.
 *
 * <ul>
 *   <li>Owner-only: the directory is created 0700 and files 0600 on POSIX systems; elsewhere an ACL
 *       granting only the owner is set.
 *   <li>Atomic: a file is written to a temporary file in the same directory and moved over the old
 *       one, so a reader in another process sees the old or the new grant, never half of one;
 *       writers in several processes are serialized by a lock file.
 *   <li>A file that is unreadable, malformed, a symbolic link, or for another server is ignored (a
 *       new flow replaces it). Tokens are never logged.
 * </ul>
 *
 * <p>Thread-safe, and safe with concurrent processes.
 *
 * @since 0.2
 */
public final class FileTokenStore implements TokenStore {

  private static final Logger LOG = LoggerFactory.getLogger(FileTokenStore.class);
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final int MAX_FILE = 256 * 1024;

  private final Path directory;

  /**
   * @param directory where the files are kept (created on the first save)
   */
  public FileTokenStore(Path directory) {
    this.directory = Objects.requireNonNull(directory, "directory");
  }

  /** The store under {@code userHome/.kiro/kiro4j/mcp-oauth}. */
  public static FileTokenStore inKiroHome(Path userHome) {
    return new FileTokenStore(userHome.resolve(".kiro").resolve("kiro4j").resolve("mcp-oauth"));
  }

  /** The directory of the files. */
  public Path directory() {
    return directory;
  }

  @Override
  public Optional<StoredGrant> load(URI resource) {
    Path file = fileOf(resource);
    try {
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) > MAX_FILE) {
        return Optional.empty();
      }
      JsonNode json = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
      return parse(json).filter(g -> g.resource().equals(resource));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      LOG.warn("ignoring the unreadable token file {} ({})", file, e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  @Override
  public void save(StoredGrant grant) {
    try {
      ensureDirectory();
      byte[] bytes = MAPPER.writeValueAsBytes(toJson(grant));
      // The file lock serializes processes; the class lock the threads of this one (a JVM may
      // hold one lock per file: a second lock() from another thread would throw).
      synchronized (FileTokenStore.class) {
        try (FileChannel lockFile = openLock();
            FileLock ignored = lockFile.lock()) {
          replace(fileOf(grant.resource()), bytes);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot store the token of " + grant.resource(), e);
    }
  }

  /** Writes a temporary owner-only file next to {@code file} and moves it over {@code file}. */
  private void replace(Path file, byte[] bytes) throws IOException {
    Path temp = Files.createTempFile(directory, ".grant-", ".tmp");
    try {
      ownerOnly(temp, false);
      Files.write(temp, bytes, StandardOpenOption.TRUNCATE_EXISTING);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public boolean delete(URI resource) {
    try {
      if (!Files.isDirectory(directory)) {
        return false;
      }
      try (FileChannel lockFile = openLock();
          FileLock ignored = lockFile.lock()) {
        return Files.deleteIfExists(fileOf(resource));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the token of " + resource, e);
    }
  }

  /** The file of {@code resource}: {@code <sha-256 of the URL>.json}. */
  Path fileOf(URI resource) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(resource.toString().getBytes(StandardCharsets.UTF_8));
      return directory.resolve(HexFormat.of().formatHex(hash) + ".json");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  private FileChannel openLock() throws IOException {
    Path lock = directory.resolve(".lock");
    FileChannel channel =
        FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    ownerOnly(lock, false);
    return channel;
  }

  private void ensureDirectory() throws IOException {
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory);
      ownerOnly(directory, true);
    }
  }

  /** 0600 (0700 for the directory) on POSIX; an owner-only ACL elsewhere. */
  private static void ownerOnly(Path path, boolean directory) throws IOException {
    PosixFileAttributeView posix =
        Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    if (posix != null) {
      posix.setPermissions(PosixFilePermissions.fromString(directory ? "rwx------" : "rw-------"));
      return;
    }
    AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
    if (acl != null) {
      UserPrincipal owner = Files.getOwner(path);
      acl.setAcl(
          List.of(
              AclEntry.newBuilder()
                  .setType(AclEntryType.ALLOW)
                  .setPrincipal(owner)
                  .setPermissions(EnumSet.allOf(AclEntryPermission.class))
                  .build()));
    }
  }

  private static ObjectNode toJson(StoredGrant g) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("version", 1);
    json.put("resource", g.resource().toString());
    json.put("issuer", g.issuer().toString());
    json.put("tokenEndpoint", g.tokenEndpoint().toString());
    json.put("clientId", g.clientId());
    g.clientSecret().ifPresent(s -> json.put("clientSecret", s));
    json.put("tokenEndpointAuthMethod", g.tokenEndpointAuthMethod());
    json.put("accessToken", g.accessToken());
    g.refreshToken().ifPresent(s -> json.put("refreshToken", s));
    g.expiresAt().ifPresent(at -> json.put("expiresAt", at.toString()));
    json.put("scope", g.scope());
    return json;
  }

  private static Optional<StoredGrant> parse(JsonNode json) {
    if (json.path("version").asInt(0) != 1 || !json.path("accessToken").isString()) {
      return Optional.empty();
    }
    return Optional.of(
        new StoredGrant(
            URI.create(json.path("resource").asString()),
            URI.create(json.path("issuer").asString()),
            URI.create(json.path("tokenEndpoint").asString()),
            json.path("clientId").asString(),
            text(json, "clientSecret"),
            json.path("tokenEndpointAuthMethod").asString("none"),
            json.path("accessToken").asString(),
            text(json, "refreshToken"),
            text(json, "expiresAt").map(Instant::parse),
            json.path("scope").asString("")));
  }

  private static Optional<String> text(JsonNode json, String field) {
    return json.path(field).isString()
        ? Optional.of(json.path(field).asString())
        : Optional.empty();
  }

  @Override
  public String toString() {
    return "FileTokenStore[" + directory + "]";
  }
}
