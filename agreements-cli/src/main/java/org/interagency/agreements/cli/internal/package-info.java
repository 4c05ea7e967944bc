/**
 * The machinery of the {@code agreements} command: reading documents with their source
 * locations, the report formats (text, JSON, SARIF) and the rendered views. Not an API: these
 * types change with the command.
 */
@NullMarked
package org.interagency.agreements.cli.internal;

import org.jspecify.annotations.NullMarked;
