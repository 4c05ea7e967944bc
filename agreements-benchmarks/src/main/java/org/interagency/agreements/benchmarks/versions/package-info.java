/**
 * JMH benchmarks of the comparison of two versions of an agreement, against reading the two
 * documents in the same run.
 */
@NullMarked
package org.interagency.agreements.benchmarks.versions;

import org.jspecify.annotations.NullMarked;
