/**
 * The model of an interagency agreement: immutable records for every section of the document,
 * with Jakarta Bean Validation constraints on each.
 *
 * <p>Start at {@link org.interagency.agreements.Agreement}. Records with more than three
 * components come with a generated fluent builder named after them
 * ({@code AgreementBuilder}, {@code PartyBuilder}, …).
 *
 * <p>Everything in this package is non-null unless annotated {@code @Nullable}; a missing list
 * is an empty list.
 *
 * <p><strong>Stability:</strong> experimental until release 1.0.0: names and signatures may still
 * change in a minor release. From 1.0.0 on, the public types of this package follow semantic
 * versioning.
 */
@NullMarked
package org.interagency.agreements;

import org.jspecify.annotations.NullMarked;
