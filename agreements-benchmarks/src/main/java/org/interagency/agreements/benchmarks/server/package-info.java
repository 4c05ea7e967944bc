/** What the validation service does per request, in-process: the baseline of its load test. */
package org.interagency.agreements.benchmarks.server;
