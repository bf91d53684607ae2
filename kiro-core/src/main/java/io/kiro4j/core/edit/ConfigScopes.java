package io.kiro4j.core.edit;

import io.kiro4j.core.workspace.Scope;
import io.kiro4j.core.workspace.Workspace;
import java.nio.file.Path;

/** Where a scope's {@code .kiro} folder is: the user's, or the primary workspace root's. */
final class ConfigScopes {

  private ConfigScopes() {}

  static Path kiroDir(Workspace workspace, Scope scope) {
    return switch (scope) {
      case GLOBAL -> workspace.globalKiroDir();
      case WORKSPACE -> workspace.primaryRoot().kiroDir();
      case BUILTIN -> throw new IllegalArgumentException("built-in configuration is not editable");
    };
  }
}
