package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The overlap rules report with lazy messages and shared pointers exactly what the old path
 * ({@link OldOverlapReporting}, kept as the oracle) reported: the same findings, in the same
 * order, with the same text once read.
 */
class LazyOverlapMessagesProperties {

    @Provide
    Arbitrary<Agreement> agreements() {
        return RandomAgreements.agreements();
    }

    @Property(tries = 300)
    void accountableOverlapFindingsEqualTheOldEagerPath(@ForAll("agreements") Agreement agreement) {
        assertSameAsOldPath(new AccountableOverlapRule(), agreement);
    }

    @Property(tries = 300)
    void responsibleDuplicateFindingsEqualTheOldEagerPath(@ForAll("agreements") Agreement agreement) {
        assertSameAsOldPath(new ResponsibleDuplicateRule(), agreement);
    }

    private static void assertSameAsOldPath(Rule rule, Agreement agreement) {
        List<Finding> lazy = Check.findings(rule, agreement);
        List<Finding> old = new Report(OldOverlapReporting.findings(rule, agreement)).findings();

        // Finding.equals compares every part, the messages as text; toString shows the text on failure.
        assertThat(lazy).containsExactlyElementsOf(old);
        assertThat(lazy).extracting(Finding::toString).containsExactlyElementsOf(old.stream().map(Finding::toString).toList());
    }
}
