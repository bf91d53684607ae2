package io.kiro4j.core.hook.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One shell command for the {@link HookRunner}: {@code bash -c <command>} ({@code cmd /C} on
 * Windows).
 *
 * <p>Immutable and thread-safe.
 *
 * @param command the shell command
 * @param workingDirectory where it runs
 * @param environment variables added to the runner's environment ({@code USER_PROMPT}, ...)
 * @param stdin written to the command's stdin, which is then closed (may be empty)
 * @param timeout how long it may run; {@link Duration#ZERO} means no limit
 * @param maxOutputSize bytes kept of stdout and of stderr each
 * @param cacheKey identifies the hook and its input; with {@code cacheTtl}, a successful result is
 *     reused for an equal key
 * @param cacheTtl how long a successful result is reused; zero means not cached; empty means until
 *     the runner is closed (agentSpawn)
 */
public record CommandRequest(
    String command,
    Path workingDirectory,
    Map<String, String> environment,
    String stdin,
    Duration timeout,
    int maxOutputSize,
    Optional<String> cacheKey,
    Optional<Duration> cacheTtl) {

  public CommandRequest {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(workingDirectory, "workingDirectory");
    environment = Map.copyOf(environment);
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must not be negative");
    }
    if (maxOutputSize < 0) {
      throw new IllegalArgumentException("maxOutputSize must not be negative");
    }
    Objects.requireNonNull(cacheKey, "cacheKey");
    Objects.requireNonNull(cacheTtl, "cacheTtl");
  }

  /** A request without stdin, extra environment or caching. */
  public static CommandRequest of(String command, Path workingDirectory, Duration timeout) {
    return new CommandRequest(
        command,
        workingDirectory,
        Map.of(),
        "",
        timeout,
        HookRunner.DEFAULT_MAX_OUTPUT_SIZE,
        Optional.empty(),
        Optional.of(Duration.ZERO));
  }

  /** This request with another stdin. */
  public CommandRequest withStdin(String stdin) {
    return new CommandRequest(
        command, workingDirectory, environment, stdin, timeout, maxOutputSize, cacheKey, cacheTtl);
  }

  /** This request with these extra variables. */
  public CommandRequest withEnvironment(Map<String, String> environment) {
    return new CommandRequest(
        command, workingDirectory, environment, stdin, timeout, maxOutputSize, cacheKey, cacheTtl);
  }

  /** This request with another output limit. */
  public CommandRequest withMaxOutputSize(int maxOutputSize) {
    return new CommandRequest(
        command, workingDirectory, environment, stdin, timeout, maxOutputSize, cacheKey, cacheTtl);
  }

  /** This request, cached under {@code key} for {@code ttl} (empty: for the runner's life). */
  public CommandRequest withCache(String key, Optional<Duration> ttl) {
    return new CommandRequest(
        command,
        workingDirectory,
        environment,
        stdin,
        timeout,
        maxOutputSize,
        Optional.of(key),
        ttl);
  }
}
