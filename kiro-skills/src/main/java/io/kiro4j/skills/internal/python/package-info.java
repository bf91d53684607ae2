/**
 * Not API: the parts of Python's text and path semantics the reference skill validator relies on
 * (case folding, Unicode categories, {@code pathlib} names), so kiro4j judges names as it does.
 */
package io.kiro4j.skills.internal.python;
