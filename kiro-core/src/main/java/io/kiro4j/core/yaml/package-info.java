/**
 * Safe YAML: {@link io.kiro4j.core.internal.yaml.YamlParser#parse} turns YAML text into an
 * immutable tree of {@link io.kiro4j.core.yaml.YamlNode}s that know their file line and column,
 * with diagnostics instead of exceptions.
 *
 * <p>Two {@link io.kiro4j.core.yaml.YamlProfile profiles}: lenient (what Kiro files use) and strict
 * (the Agent Skills reference: every scalar a string, no flow style, anchors or tags). {@link
 * io.kiro4j.core.internal.yaml.YamlLimits} bound size, depth, aliases and nodes. Built on SnakeYAML
 * Engine's parser events; no Java object is ever constructed from a tag.
 *
 * <p>No method accepts or returns {@code null}, except that {@link
 * io.kiro4j.core.yaml.YamlNode#toPlainObject()} maps a YAML null to a Java {@code null}.
 */
package io.kiro4j.core.yaml;
