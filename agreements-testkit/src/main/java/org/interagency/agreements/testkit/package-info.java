/**
 * Test support for agreements.
 *
 * <ul>
 *   <li>{@link org.interagency.agreements.testkit.AgreementArbitraries}: jqwik arbitraries of
 *       valid agreements and of their parts;</li>
 *   <li>{@link org.interagency.agreements.testkit.Defects}: agreements on which a chosen built-in
 *       rule fires;</li>
 *   <li>{@link org.interagency.agreements.testkit.AgreementAssertions}: AssertJ assertions on
 *       reports.</li>
 * </ul>
 *
 * <p>With the testkit on the test class path, {@code @ForAll Agreement agreement} in a jqwik
 * property generates valid agreements with no further set-up.
 *
 * <p><strong>Experimental</strong>: the API may change in minor versions until 1.0.
 *
 * <p><strong>Stability:</strong> experimental until release 1.0.0: names and signatures may still
 * change in a minor release. From 1.0.0 on, the public types of this package follow semantic
 * versioning.
 */
@NullMarked
package org.interagency.agreements.testkit;

import org.jspecify.annotations.NullMarked;
