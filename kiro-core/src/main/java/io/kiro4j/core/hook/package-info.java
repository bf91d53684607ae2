/**
 * Hooks: IDE hook files ({@code .kiro/hooks/*.kiro.hook}) and the events they fire for. {@link
 * io.kiro4j.core.hook.HookSet} reads and matches; {@link io.kiro4j.core.hook.run.HookRunner} runs
 * what matched.
 */
package io.kiro4j.core.hook;
