package io.kiro4j.core.context;

import io.kiro4j.core.agent.Agent;
import io.kiro4j.core.resource.ResourceResolution;
import io.kiro4j.core.workspace.Workspace;
import java.util.List;
import java.util.Objects;

/**
 * What a {@link ContextProvider} is told about the turn: the workspace, the agent chosen (or the
 * default), the request, the agent's resolved {@code resources} (CLI mode) and which powers may
 * take part.
 *
 * <p>Immutable and thread-safe.
 *
 * @param workspace the workspace
 * @param agent the agent in use: the one named by the request, else the default agent
 * @param customAgent false for the default agent (no custom agent chosen)
 * @param request the turn's request
 * @param resources the agent's {@code resources} as resolved (CLI mode; empty in IDE mode): a
 *     provider picks the schemes it knows ({@code skill})
 * @param powerAccess which powers may take part
 * @since 0.2
 */
public record ContextScope(
    Workspace workspace,
    Agent agent,
    boolean customAgent,
    ContextRequest request,
    List<ResourceResolution> resources,
    PowerAccess powerAccess) {
  public ContextScope {
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(request, "request");
    resources = List.copyOf(resources);
    Objects.requireNonNull(powerAccess, "powerAccess");
  }

  /** The request's mode. */
  public ContextMode mode() {
    return request.mode();
  }
}
