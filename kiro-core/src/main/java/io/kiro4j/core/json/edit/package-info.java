/**
 * Lossless JSON edits: change, add or remove one member of a JSON document while every other byte
 * stays as it was.
 *
 * <p>{@link io.kiro4j.core.json.edit.JsonText} applies a {@link io.kiro4j.core.json.edit.JsonEdit}
 * to text and verifies the result by reading it back; {@link io.kiro4j.core.json.edit.JsonFile}
 * reads a file for editing and writes the result through {@link
 * io.kiro4j.core.write.AtomicFileWriter} (atomic rename, refused when the file changed since it was
 * read). Refusals are {@link io.kiro4j.core.json.edit.JsonEditCode} diagnostics.
 *
 * @since 0.2
 */
package io.kiro4j.core.json.edit;
