/**
 * Test support for agreements: jqwik arbitraries that generate valid agreements and agreements
 * with chosen defects, a jqwik {@code ArbitraryProvider} so that {@code @ForAll Agreement} works
 * without set-up, and AssertJ assertions on reports.
 */
module org.interagency.agreements.testkit {
    requires transitive org.interagency.agreements.api;
    requires org.interagency.agreements.json;
    requires transitive net.jqwik.api;
    requires transitive org.assertj.core;
    requires static org.jspecify;

    exports org.interagency.agreements.testkit;

    provides net.jqwik.api.providers.ArbitraryProvider
            with org.interagency.agreements.testkit.internal.AgreementArbitraryProvider;
}
