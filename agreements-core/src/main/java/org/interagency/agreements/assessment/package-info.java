/**
 * The collaboration assessment: how far an agreement <em>documents</em> each of the ten
 * principles of interagency collaboration, as a level from 0 to 4 per principle, with the
 * evidence, the criteria met and unmet, their sources and the next steps.
 *
 * <p>{@link org.interagency.agreements.assessment.Rubric#builtIn()} is the rubric documented in
 * {@code docs/assessment.md}; {@link org.interagency.agreements.assessment.Rubric#assess} gives a
 * {@link org.interagency.agreements.assessment.CollaborationAssessment}. The assessment reads the
 * document and the findings of the same validation run only: it says what the agreement
 * documents, not how well the agencies work together.
 *
 * <p><strong>Stability:</strong> experimental: names, criteria and levels may change in a minor
 * release.
 */
@NullMarked
package org.interagency.agreements.assessment;

import org.jspecify.annotations.NullMarked;
