/**
 * The rule SPI and the report types: {@link org.interagency.agreements.rules.Rule} checks an
 * agreement and reports {@link org.interagency.agreements.rules.Finding findings}, located by
 * {@link org.interagency.agreements.rules.JsonPointer}, collected in a
 * {@link org.interagency.agreements.rules.Report}. The engine that runs the rules lives in
 * agreements-core.
 *
 * <p><strong>Stability:</strong> experimental until release 1.0.0: names and signatures may still
 * change in a minor release. From 1.0.0 on, the public types of this package follow semantic
 * versioning.
 */
@NullMarked
package org.interagency.agreements.rules;

import org.jspecify.annotations.NullMarked;
