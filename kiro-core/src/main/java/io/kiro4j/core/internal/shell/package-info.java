/**
 * Not API (exported only to kiro4j's own modules where needed).
 *
 * <p>A POSIX shell tokenizer that splits a command line into the simple commands it would run, so
 * permission rules can judge each part: {@code &&}, {@code ||}, {@code ;}, {@code |}, {@code &},
 * newlines, subshells, {@code $( )}, backticks, process substitution, redirections, here-docs and
 * quoting. Whatever it cannot prove (control structures, functions, arithmetic, unbalanced quotes)
 * is reported as {@link io.kiro4j.core.internal.shell.ShellParse.Unparsable}, never guessed.
 *
 * <p>Parameters and return values are never null.
 */
package io.kiro4j.core.internal.shell;
