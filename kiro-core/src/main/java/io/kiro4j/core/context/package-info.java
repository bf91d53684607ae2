/**
 * Context assembly: what goes into the model's context for one agent turn, in what order, within
 * what budget, and why each item is there ({@link io.kiro4j.core.context.ContextAssembler}).
 * Skills, powers and specs take part through the {@link io.kiro4j.core.context.ContextProvider}
 * seam ({@link java.util.ServiceLoader}).
 */
package io.kiro4j.core.context;
