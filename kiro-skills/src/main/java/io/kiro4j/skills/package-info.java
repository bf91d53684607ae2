/** kiro4j skills module (see the module's README for its status). */
package io.kiro4j.skills;
