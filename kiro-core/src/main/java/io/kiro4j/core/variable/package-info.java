/**
 * Environment variables and {@code ${VAR}} substitution in configuration values, under the CLI
 * policy (any set variable) or the IDE policy (approved variables only).
 */
package io.kiro4j.core.variable;
