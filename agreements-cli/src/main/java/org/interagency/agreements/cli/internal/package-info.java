/**
 * The machinery of the {@code agreements} command: reading documents with their source
 * locations, configuration and key files, and the notations of {@code render} (the report
 * formats and the views they draw are agreements-report's). Not an API: these types change with
 * the command.
 */
@NullMarked
package org.interagency.agreements.cli.internal;

import org.jspecify.annotations.NullMarked;
