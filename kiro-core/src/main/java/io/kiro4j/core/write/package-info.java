/**
 * Writing user files safely: a file is replaced atomically, only if it is still what was read.
 *
 * <p>{@link io.kiro4j.core.write.FileSnapshot} reads a file with its {@link
 * io.kiro4j.core.write.FileStamp} (size, modification time, SHA-256); {@link
 * io.kiro4j.core.write.AtomicFileWriter} replaces it through a temporary file and an atomic rename
 * after checking the stamp, or refuses with a {@link io.kiro4j.core.write.StaleWriteException}.
 * Every kiro4j writer (task checkboxes, configuration edits, fixes) goes through it.
 *
 * @since 0.2
 */
package io.kiro4j.core.write;
