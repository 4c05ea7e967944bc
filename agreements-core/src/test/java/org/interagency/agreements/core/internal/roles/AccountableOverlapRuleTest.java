package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.RaciRole.ACCOUNTABLE;
import static org.interagency.agreements.RaciRole.RESPONSIBLE;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMouWith;
import static org.interagency.agreements.core.TestAgreements.responsibility;

class AccountableOverlapRuleTest {

    private final AccountableOverlapRule rule = new AccountableOverlapRule();

    @Test
    void reportsAgenciesAccountableForAScopeAndItsAncestorInOverlappingPlacesAndTimes() {
        Agreement agreement = floodMouWith(
                responsibility("flood-response", "emergency/flood", assign("fema", ACCOUNTABLE)),
                responsibility("evacuation", "emergency/flood/evacuation",
                        assign("county-oem", ACCOUNTABLE, "us/tx/harris-county", "2026-06-01", "2026-09-30")));

        List<Finding> findings = Check.findings(rule, agreement);

        assertThat(findings).containsExactly(new Finding("roles.accountable-overlap", Severity.ERROR,
                "agencies \"county-oem\" and \"fema\" are both accountable for emergency/flood/evacuation"
                        + " in us/tx/harris-county from 2026-06-01 to 2026-09-30"
                        + " (responsibilities \"evacuation\" and \"flood-response\")",
                JsonPointer.parse("/responsibilities/1/assignments/0"),
                List.of(JsonPointer.parse("/responsibilities/0/assignments/0")),
                AccountableOverlapRule.HINT));
    }

    @Test
    void namesTheWholeTerritoryAndTermWhenNeitherAssignmentIsNarrowed() {
        Agreement agreement = floodMouWith(responsibility("shelter", "emergency/shelter",
                assign("state-dem", ACCOUNTABLE), assign("fema", ACCOUNTABLE)));

        assertThat(Check.findings(rule, agreement)).extracting(Finding::message).containsExactly(
                "agencies \"fema\" and \"state-dem\" are both accountable for emergency/shelter in the agreement's whole"
                        + " territory from 2026-01-01 to 2028-12-31 (both in responsibility \"shelter\")");
    }

    @Test
    void reportsEachConflictingPairOnce() {
        Agreement agreement = floodMouWith(responsibility("shelter", "emergency/shelter",
                assign("state-dem", ACCOUNTABLE), assign("fema", ACCOUNTABLE), assign("county-oem", ACCOUNTABLE)));

        assertThat(Check.findings(rule, agreement)).hasSize(3);
    }

    @Test
    void acceptsNeighbouringJurisdictions() {
        Agreement agreement = floodMouWith(
                responsibility("harris", "emergency/flood", assign("county-oem", ACCOUNTABLE, "us/tx/harris-county")),
                responsibility("fort-bend", "emergency/flood", assign("state-dem", ACCOUNTABLE, "us/tx/fort-bend-county")));

        assertThat(Check.findings(rule, agreement)).isEmpty();
    }

    @Test
    void acceptsPeriodsThatShareNoDay() {
        Agreement agreement = floodMouWith(responsibility("flood", "emergency/flood",
                assign("county-oem", ACCOUNTABLE, null, "2026-01-01", "2026-12-31"),
                assign("state-dem", ACCOUNTABLE, null, "2027-01-01", "2028-12-31")));

        assertThat(Check.findings(rule, agreement)).isEmpty();
    }

    @Test
    void acceptsSiblingScopes() {
        Agreement agreement = floodMouWith(
                responsibility("evacuation", "emergency/flood/evacuation", assign("county-oem", ACCOUNTABLE)),
                responsibility("sheltering", "emergency/flood/sheltering", assign("state-dem", ACCOUNTABLE)));

        assertThat(Check.findings(rule, agreement)).isEmpty();
    }

    @Test
    void acceptsOneAgencyAccountableTwice() {
        Agreement agreement = floodMouWith(
                responsibility("flood", "emergency/flood", assign("fema", ACCOUNTABLE)),
                responsibility("evacuation", "emergency/flood/evacuation", assign("fema", ACCOUNTABLE)));

        assertThat(Check.findings(rule, agreement)).isEmpty();
    }

    @Test
    void ignoresOtherRoles() {
        Agreement agreement = floodMouWith(responsibility("flood", "emergency/flood",
                assign("fema", ACCOUNTABLE), assign("state-dem", RESPONSIBLE), assign("county-oem", RESPONSIBLE)));

        assertThat(Check.findings(rule, agreement)).isEmpty();
    }
}
