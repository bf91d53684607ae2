/** kiro4j mcp module (see the module's README for its status). */
package io.kiro4j.mcp;
