/**
 * Robustness tests of the reader and the validator together: hostile documents, a mutation
 * fuzzer over the example agreements, and concurrent use of one shared reader and validator.
 */
@NullMarked
package org.interagency.agreements.robustness;

import org.jspecify.annotations.NullMarked;
