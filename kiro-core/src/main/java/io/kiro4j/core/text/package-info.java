/**
 * Text shown to people: {@link io.kiro4j.core.text.DisplayText} escapes what a terminal would
 * interpret (control characters, line and paragraph separators, bidirectional overrides), so a
 * name, path or reason taken from a file, a tool call or a server prints as one inert line.
 */
package io.kiro4j.core.text;
