/**
 * Bean Validation constraints of the agreement model that the standard constraints cannot
 * express. Each constraint checks one object; whatever needs the whole agreement (a reference to
 * a party, an overlap between two responsibilities) is a rule of the rules engine.
 *
 * <p>Default messages are keys of the {@code ContributorValidationMessages} bundle shipped in
 * this module, which Hibernate Validator aggregates with an application's own bundle.
 *
 * <p><strong>Stability:</strong> experimental until release 1.0.0: names and signatures may still
 * change in a minor release. From 1.0.0 on, the public types of this package follow semantic
 * versioning.
 */
@NullMarked
package org.interagency.agreements.constraints;

import org.jspecify.annotations.NullMarked;
