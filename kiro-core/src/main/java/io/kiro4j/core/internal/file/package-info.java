/**
 * Not API (exported only to kiro4j's own modules where needed).
 *
 * <p>Reading user files: whole-file strict UTF-8 with a size limit, problems returned as
 * diagnostics.
 */
package io.kiro4j.core.internal.file;
