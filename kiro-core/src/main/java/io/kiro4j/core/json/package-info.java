/**
 * JSON: reading Kiro's JSON files (agent configs, {@code mcp.json}, {@code *.kiro.hook}, settings)
 * with precise positions, and validating them against JSON Schemas.
 *
 * <p>Entry points: {@link io.kiro4j.core.internal.json.JsonLoader} turns text into a {@link
 * io.kiro4j.core.internal.json.JsonDocument} that maps every JSON pointer to a line and column,
 * reporting problems as {@code JSON-xxx} diagnostics; {@link
 * io.kiro4j.core.internal.json.JsonSchema} checks a document and reports {@code SCHEMA-xxx}
 * diagnostics at the offending node, without ever using the network. {@link
 * io.kiro4j.core.json.JsonValues} converts JSON values between plain Java ({@code Map}, {@code
 * List}, String, Number, Boolean, null), JSON text and Jackson trees, for the JSON-neutral entry
 * points of kiro4j.
 *
 * <p>Parameters are never null, and absent values are {@link java.util.Optional}.
 */
package io.kiro4j.core.json;
