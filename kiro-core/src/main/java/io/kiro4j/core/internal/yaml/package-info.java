/**
 * Not API: the YAML parser behind front matter and skill files, its limits and result. The tree it
 * builds is API ({@link io.kiro4j.core.yaml.YamlNode}). Exported only to kiro4j's own modules.
 */
package io.kiro4j.core.internal.yaml;
