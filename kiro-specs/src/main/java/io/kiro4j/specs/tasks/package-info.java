/**
 * tasks.md: {@link io.kiro4j.specs.tasks.TaskList} (tasks, hierarchy, progress, the "Run all tasks"
 * queue) and {@link io.kiro4j.specs.tasks.TaskWriter} (lossless, atomic state changes with
 * stale-write detection). Parameters and results are never null.
 */
package io.kiro4j.specs.tasks;
