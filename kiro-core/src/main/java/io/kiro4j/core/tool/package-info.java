/**
 * The tools a model is offered for one agent: built-in tools with their description and input
 * schema, MCP tools under their model names, and why each tool is offered or withheld ({@link
 * io.kiro4j.core.tool.ToolList}).
 */
package io.kiro4j.core.tool;
