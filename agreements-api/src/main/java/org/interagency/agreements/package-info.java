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
 */
@NullMarked
package org.interagency.agreements;

import org.jspecify.annotations.NullMarked;
