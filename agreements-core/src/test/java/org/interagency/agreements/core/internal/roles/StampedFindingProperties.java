package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.ElementKeys;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the validator stamps on a finding as its rule reports it (the fingerprint, computed when
 * read), and the order of the overlap rules' findings, which compare by rank once sorted, hold
 * as if each were computed at once from the finding's parts.
 */
class StampedFindingProperties {

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder().build();

    @Provide
    Arbitrary<Agreement> agreements() {
        return RandomAgreements.agreements();
    }

    @Property(tries = 200)
    void aFingerprintComputedWhenReadIsTheOneComputedAtOnce(@ForAll("agreements") Agreement agreement) {
        Report report = VALIDATOR.validate(agreement);
        List<Finding> findings = report.findings();
        ElementKeys keys = ElementKeys.of(agreement);

        // Read last to first, so that no order of reading is the one the findings were made in.
        for (int i = findings.size() - 1; i >= 0; i--) {
            Finding finding = findings.get(i);
            assertThat(finding.fingerprint()).as("%s", finding).isEqualTo(keys.fingerprint(finding));
        }
        assertThat(VALIDATOR.validate(agreement).findings()).isEqualTo(findings);
    }

    @Property(tries = 200)
    void findingsCompareAsTheSameFindingsWithTheirMessagesWritten(@ForAll("agreements") Agreement agreement) {
        List<Finding> unread = findings(agreement);
        // The same findings from a second check, with their messages written, as plain text: the
        // findings above keep theirs unwritten, so that they compare by rank.
        List<Finding> written = findings(agreement).stream()
                .map(f -> new Finding(f.ruleId(), f.severity(), f.message(), f.location(), f.related(), f.hint()))
                .toList();

        assertThat(written).hasSameSizeAs(unread);
        for (int i = 0; i < unread.size(); i++) {
            for (int j = 0; j < unread.size(); j++) {
                assertThat(Integer.signum(unread.get(i).compareTo(unread.get(j))))
                        .as("%s vs %s", written.get(i), written.get(j))
                        .isEqualTo(Integer.signum(written.get(i).compareTo(written.get(j))));
            }
        }
    }

    private static List<Finding> findings(Agreement agreement) {
        List<Finding> findings = new ArrayList<>(Check.findings(new AccountableOverlapRule(), agreement));
        findings.addAll(Check.findings(new ResponsibleDuplicateRule(), agreement));
        return findings;
    }
}
