/**
 * Moving the Amazon Q Developer CLI's configuration into Kiro's folders, losslessly: {@link
 * io.kiro4j.core.migrate.Migration} plans what {@code .amazonq} and {@code ~/.aws/amazonq} would
 * copy where (docs L10910–10959) and applies the plan through {@code io.kiro4j.core.write}.
 *
 * @since 0.2
 */
package io.kiro4j.core.migrate;
