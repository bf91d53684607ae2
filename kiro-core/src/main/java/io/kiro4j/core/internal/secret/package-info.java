/** Not API: detection of secrets written in clear in configuration files. */
package io.kiro4j.core.internal.secret;
