package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.RaciRole.ACCOUNTABLE;
import static org.interagency.agreements.RaciRole.INFORMED;
import static org.interagency.agreements.RaciRole.RESPONSIBLE;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMouWith;
import static org.interagency.agreements.core.TestAgreements.responsibility;

class SimpleRolesRulesTest {

    @Nested
    class AssigneeNotParty {

        private final AssigneeNotPartyRule rule = new AssigneeNotPartyRule();

        @Test
        void reportsAnAgencyThatIsNotAPartyAndSuggestsTheNearestParty() {
            Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                    assign("state-dme", RESPONSIBLE)));

            List<Finding> findings = Check.findings(rule, agreement);

            assertThat(findings).containsExactly(new Finding("roles.assignee-not-party", Severity.ERROR,
                    "agency \"state-dme\" is assigned to responsibility \"sandbags\" but is not a party to the agreement",
                    JsonPointer.parse("/responsibilities/0/assignments/0/agencyId"), List.of(),
                    "did you mean \"state-dem\"? Otherwise add the agency as a party, or assign the role to a party"));
        }

        @Test
        void acceptsAssignmentsToParties() {
            Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                    assign("state-dem", RESPONSIBLE), assign("fema", INFORMED)));

            assertThat(Check.findings(rule, agreement)).isEmpty();
        }
    }

    @Nested
    class NoResponsible {

        private final NoResponsibleRule rule = new NoResponsibleRule();

        @Test
        void warnsAboutAResponsibilityNobodyIsResponsibleFor() {
            Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                    assign("state-dem", ACCOUNTABLE), assign("fema", INFORMED)));

            assertThat(Check.findings(rule, agreement)).containsExactly(new Finding("roles.no-responsible",
                    Severity.WARNING,
                    "responsibility \"sandbags\" (emergency/flood/sandbags) has no responsible agency:"
                            + " no one is named to do the work",
                    JsonPointer.parse("/responsibilities/0"), List.of(),
                    "assign the agency that does the work with role responsible"));
        }

        @Test
        void acceptsAResponsibilityWithAResponsibleAgency() {
            Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                    assign("county-oem", RESPONSIBLE)));

            assertThat(Check.findings(rule, agreement)).isEmpty();
        }
    }

    @Nested
    class AssignmentOutsideTerm {

        private final AssignmentOutsideTermRule rule = new AssignmentOutsideTermRule();

        @Test
        void warnsAboutAPeriodThatEndsAfterTheTermExpires() {
            Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                    assign("county-oem", RESPONSIBLE, null, "2028-06-01", "2029-05-31")));

            assertThat(Check.findings(rule, agreement)).containsExactly(new Finding("roles.assignment-outside-term",
                    Severity.WARNING,
                    "the assignment of agency \"county-oem\" to responsibility \"sandbags\" runs 2028-06-01..2029-05-31,"
                            + " outside the agreement's term 2026-01-01..2028-12-31",
                    JsonPointer.parse("/responsibilities/0/assignments/0/period"), List.of(),
                    "keep the period within the term, or amend the term"));
        }

        @Test
        void acceptsPeriodsWithinTheTermAndAssignmentsWithoutPeriod() {
            Agreement agreement = floodMouWith(responsibility("sandbags", "emergency/flood/sandbags",
                    assign("county-oem", RESPONSIBLE, null, "2026-01-01", "2028-12-31"),
                    assign("state-dem", ACCOUNTABLE)));

            assertThat(Check.findings(rule, agreement)).isEmpty();
        }
    }
}
