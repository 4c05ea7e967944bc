/**
 * Versions of an agreement: the model's components read reflectively ({@link
 * org.interagency.agreements.core.internal.versions.ModelComponents}), element keys ({@link
 * org.interagency.agreements.core.internal.versions.Keys}), fingerprints ({@link
 * org.interagency.agreements.core.internal.versions.Fingerprints}) and the element-by-element
 * comparison ({@link org.interagency.agreements.core.internal.versions.Differ}), as
 * {@code docs/versions.md} specifies them. Not exported.
 */
@NullMarked
package org.interagency.agreements.core.internal.versions;

import org.jspecify.annotations.NullMarked;
