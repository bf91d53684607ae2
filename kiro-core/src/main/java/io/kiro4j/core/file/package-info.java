/**
 * Reading user files: whole-file strict UTF-8 with a size limit, problems returned as diagnostics.
 */
package io.kiro4j.core.file;
