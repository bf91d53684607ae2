package io.kiro4j.core.workspace;

import io.kiro4j.core.diagnostic.Diagnostic;
import io.kiro4j.core.internal.file.TextFile;
import io.kiro4j.core.lint.fix.Fix;
import io.kiro4j.core.lint.fix.FixProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Fixes {@code LAYOUT-001}: {@code .kiro/mcp.json} moves, unchanged, to {@code
 * .kiro/settings/mcp.json}, where Kiro reads MCP servers (docs L1814–1822). Offered only when that
 * file does not exist: merging two configurations is a person's decision.
 *
 * <p>Stateless and thread-safe; a {@link java.util.ServiceLoader service} of kiro-core.
 *
 * @since 0.2
 */
public final class MisplacedMcpJsonFix implements FixProvider {

  /** For {@link java.util.ServiceLoader}. */
  public MisplacedMcpJsonFix() {}

  @Override
  public String code() {
    return LayoutCode.MISPLACED_MCP_JSON.id();
  }

  @Override
  public Optional<Fix> fix(Diagnostic diagnostic, String text) {
    Path file = diagnostic.path();
    Path kiro = file.getParent();
    if (file.getFileName() == null
        || !file.getFileName().toString().equals("mcp.json")
        || kiro == null
        || kiro.getFileName() == null
        || !kiro.getFileName().toString().equals(".kiro")) {
      return Optional.empty();
    }
    Path target = kiro.resolve("settings").resolve("mcp.json");
    if (TextFile.isPresent(target)) {
      return Optional.empty();
    }
    return Optional.of(
        new Fix(
            code(),
            "move .kiro/mcp.json to .kiro/settings/mcp.json",
            file,
            List.of(),
            Optional.of(target)));
  }
}
