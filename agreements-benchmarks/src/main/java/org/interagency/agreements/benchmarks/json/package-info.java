/**
 * JMH benchmarks of the document layer: the strict reader of agreements-json against Jackson's
 * bare streaming parse of the same bytes (the floor, in the same run), reading plus full
 * validation, and a harness that reads a 50 MB agreement and reports its peak heap.
 */
@NullMarked
package org.interagency.agreements.benchmarks.json;

import org.jspecify.annotations.NullMarked;
