/**
 * The oracle of {@code LazyEvidenceProperties}: a copy of the built-in rubric's checks as they
 * were before the assessment made its evidence pointers lazily (commit b7f0ac14, package
 * {@code org.interagency.agreements.core.internal.assessment}, unchanged but for the package
 * name and its imports), every pointer made eagerly, the report indexed in maps, and {@link EagerRubric} the
 * assessment loop of {@code Rubric} of the same commit. When a check's logic changes on purpose,
 * change it here too, or the property reports the difference.
 */
@NullMarked
package org.interagency.agreements.robustness.eager;

import org.jspecify.annotations.NullMarked;
