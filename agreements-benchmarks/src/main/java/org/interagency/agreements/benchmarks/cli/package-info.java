/**
 * JMH benchmarks of the command line's {@code check DIR}: a directory of small documents checked
 * on one thread and on two, with the ratio of the two measured in the same run.
 */
@NullMarked
package org.interagency.agreements.benchmarks.cli;

import org.jspecify.annotations.NullMarked;
