/**
 * "Who is accountable here, now?": an index over a portfolio of agreements that answers, for a
 * scope of work, a jurisdiction and a day, which agency is accountable, and under which agreement
 * and responsibility; or that nobody is (a gap) or that several are (an overlap).
 *
 * <p>{@link org.interagency.agreements.accountability.AccountabilityIndex#of} builds the index;
 * {@link org.interagency.agreements.accountability.AccountabilityIndex#accountable} answers with
 * an {@link org.interagency.agreements.accountability.Accountability}.
 *
 * <p><strong>Stability:</strong> experimental: names and the shape of an answer may change in a
 * minor release.
 */
@NullMarked
package org.interagency.agreements.accountability;

import org.jspecify.annotations.NullMarked;
