package org.interagency.agreements.testkit;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.Report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The entry point of the AssertJ assertions on reports.
 *
 * <pre>{@code
 * import static org.interagency.agreements.testkit.AgreementAssertions.assertThat;
 *
 * assertThat(validator.validate(agreement)).isClean();
 * assertThat(report).hasNoErrors();
 * assertThat(report)
 *         .hasFinding("roles.accountable-overlap").at("/responsibilities/2/assignments/0")
 *         .and()
 *         .hasOnlyFindingsOf("roles.accountable-overlap");
 * }</pre>
 *
 * <p>When an assertion fails, its message lists the report's findings one per line, with their
 * locations, related locations and hints.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AgreementAssertions {

    private AgreementAssertions() {
    }

    /**
     * Assertions on {@code actual}.
     *
     * @param actual the report
     * @return assertions on the report
     */
    public static ReportAssert assertThat(Report actual) {
        return new ReportAssert(actual);
    }
}
