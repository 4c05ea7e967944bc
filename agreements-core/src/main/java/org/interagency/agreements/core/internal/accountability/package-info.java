/**
 * The machinery of the accountability index: a static interval tree over days. Not an API.
 */
@NullMarked
package org.interagency.agreements.core.internal.accountability;

import org.jspecify.annotations.NullMarked;
