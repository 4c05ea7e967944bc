/**
 * JMH benchmarks of the rules engine: the accountable-overlap check from 10^3 to 10^6
 * assignments against a naive pairwise baseline, and full validation of a typical agreement;
 * with {@link org.interagency.agreements.benchmarks.rules.OverlapGrowth}, the overlap check's
 * growth from size to size measured in alternating rounds in one JVM.
 */
@NullMarked
package org.interagency.agreements.benchmarks.rules;

import org.jspecify.annotations.NullMarked;
