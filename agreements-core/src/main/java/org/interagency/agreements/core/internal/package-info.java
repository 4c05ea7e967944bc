/**
 * The machinery of the validator: Bean Validation bootstrap and mapping of violations to
 * findings, rule discovery and configuration, the context rules report to. Not an API.
 */
@NullMarked
package org.interagency.agreements.core.internal;

import org.jspecify.annotations.NullMarked;
