/** kiro4j specs module (see the module's README for its status). */
package io.kiro4j.specs;
