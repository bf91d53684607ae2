package io.kiro4j.core.context;

/**
 * Adds one area's items to a turn's context: the seam through which kiro-skills (skills, powers)
 * and kiro-specs ({@code #spec}) take part without core depending on them. Providers are found with
 * {@link java.util.ServiceLoader} ({@code
 * META-INF/services/io.kiro4j.core.context.ContextProvider}, or {@code provides} in a module
 * descriptor), as {@link io.kiro4j.core.resource.ResourceResolver resource resolvers} are; a host
 * may add its own with {@link ContextAssembler#with(ContextProvider)}.
 *
 * <p>Providers run in the order of their {@link #name()} (code-point order), after core's agent
 * prompt, steering and resources and before the referenced files, session files and prompt; their
 * items keep the order they are added in.
 *
 * <p>Implementations must be thread-safe and must not throw for bad user input: a file that cannot
 * be read is {@link ContextContribution#unavailable reported unavailable}, never an exception.
 *
 * @since 0.2
 */
public interface ContextProvider {

  /** A short, unique, stable name ({@code powers}, {@code skills}, {@code specs}). */
  String name();

  /** Adds the items this provider contributes to the turn described by {@code scope}. */
  void contribute(ContextScope scope, ContextContribution contribution);
}
