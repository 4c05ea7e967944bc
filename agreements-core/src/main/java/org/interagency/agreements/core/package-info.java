/**
 * The validation service. {@link org.interagency.agreements.core.AgreementValidator} checks an
 * agreement with Bean Validation and every enabled rule, and returns one
 * {@link org.interagency.agreements.rules.Report}; a
 * {@link org.interagency.agreements.core.RuleConfiguration} selects and tunes the rules.
 *
 * <p><strong>Stability:</strong> experimental until release 1.0.0: names and signatures may still
 * change in a minor release. From 1.0.0 on, the public types of this package follow semantic
 * versioning.
 */
@NullMarked
package org.interagency.agreements.core;

import org.jspecify.annotations.NullMarked;
