/**
 * The built-in rubric of the collaboration assessment: each criterion's check over the agreement
 * and the findings of the same run. Not exported; {@code org.interagency.agreements.assessment}
 * is the public side.
 */
@NullMarked
package org.interagency.agreements.core.internal.assessment;

import org.jspecify.annotations.NullMarked;
