package io.kiro4j.core.permission;

import io.kiro4j.core.internal.permission.PathPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A built-in tool's input as a decision reads it: every field the tool could act on, or why the
 * input cannot be judged. A missing field or a value of the wrong JSON type asks ({@code
 * UNREADABLE_INPUT}: the user sees the call); a value no tool could take as written — longer than
 * the limits below — is denied ({@code INVALID_INPUT}). Either way a decision, never an exception:
 * the readers throw {@link Unjudgeable}, which {@link PermissionEngine#evaluate} turns into that
 * decision.
 */
final class ToolInput {

  /**
   * The longest shell command judged: Linux takes at most 131,072 bytes in one argument ({@code
   * MAX_ARG_STRLEN}), so {@code bash -c} could not run a longer one anyway.
   */
  static final int MAX_COMMAND_CHARS = 131_072;

  /** The longest URL, agent, service or operation name judged. */
  static final int MAX_TEXT_CHARS = 65_536;

  /** The most paths or subagents one call may name. */
  static final int MAX_ITEMS = 10_000;

  /** The input cannot be judged: the decision says why. */
  static final class Unjudgeable extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient PermissionDecision decision;

    Unjudgeable(PermissionDecision decision) {
      super(decision.reasons().get(0).message(), null, false, false);
      this.decision = decision;
    }

    PermissionDecision decision() {
      return decision;
    }
  }

  private final JsonNode input;

  /**
   * Asks for parts of a list that cannot be read, kept while the other parts are judged: one
   * unreadable path must not hide a denied one (deny if any part is denied, ask if any asks).
   */
  private final List<PermissionDecision> problems = new ArrayList<>();

  private ToolInput(JsonNode input) {
    this.input = input;
  }

  /** The strictest of {@code decision} and the problems met while reading the input. */
  PermissionDecision withProblems(PermissionDecision decision) {
    if (problems.isEmpty()) {
      return decision;
    }
    List<PermissionDecision> all = new ArrayList<>(problems);
    all.add(0, decision);
    return PermissionDecision.strictest(all);
  }

  /**
   * {@code node} as a string, as {@link #string(JsonNode, String, int)}, except that a value of the
   * wrong type is recorded as a problem (see {@link #withProblems}) and reads as absent.
   */
  Optional<String> part(JsonNode node, String where, int max) {
    try {
      return string(node, where, max);
    } catch (Unjudgeable e) {
      if (e.decision() instanceof PermissionDecision.Deny) {
        throw e;
      }
      problems.add(e.decision());
      return Optional.empty();
    }
  }

  /** Records that part of the input, {@code where}, is not what the tool takes. */
  void problem(String message) {
    problems.add(PermissionDecision.ask(Reason.builtin(ReasonCode.UNREADABLE_INPUT, message)));
  }

  /** True when a part of the input could not be read. */
  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** The input of a tool that reads fields: a JSON object ({@code null} reads as {@code {}}). */
  static ToolInput of(JsonNode input) {
    if (input == null || input.isNull() || input.isMissingNode()) {
      return new ToolInput(null);
    }
    if (!input.isObject()) {
      throw ask("the input is " + type(input) + ", not a JSON object");
    }
    return new ToolInput(input);
  }

  static Unjudgeable ask(String message) {
    return new Unjudgeable(
        PermissionDecision.ask(Reason.builtin(ReasonCode.UNREADABLE_INPUT, message)));
  }

  static Unjudgeable deny(String message) {
    return new Unjudgeable(
        PermissionDecision.deny(Reason.builtin(ReasonCode.INVALID_INPUT, message)));
  }

  /** The input object, or null for {@code {}} given as null. */
  JsonNode object() {
    return input;
  }

  /** The top-level field, or null. */
  JsonNode get(String field) {
    return input == null ? null : input.get(field);
  }

  /** A string field of the input; empty when absent or {@code null}. */
  Optional<String> string(String field, int max) {
    return string(get(field), field, max);
  }

  /** A string field the tool cannot run without. */
  String required(String field, int max) {
    Optional<String> value = string(field, max);
    if (value.isEmpty()) {
      throw ask("the input has no '" + field + "'");
    }
    return value.get();
  }

  /** {@code node} as a string; empty when absent or {@code null}; {@code where} names it. */
  static Optional<String> string(JsonNode node, String where, int max) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Optional.empty();
    }
    if (!node.isString()) {
      throw ask("'" + where + "' is " + type(node) + ", not a string");
    }
    String value = node.stringValue();
    if (value.length() > max) {
      throw deny(
          "'"
              + where
              + "' is "
              + value.length()
              + " characters long; more than "
              + max
              + " is not judged");
    }
    return Optional.of(value);
  }

  /**
   * Every path a {@code read} (fs_read) call names: {@code operations[].path}, {@code
   * operations[].image_paths[]}, and the flattened single-operation form's {@code path} and {@code
   * image_paths} at the top level.
   */
  List<String> readPaths() {
    List<String> out = new ArrayList<>();
    JsonNode ops = get("operations");
    if (ops != null && !ops.isNull()) {
      if (!ops.isArray()) {
        problem("'operations' is " + type(ops) + ", not an array");
      } else {
        int i = 0;
        for (JsonNode op : ops) {
          String at = "operations/" + i++;
          if (!op.isObject()) {
            problem("'" + at + "' is " + type(op) + ", not an object");
          } else {
            pathsOf(op, at + "/", out);
          }
        }
      }
    }
    pathsOf(input, "", out);
    if (out.isEmpty()) {
      if (!problems.isEmpty()) {
        throw new Unjudgeable(problems.get(0));
      }
      throw ask("the read names no path");
    }
    return out;
  }

  private void pathsOf(JsonNode object, String at, List<String> out) {
    if (object == null) {
      return;
    }
    Optional<String> path = part(object.get("path"), at + "path", PathPolicy.MAX_PATH_CHARS);
    if (path.isPresent()) {
      out.add(path.get());
    }
    JsonNode images = object.get("image_paths");
    if (images != null && !images.isNull()) {
      if (!images.isArray()) {
        problem("'" + at + "image_paths' is " + type(images) + ", not an array");
      } else {
        int i = 0;
        for (JsonNode image : images) {
          Optional<String> p = part(image, at + "image_paths/" + i++, PathPolicy.MAX_PATH_CHARS);
          if (p.isPresent()) {
            out.add(p.get());
          }
        }
      }
    }
    if (out.size() > MAX_ITEMS) {
      throw deny("the call names more than " + MAX_ITEMS + " paths; not judged");
    }
  }

  /**
   * What a {@code grep} or {@code glob} call searches: {@code path} (default the working directory)
   * and, for glob, the folder its {@code pattern} starts with when that is not a wildcard ({@code
   * src/secret/**}, {@code /etc/*}, {@code ../x/*}): the tool walks there, so it is judged too.
   */
  List<String> searchPaths(boolean globPattern) {
    String path = string("path", PathPolicy.MAX_PATH_CHARS).orElse(".");
    List<String> out = new ArrayList<>();
    out.add(path);
    if (globPattern) {
      part(get("pattern"), "pattern", PathPolicy.MAX_PATH_CHARS)
          .map(ToolInput::literalPrefix)
          .filter(prefix -> !prefix.isEmpty())
          .ifPresent(
              prefix ->
                  out.add(
                      prefix.startsWith("/") || prefix.startsWith("~")
                          ? prefix
                          : path + (path.endsWith("/") ? "" : "/") + prefix));
    }
    return out;
  }

  /**
   * The folders a glob names before its first wildcard segment ({@code a/b} of {@code a/b/*.x}).
   */
  private static boolean hasWildcard(String segment) {
    for (int i = 0; i < segment.length(); i++) {
      if ("*?[{".indexOf(segment.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  static String literalPrefix(String pattern) {
    String[] segments = pattern.split("/", -1);
    StringBuilder prefix = new StringBuilder(pattern.startsWith("/") ? "/" : "");
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (hasWildcard(s)) {
        break;
      }
      if (s.isEmpty()) {
        continue;
      }
      if (prefix.length() > 0 && prefix.charAt(prefix.length() - 1) != '/') {
        prefix.append('/');
      }
      prefix.append(s);
    }
    return prefix.toString();
  }

  /** How a message names the JSON type of {@code node}. */
  static String type(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    if (node.isNull()) {
      return "null";
    }
    return node.isString()
        ? "a string"
        : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }
}
