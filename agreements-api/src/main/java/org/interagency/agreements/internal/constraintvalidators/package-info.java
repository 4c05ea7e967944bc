/**
 * The validators of the constraints in {@link org.interagency.agreements.constraints}: the
 * annotations are the promise, these classes how it is kept, as Hibernate Validator keeps its
 * own. Not part of the API; opened to Hibernate Validator only, which creates them.
 */
@NullMarked
package org.interagency.agreements.internal.constraintvalidators;

import org.jspecify.annotations.NullMarked;
