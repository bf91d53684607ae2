package io.kiro4j.core.context;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One turn's request: the mode, the agent, the files in focus, the prompt text, the {@code #}
 * references, the slash commands, the session context files and the skills the model activated.
 *
 * <pre>{@code
 * ContextRequest req = ContextRequest.builder()
 *     .mode(ContextMode.IDE)
 *     .file(Path.of("src/components/Button.tsx"))
 *     .prompt("set up the payment checkout")
 *     .reference("#spec:user-authentication")
 *     .contextWindow(200_000)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param mode IDE or CLI
 * @param agent the agent's name; empty for the default agent
 * @param files files in focus (open in the editor, worked on); relative ones are resolved against
 *     {@code workingDirectory}
 * @param prompt the prompt text (may be empty); its keywords activate powers and an {@code @name}
 *     at its start invokes a prompt
 * @param references {@code #} references without the {@code #}: {@code name} (steering, else a file
 *     or folder), {@code steering:name}, {@code file:path}, {@code folder:path}, {@code spec:name}
 * @param slashCommands slash commands without the {@code /} (manual steering, docs L19208–19222)
 * @param sessionFiles session context files ({@code /context add}, paths or globs)
 * @param skills the skills whose instructions were activated (by name)
 * @param contextWindow the model's context window in tokens; context files get at most 75% of it
 * @param workingDirectory the base of relative paths; empty means the first workspace root
 * @since 0.2
 */
public record ContextRequest(
    ContextMode mode,
    Optional<String> agent,
    List<Path> files,
    String prompt,
    List<String> references,
    List<String> slashCommands,
    List<String> sessionFiles,
    List<String> skills,
    int contextWindow,
    Optional<Path> workingDirectory) {

  /** The context window assumed when none is given: 200,000 tokens (Claude Sonnet 4.x). */
  public static final int DEFAULT_CONTEXT_WINDOW = 200_000;

  public ContextRequest {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(agent, "agent");
    files = List.copyOf(files);
    Objects.requireNonNull(prompt, "prompt");
    references = List.copyOf(references);
    slashCommands = List.copyOf(slashCommands);
    sessionFiles = List.copyOf(sessionFiles);
    skills = List.copyOf(skills);
    if (contextWindow < 1) {
      throw new IllegalArgumentException("contextWindow must be positive: " + contextWindow);
    }
    Objects.requireNonNull(workingDirectory, "workingDirectory");
  }

  /** The token budget of context files: 75% of the context window (docs L7142). */
  public int contextFileBudget() {
    return (int) (contextWindow * 3L / 4);
  }

  /** A new builder (IDE mode, default agent, default context window). */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContextRequest}. Not thread-safe. */
  public static final class Builder {
    private ContextMode mode = ContextMode.IDE;
    private String agent;
    private final List<Path> files = new ArrayList<>();
    private String prompt = "";
    private final List<String> references = new ArrayList<>();
    private final List<String> slashCommands = new ArrayList<>();
    private final List<String> sessionFiles = new ArrayList<>();
    private final List<String> skills = new ArrayList<>();
    private int contextWindow = DEFAULT_CONTEXT_WINDOW;
    private Path workingDirectory;

    private Builder() {}

    /** IDE (default) or CLI. */
    public Builder mode(ContextMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /** The agent by name (default: the workspace's default agent). */
    public Builder agent(String name) {
      this.agent = Objects.requireNonNull(name, "name");
      return this;
    }

    /** Adds a file in focus. */
    public Builder file(Path file) {
      files.add(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** The prompt text. */
    public Builder prompt(String text) {
      this.prompt = Objects.requireNonNull(text, "text");
      return this;
    }

    /** Adds a {@code #} reference; the leading {@code #} is optional. */
    public Builder reference(String reference) {
      references.add(bare(reference, "#", "reference"));
      return this;
    }

    /** Adds a slash command; the leading {@code /} is optional. */
    public Builder slashCommand(String command) {
      slashCommands.add(bare(command, "/", "slash command"));
      return this;
    }

    /** Adds a session context file: a path or glob, relative to the working directory. */
    public Builder sessionFile(String pathOrGlob) {
      sessionFiles.add(bare(pathOrGlob, "", "session file"));
      return this;
    }

    /** Marks the skill {@code name} as activated: its instructions go into the context. */
    public Builder skill(String name) {
      skills.add(bare(name, "", "skill"));
      return this;
    }

    /** The model's context window in tokens (default {@value #DEFAULT_CONTEXT_WINDOW}). */
    public Builder contextWindow(int tokens) {
      this.contextWindow = tokens;
      return this;
    }

    /** The base of relative paths (default: the first workspace root). */
    public Builder workingDirectory(Path dir) {
      this.workingDirectory = Objects.requireNonNull(dir, "dir");
      return this;
    }

    /** The request. */
    public ContextRequest build() {
      return new ContextRequest(
          mode,
          Optional.ofNullable(agent),
          files,
          prompt,
          references,
          slashCommands,
          sessionFiles,
          skills,
          contextWindow,
          Optional.ofNullable(workingDirectory));
    }

    private static String bare(String value, String prefix, String what) {
      Objects.requireNonNull(value, what);
      String s = !prefix.isEmpty() && value.startsWith(prefix) ? value.substring(1) : value;
      if (s.isBlank()) {
        throw new IllegalArgumentException("empty " + what + " '" + value + "'");
      }
      return s;
    }
  }
}
