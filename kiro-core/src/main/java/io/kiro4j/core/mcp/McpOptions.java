package io.kiro4j.core.mcp;

import io.kiro4j.core.json.JsonSyntax;
import java.util.Objects;
import java.util.Set;

/**
 * How {@link McpConfig} reads {@code mcp.json} files.
 *
 * <p>Immutable and thread-safe.
 *
 * @param syntax strict JSON (default) or JSON with comments and trailing commas
 * @param approvedVariables the IDE's "Mcp Approved Env Vars" (L2065-2076): the only variables
 *     expanded in {@code mcp.json} files under the IDE policy
 * @param cliPolicyForFiles expand every set variable in {@code mcp.json} files too (Kiro CLI
 *     behaviour, L5811-5825) instead of the IDE's approved list
 */
public record McpOptions(
    JsonSyntax syntax, Set<String> approvedVariables, boolean cliPolicyForFiles) {

  private static final McpOptions DEFAULTS = new McpOptions(JsonSyntax.STRICT, Set.of(), false);

  public McpOptions {
    Objects.requireNonNull(syntax, "syntax");
    approvedVariables = Set.copyOf(approvedVariables);
  }

  /** Strict JSON; IDE policy with no approved variables for the files. */
  public static McpOptions defaults() {
    return DEFAULTS;
  }
}
