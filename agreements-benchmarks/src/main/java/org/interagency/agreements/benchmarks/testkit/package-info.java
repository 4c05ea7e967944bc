/**
 * JMH benchmarks of the testkit: how many agreements per second its arbitraries generate, against
 * a plain string generator measured in the same run.
 */
@NullMarked
package org.interagency.agreements.benchmarks.testkit;

import org.jspecify.annotations.NullMarked;
