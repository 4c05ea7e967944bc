/**
 * JMH benchmarks of the HTML report, against the check that precedes it in the same run.
 */
@NullMarked
package org.interagency.agreements.benchmarks.report;

import org.jspecify.annotations.NullMarked;
