package io.kiro4j.examples.cli;

import io.kiro4j.core.diagnostic.Diagnostics;
import io.kiro4j.core.edit.CliSettings;
import io.kiro4j.core.workspace.Workspace;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code kiro4j settings [KEY [VALUE]] | --delete KEY | list [--all]}: Kiro CLI's settings in
 * {@code ~/.kiro/settings/cli.json}, with kiro-cli's syntax (docs L4766–4818, L12429–12693).
 */
@Command(
    name = "settings",
    mixinStandardHelpOptions = true,
    subcommands = SettingsCommand.ListSettings.class,
    description = {
      "Kiro CLI settings (~/.kiro/settings/cli.json): 'settings KEY' prints one, 'settings KEY"
          + " VALUE' sets it (documented keys typed: true/false, numbers, JSON lists; unknown keys"
          + " warned, not refused), 'settings --delete KEY' removes it, 'settings list [--all]'"
          + " lists them."
    })
final class SettingsCommand implements Callable<Integer> {

  @Mixin WorkspaceOptionsMixin options;

  @Option(
      names = {"-d", "--delete"},
      paramLabel = "KEY",
      description = "Delete this setting.")
  String delete;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "plain",
      description = "plain (default), json or json-pretty; --json is json-pretty.")
  String format;

  @Parameters(index = "0", arity = "0..1", paramLabel = "KEY", description = "A setting key.")
  String key;

  @Parameters(index = "1", arity = "0..1", paramLabel = "VALUE", description = "Its new value.")
  String value;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    Workspace ws = options.open(List.of(), null);
    CliSettings settings = CliSettings.of(ws);
    boolean json = json(format, options.json);
    if (delete != null) {
      if (key != null) {
        throw new UsageException("--delete takes the key; give no other KEY");
      }
      return EditOutput.report(
          spec, ws, json, "settings --delete " + delete, settings.delete(delete));
    }
    if (key == null) {
      spec.commandLine().usage(spec.commandLine().getOut());
      return Kiro4jCli.OK;
    }
    if (value != null) {
      return EditOutput.report(spec, ws, json, "settings " + key, settings.set(key, value));
    }
    Diagnostics diagnostics = new Diagnostics();
    Optional<JsonNode> found = settings.get(key, diagnostics);
    HumanOutput out = HumanOutput.out(spec);
    if (json) {
      ObjectNode doc = JsonOutput.document();
      doc.put("key", key);
      doc.set("value", found.orElse(null));
      doc.set("diagnostics", JsonOutput.diagnostics(ws, diagnostics.toList()));
      print(out, doc, format);
    } else if (found.isPresent()) {
      out.println(plain(found.get()));
    } else {
      out.println(key + " is not set");
    }
    out.flush();
    return Diagnostics.anyError(diagnostics.toList()) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
  }

  static boolean json(String format, boolean jsonFlag) {
    return switch (format.toLowerCase(Locale.ROOT)) {
      case "plain" -> jsonFlag;
      case "json", "json-pretty" -> true;
      default ->
          throw new UsageException("--format is plain, json or json-pretty, not '" + format + "'");
    };
  }

  static void print(HumanOutput out, JsonNode doc, String format) {
    if (format.equalsIgnoreCase("json")) {
      out.lines(doc.toString());
    } else {
      JsonOutput.print(out, doc);
    }
  }

  static String plain(JsonNode value) {
    return value.isString() ? value.asString() : value.toString();
  }

  /** {@code kiro4j settings list [--all]}. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description =
          "The settings in the file; with --all, every documented setting with its type,"
              + " description and value.")
  static final class ListSettings implements Callable<Integer> {

    @Mixin WorkspaceOptionsMixin options;

    @Option(names = "--all", description = "Every documented setting, set or not.")
    boolean all;

    @Option(
        names = {"-f", "--format"},
        paramLabel = "FORMAT",
        defaultValue = "plain",
        description = "plain (default), json or json-pretty; --json is json-pretty.")
    String format;

    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      Workspace ws = options.open(List.of(), null);
      Diagnostics diagnostics = new Diagnostics();
      Map<String, JsonNode> values = CliSettings.of(ws).list(diagnostics);
      HumanOutput out = HumanOutput.out(spec);
      if (json(format, options.json)) {
        ObjectNode doc = JsonOutput.document();
        ObjectNode set = doc.putObject("settings");
        values.forEach(set::set);
        if (all) {
          var documented = doc.putArray("documented");
          for (CliSettings.Key k : CliSettings.documented()) {
            ObjectNode row = documented.addObject();
            row.put("key", k.name());
            row.put("type", k.type().name().toLowerCase(Locale.ROOT));
            row.put("description", k.description());
            row.set("value", values.get(k.name()));
          }
        }
        doc.set("diagnostics", JsonOutput.diagnostics(ws, diagnostics.toList()));
        print(out, doc, format);
      } else if (all) {
        for (CliSettings.Key k : CliSettings.documented()) {
          JsonNode v = values.get(k.name());
          out.printf(
              "%-40s %-8s %s%s%n",
              k.name(),
              k.type().name().toLowerCase(Locale.ROOT),
              k.description(),
              v == null ? "" : " = " + plain(v));
        }
      } else {
        values.forEach((k, v) -> out.printf("%s = %s%n", k, plain(v)));
      }
      JsonOutput.sorted(ws, diagnostics.toList()).stream()
          .filter(d -> !json(format, options.json))
          .forEach(d -> out.println("  " + JsonOutput.line(ws, d)));
      out.flush();
      return Diagnostics.anyError(diagnostics.toList()) ? Kiro4jCli.ERRORS : Kiro4jCli.OK;
    }
  }
}
