package io.kiro4j.mcp.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

  @TempDir Path home;

  private static final URI SERVER = URI.create("https://mcp.example.com/mcp");

  private static StoredGrant grant(URI resource, String access) {
    return new StoredGrant(
        resource,
        URI.create("https://auth.example.com"),
        URI.create("https://auth.example.com/token"),
        "client",
        Optional.of("CS-secret"),
        "client_secret_basic",
        access,
        Optional.of("RT-" + access),
        Optional.of(Instant.parse("2030-01-01T00:00:00Z")),
        "mcp:read");
  }

  @Test
  void aGrantIsStoredPerServerUnderTheKiroHomeAndReadBack() {
    FileTokenStore store = FileTokenStore.inKiroHome(home);
    store.save(grant(SERVER, "AT-1"));
    assertThat(store.directory()).isEqualTo(home.resolve(".kiro/kiro4j/mcp-oauth"));
    assertThat(store.load(SERVER)).contains(grant(SERVER, "AT-1"));
    assertThat(store.load(URI.create("https://other.example.com/mcp"))).isEmpty();
    assertThat(store.delete(SERVER)).isTrue();
    assertThat(store.load(SERVER)).isEmpty();
    assertThat(store.delete(SERVER)).isFalse();
  }

  @Test
  void filesAreOwnerOnlyAndTheDirectoryToo() throws Exception {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    FileTokenStore store = FileTokenStore.inKiroHome(home);
    store.save(grant(SERVER, "AT-1"));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.fileOf(SERVER))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(store.directory())))
        .isEqualTo("rwx------");
  }

  @Test
  void concurrentSavesLeaveOneWholeGrantAndNoTemporaryFile() throws Exception {
    FileTokenStore store = FileTokenStore.inKiroHome(home);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> saves = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        String access = "AT-" + i;
        // each thread its own store instance, as separate processes would have
        saves.add(pool.submit(() -> FileTokenStore.inKiroHome(home).save(grant(SERVER, access))));
      }
      for (Future<?> f : saves) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    StoredGrant loaded = store.load(SERVER).orElseThrow();
    assertThat(loaded.refreshToken()).contains("RT-" + loaded.accessToken());
    try (Stream<Path> files = Files.list(store.directory())) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .allMatch(n -> n.equals(".lock") || n.endsWith(".json"));
    }
  }

  @Test
  void aMalformedFileASymlinkOrAFileOfAnotherServerIsIgnored() throws Exception {
    FileTokenStore store = FileTokenStore.inKiroHome(home);
    store.save(grant(SERVER, "AT-1"));
    Path file = store.fileOf(SERVER);
    Files.writeString(file, "{not json");
    assertThat(store.load(SERVER)).isEmpty();
    // a file renamed from another server's: its resource does not match
    URI other = URI.create("https://other.example.com/mcp");
    store.save(grant(other, "AT-2"));
    Files.copy(store.fileOf(other), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertThat(store.load(SERVER)).isEmpty();
    // a symbolic link is not followed
    Files.delete(file);
    Files.createSymbolicLink(file, store.fileOf(other));
    assertThat(store.load(SERVER)).isEmpty();
  }

  @Test
  void toStringOfAGrantShowsNoTokenOrSecret() {
    String text = grant(SERVER, "AT-1").toString();
    assertThat(text).doesNotContain("AT-1").doesNotContain("CS-secret").contains("client");
  }
}
