package io.kiro4j.core.internal.permission;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.shell.Redirection;
import io.kiro4j.core.internal.shell.ShellParse;
import io.kiro4j.core.internal.shell.ShellParser;
import io.kiro4j.core.internal.shell.ShellWord;
import io.kiro4j.core.internal.shell.SimpleCommand;
import io.kiro4j.core.permission.PermissionDecision;
import io.kiro4j.core.permission.Reason;
import io.kiro4j.core.permission.ReasonCode;
import io.kiro4j.core.permission.RuleOrigin;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code shell} ({@code execute_bash}) settings compiled: {@code allowedCommands}, {@code
 * deniedCommands}, {@code autoAllowReadonly}, {@code denyByDefault}, as the Kiro CLI applies them.
 *
 * <pre>{@code
 * ShellPolicy shell = ShellPolicy.builder(new RuleOrigin(".kiro/agents/dev.json", "/toolsSettings/shell"))
 *     .deniedCommands(List.of("git push .*--force.*")).allowedCommands(List.of("cd .*", "npm test"))
 *     .build();
 * shell.evaluate("cd x && git push --force", false);   // Deny: the second part matches
 * }</pre>
 *
 * <p>Order: (1) every deny rule is tried on the whole string and on each simple command the {@link
 * ShellParser} finds (its text and its words without quotes), so {@code cd x && git push --force}
 * is denied by {@code git push .*--force.*}; any match denies, even when the tool is trusted. (2) A
 * line the parser cannot prove is asked (denied with {@code denyByDefault}). (3) A trusted tool
 * ({@code allowedTools}, session trust) is allowed, except that a line that could not be split is
 * asked when deny rules exist, since they could not be checked part by part. (4) Otherwise each
 * simple command must be allowed on its own, by an {@code allowedCommands} rule matching its whole
 * text, or as a read-only command under {@code autoAllowReadonly}; one part that is not makes the
 * line ask (or deny with {@code denyByDefault}).
 *
 * <p>Divergence from Kiro: Kiro asks for every line holding {@code &&}, {@code ;}, {@code |},
 * {@code $}, {@code >} or a newline (issues #4579, #6210); kiro4j allows such a line when every
 * part is allowed. Kiro matches deny rules on the whole string only; kiro4j also on each part.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShellPolicy {

  /** Kiro's read-only commands (upstream {@code READONLY_COMMANDS}). */
  public static final Set<String> READONLY_COMMANDS =
      Set.of("ls", "cat", "echo", "pwd", "which", "head", "tail", "find", "grep", "dir", "type");

  private static final List<String> FIND_WRITES =
      List.of("-exec", "-execdir", "-delete", "-ok", "-okdir", "-fprint", "-fls");
  private static final List<String> GREP_PERL = List.of("-P", "--perl-regexp");

  private final List<AnchoredRegex> allowed;
  private final List<AnchoredRegex> denied;
  private final AnchoredRegexSet allowSet;
  private final AnchoredRegexSet denySet;
  private final boolean autoAllowReadonly;
  private final boolean denyByDefault;
  private final RuleOrigin origin;
  private final List<Diagnostic> diagnostics;
  private final List<RuleDiagnostics.Entry> ruleDiagnostics;

  private ShellPolicy(
      Builder b,
      List<AnchoredRegex> allowed,
      List<AnchoredRegex> denied,
      List<RuleDiagnostics.Entry> diags) {
    this.allowed = List.copyOf(allowed);
    this.denied = List.copyOf(denied);
    this.allowSet = new AnchoredRegexSet(this.allowed);
    this.denySet = new AnchoredRegexSet(this.denied);
    this.autoAllowReadonly = b.autoAllowReadonly;
    this.denyByDefault = b.denyByDefault;
    this.origin = b.origin;
    this.ruleDiagnostics = List.copyOf(diags);
    this.diagnostics = RuleDiagnostics.diagnostics(diags);
  }

  /** A builder whose rules were written at {@code origin} (the settings object of the tool). */
  public static Builder builder(RuleOrigin origin) {
    return new Builder(origin);
  }

  /** No settings at all: every line asks unless the tool is trusted (Kiro's default). */
  public static ShellPolicy none() {
    return builder(new RuleOrigin("", "")).build();
  }

  /** Problems found while compiling the rules. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** The problems with the rules they are about, for the engine to place them. */
  public List<RuleDiagnostics.Entry> ruleDiagnostics() {
    return ruleDiagnostics;
  }

  /**
   * Decides {@code command}.
   *
   * @param toolTrusted the tool is in {@code allowedTools} or trusted for the session
   */
  public PermissionDecision evaluate(String command, boolean toolTrusted) {
    Objects.requireNonNull(command, "command");
    ShellParse parse = ShellParser.parse(command);
    List<SimpleCommand> parts =
        parse instanceof ShellParse.Parsed ? ((ShellParse.Parsed) parse).commands() : List.of();
    List<Reason> denials = new ArrayList<>();
    if (!denySet.isEmpty()) {
      List<String> candidates = new ArrayList<>(1 + 2 * parts.size());
      candidates.add(command);
      for (SimpleCommand part : parts) {
        candidates.add(part.text());
        String plain = part.plainText(); // built from the words: once per part
        if (!plain.equals(part.text())) {
          candidates.add(plain);
        }
        // As written but without quotes: "git 'push' 2>&1" must meet a rule "git push .*".
        if (!part.redirects().isEmpty()) {
          candidates.add(plain + " " + String.join(" ", part.redirections()));
        }
      }
      if (parse instanceof ShellParse.Unparsable) {
        candidates.addAll(fragments(command));
      }
      List<AnchoredRegex> reported = new ArrayList<>();
      for (String candidate : candidates) {
        for (AnchoredRegex rule : denySet.matching(candidate)) {
          if (!reported.contains(rule)) {
            reported.add(rule);
            denials.add(
                Reason.of(
                    ReasonCode.DENIED_COMMAND,
                    "'" + candidate + "' matches deniedCommands " + rule.display(),
                    rule.origin()));
          }
        }
      }
    }
    if (!denials.isEmpty()) {
      return new PermissionDecision.Deny(denials);
    }
    if (parse instanceof ShellParse.Unparsable) {
      ShellParse.Unparsable u = (ShellParse.Unparsable) parse;
      String why = "cannot judge the command: " + u.reason();
      if (toolTrusted && denied.isEmpty()) {
        return PermissionDecision.allow(
            Reason.builtin(ReasonCode.TRUSTED_TOOL, "the shell tool is trusted"));
      }
      return fallback(Reason.builtin(ReasonCode.UNPARSABLE, why));
    }
    if (!denied.isEmpty()) {
      // A deny rule is matched against the text; a word known only at run time ($x, $(…), *.txt)
      // could still spell a denied command, so such a line is never allowed past deny rules.
      for (SimpleCommand part : parts) {
        ShellWord unknown = firstNonLiteral(part);
        if (unknown != null) {
          return fallback(
              Reason.builtin(
                  ReasonCode.UNKNOWN_WORD,
                  "'"
                      + unknown.raw()
                      + "' in '"
                      + part.text()
                      + "' is only known when the line runs; deniedCommands cannot be checked"
                      + " against it"));
        }
      }
    }
    if (toolTrusted) {
      return PermissionDecision.allow(
          Reason.builtin(ReasonCode.TRUSTED_TOOL, "the shell tool is trusted"));
    }
    if (parts.isEmpty()) {
      return fallback(
          Reason.builtin(ReasonCode.DEFAULT, "an empty command is not allowed by any rule"));
    }
    List<Reason> allows = new ArrayList<>();
    for (SimpleCommand part : parts) {
      Reason r = allowReason(part);
      if (r == null) {
        return fallback(notAllowed(part));
      }
      allows.add(r);
    }
    return new PermissionDecision.Allow(allows);
  }

  /**
   * For deny rules only, on a line that cannot be judged: the pieces between anything that may
   * separate commands, as written and with quotes and backslashes dropped. Matching more pieces can
   * only deny more, so a rough split is safe here (it never allows anything).
   */
  static List<String> fragments(String command) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    for (int i = 0; i <= command.length(); i++) {
      char c = i < command.length() ? command.charAt(i) : '\n';
      if ("\n\r;&|(){}`\u000B\f\u0085\u2028\u2029".indexOf(c) >= 0) {
        String text = piece.toString().strip();
        if (text.startsWith("$")) {
          text = text.substring(1).strip();
        }
        if (!text.isEmpty()) {
          pieces.add(text);
          String plain = text.replace("'", "").replace("\"", "").replace("\\", "");
          if (!plain.equals(text)) {
            pieces.add(plain);
          }
        }
        piece.setLength(0);
      } else {
        piece.append(c);
      }
    }
    return pieces;
  }

  private static ShellWord firstNonLiteral(SimpleCommand part) {
    for (ShellWord w : part.arguments()) {
      if (!w.literal()) {
        return w;
      }
    }
    return null;
  }

  private Reason notAllowed(SimpleCommand part) {
    if (!part.arguments().isEmpty() && !part.arguments().get(0).literal()) {
      return Reason.builtin(
          ReasonCode.DEFAULT,
          "the command name '" + part.arguments().get(0).raw() + "' is only known when it runs");
    }
    if (part.writesOutput() && allowSet.first(part.text()) != null) {
      return Reason.builtin(
          ReasonCode.WRITES_FILE,
          "'"
              + part.text()
              + "' writes a file through a redirection; an allowedCommands rule allows that only"
              + " when the rule itself contains '>'");
    }
    String writes = "";
    for (Redirection r : part.redirects()) {
      if (r.writes()) {
        writes = " (it writes through '" + r.raw() + "', so it is not read-only)";
        break;
      }
    }
    return Reason.builtin(
        ReasonCode.DEFAULT,
        "'"
            + part.text()
            + "' is not allowed by allowedCommands"
            + (autoAllowReadonly ? writes.isEmpty() ? " and is not read-only" : writes : ""));
  }

  private Reason allowReason(SimpleCommand part) {
    if (!part.arguments().isEmpty() && !part.arguments().get(0).literal()) {
      return null; // "$cmd args": which program runs is not known
    }
    AnchoredRegex rule = allowSet.first(part.text());
    if (rule != null && (!part.writesOutput() || rule.rule().contains(">"))) {
      return Reason.of(
          ReasonCode.ALLOWED_COMMAND,
          "'" + part.text() + "' matches allowedCommands " + rule.display(),
          rule.origin());
    }
    if (autoAllowReadonly && isReadOnly(part)) {
      return Reason.of(
          ReasonCode.READONLY_COMMAND,
          "'" + part.text() + "' is a read-only command (autoAllowReadonly)",
          origin.field("autoAllowReadonly"));
    }
    return null;
  }

  /**
   * Kiro's read-only test for one simple command, made stricter: no variable assignment in front,
   * no redirection that writes, no word known only at run time (an expansion could be anything,
   * even "-delete"), and for {@code find} no file-name pattern either (a file named {@code -delete}
   * would match one).
   */
  static boolean isReadOnly(SimpleCommand part) {
    if (!READONLY_COMMANDS.contains(part.name())
        || !part.arguments().get(0).literal()
        || !part.assignments().isEmpty()
        || part.writesOutput()) {
      return false;
    }
    boolean find = part.name().equals("find");
    for (ShellWord word : part.arguments()) {
      if (word.expansion() || find && word.pattern()) {
        return false;
      }
      String value = word.value();
      if (find && FIND_WRITES.stream().anyMatch(value::contains)) {
        return false;
      }
      if (part.name().equals("grep") && GREP_PERL.stream().anyMatch(value::contains)) {
        return false;
      }
    }
    return true;
  }

  private PermissionDecision fallback(Reason reason) {
    if (denyByDefault) {
      return new PermissionDecision.Deny(
          List.of(
              reason,
              Reason.of(
                  ReasonCode.DENY_BY_DEFAULT,
                  "not in allowed commands list (denyByDefault)",
                  origin.field("denyByDefault"))));
    }
    return PermissionDecision.ask(reason);
  }

  /** Collects the settings of one agent's {@code shell} tool. */
  public static final class Builder {
    private final RuleOrigin origin;
    private List<String> allowedCommands = List.of();
    private List<String> deniedCommands = List.of();
    private boolean autoAllowReadonly;
    private boolean denyByDefault;

    private Builder(RuleOrigin origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** {@code allowedCommands}: regexes that allow a whole simple command. */
    public Builder allowedCommands(List<String> rules) {
      this.allowedCommands = List.copyOf(rules);
      return this;
    }

    /** {@code deniedCommands}: regexes that deny. */
    public Builder deniedCommands(List<String> rules) {
      this.deniedCommands = List.copyOf(rules);
      return this;
    }

    /** {@code autoAllowReadonly} (default false). */
    public Builder autoAllowReadonly(boolean value) {
      this.autoAllowReadonly = value;
      return this;
    }

    /** {@code denyByDefault} (default false). */
    public Builder denyByDefault(boolean value) {
      this.denyByDefault = value;
      return this;
    }

    /** Compiles the rules. */
    public ShellPolicy build() {
      RuleDiagnostics diags = new RuleDiagnostics();
      List<AnchoredRegex> allow = new ArrayList<>();
      for (int i = 0; i < allowedCommands.size(); i++) {
        AnchoredRegex r =
            AnchoredRegex.compile(
                allowedCommands.get(i),
                AnchoredRegex.Kind.ALLOW,
                origin.field("allowedCommands").element(i),
                diags);
        if (r.valid()) {
          allow.add(r);
        }
      }
      List<AnchoredRegex> deny = new ArrayList<>();
      for (int i = 0; i < deniedCommands.size(); i++) {
        deny.add(
            AnchoredRegex.compile(
                deniedCommands.get(i),
                AnchoredRegex.Kind.DENY,
                origin.field("deniedCommands").element(i),
                diags));
      }
      return new ShellPolicy(this, allow, deny, diags.toList());
    }
  }
}
