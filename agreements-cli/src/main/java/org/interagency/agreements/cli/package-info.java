/**
 * The {@code agreements} command line: {@link org.interagency.agreements.cli.AgreementsCli} and
 * its subcommands {@code check}, {@code render}, {@code schema}, {@code digest}, {@code keygen},
 * {@code sign} and {@code verify}.
 */
@NullMarked
package org.interagency.agreements.cli;

import org.jspecify.annotations.NullMarked;
