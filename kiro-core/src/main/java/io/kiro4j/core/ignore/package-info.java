/**
 * {@code .kiroignore}: gitignore semantics for the files Kiro must not read (docs L20273–20408).
 *
 * <p>Parse each file with {@link io.kiro4j.core.ignore.IgnoreFile#parse} (or {@link
 * io.kiro4j.core.ignore.IgnoreFile#read}), combine the files of one workspace root with {@link
 * io.kiro4j.core.ignore.IgnoreRules#builder()}, then ask {@link
 * io.kiro4j.core.ignore.IgnoreRules#isIgnored}. Finding the files on disk is the workspace's job.
 * Parameters are never null and nothing returns null.
 */
package io.kiro4j.core.ignore;
