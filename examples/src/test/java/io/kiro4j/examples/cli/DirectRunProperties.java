package io.kiro4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.kiro4j.core.property.Gen;
import io.kiro4j.core.property.Property;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A direct run binds a command line as picocli does, or declines: never a different value, never a
 * line picocli would refuse.
 */
class DirectRunProperties {

  /** Every command path, the direct ones and some it must decline. */
  private static final Gen<List<String>> COMMANDS =
      Gen.of(
          List.of("check"),
          List.of("lint"),
          List.of("skills", "validate"),
          List.of("skills", "read-properties"),
          List.of("skills", "to-prompt"),
          List.of("skills", "list"),
          List.of("skills"),
          List.of("agents"),
          List.of("inspect"),
          List.of("explain"),
          List.of("turn"));

  /** Options of those commands (and of none), values, and the shapes picocli treats specially. */
  private static final Gen<String> WORDS =
      Gen.of(
          "-w",
          "--workspace",
          "--workspace=ws",
          "--user-home",
          "--user-home=",
          "--json",
          "--json=true",
          "-v",
          "--verbose",
          "-vw",
          "--fix",
          "--dry-run",
          "--format",
          "--max-warnings",
          "--tool",
          "--tool=shell",
          "--input",
          "--terminal",
          "--trusted",
          "--denied",
          "--trust",
          "--mode",
          "--cwd",
          "--agent",
          "--subagent",
          "--batch",
          "--profile",
          "--allow-field",
          "--allowed-tools-list",
          "--claude-code",
          "-h",
          "--help",
          "-V",
          "--",
          "-",
          "@file",
          "validate",
          "lint",
          "a",
          "b c",
          "",
          "x=y",
          "/tmp",
          "{\"command\":\"ls\"}",
          "-x",
          "3");

  @Test
  void aDirectRunBindsEveryFieldAsPicocliDoesOrDeclines() {
    AtomicInteger bound = new AtomicInteger();
    Property.forAll(COMMANDS, WORDS.list().ofMaxSize(8))
        .tries(3000)
        .check(
            (command, words) -> {
              List<String> all = new ArrayList<>(command);
              all.addAll(words);
              String[] args = all.toArray(String[]::new);
              Optional<DirectRun.Bound> direct =
                  DirectRun.bind(
                      args,
                      new PrintWriter(new StringWriter()),
                      new PrintWriter(new StringWriter()));
              if (direct.isEmpty()) {
                return;
              }
              bound.incrementAndGet();
              CommandLine cl = Kiro4jCli.commandLine(args);
              CommandLine.ParseResult[] parsed = new CommandLine.ParseResult[1];
              assertThatCode(() -> parsed[0] = cl.parseArgs(args))
                  .as("picocli accepts what a direct run accepts")
                  .doesNotThrowAnyException();
              CommandLine.ParseResult leaf = parsed[0];
              while (leaf.subcommand() != null) {
                leaf = leaf.subcommand();
              }
              assertThat(leaf.isUsageHelpRequested() || leaf.isVersionHelpRequested()).isFalse();
              assertThat(leaf.commandSpec().qualifiedName())
                  .isEqualTo(direct.get().qualifiedName());
              Object picocli = leaf.commandSpec().userObject();
              assertThat(values(direct.get().command())).isEqualTo(values(picocli));
            });
    // The generator must reach accepted lines, not only declined ones (about one in ten).
    assertThat(bound.get()).isGreaterThan(150);
  }

  /** The option and positional fields of a command and its mixins, by name. */
  private static Map<String, Object> values(Object command) throws IllegalAccessException {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field f : command.getClass().getDeclaredFields()) {
      f.setAccessible(true);
      if (f.isAnnotationPresent(CommandLine.Option.class)
          || f.isAnnotationPresent(CommandLine.Parameters.class)) {
        values.put(f.getName(), f.get(command));
      } else if (f.isAnnotationPresent(CommandLine.Mixin.class)
          && f.getType() != CommandOutput.class) {
        values.put(f.getName(), values(f.get(command)));
      }
    }
    return values;
  }
}
