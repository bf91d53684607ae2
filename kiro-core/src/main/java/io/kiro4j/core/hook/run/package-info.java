/** Running hooks: {@link io.kiro4j.core.hook.run.HookRunner} and its results. */
package io.kiro4j.core.hook.run;
