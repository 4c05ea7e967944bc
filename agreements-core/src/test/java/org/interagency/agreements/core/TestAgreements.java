package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Term;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Small readable agreements for the engine and roles tests: a flood-response MOU between a
 * county, its state and FEMA, in force 2026-01-01 through 2028-12-31, to which each test adds
 * the responsibilities it is about.
 */
public final class TestAgreements {

    /** The first day of the test agreement's term. */
    public static final LocalDate EFFECTIVE = LocalDate.of(2026, 1, 1);

    /** The last day of the test agreement's term. */
    public static final LocalDate EXPIRES = LocalDate.of(2028, 12, 31);

    private TestAgreements() {
    }

    /** The MOU with its three parties and no responsibilities yet. */
    public static AgreementBuilder floodMou() {
        return AgreementBuilder.builder()
                .schemaVersion(Agreement.SCHEMA_VERSION)
                .id("harris-flood-mou")
                .title("Harris County Flood Response MOU")
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .status(AgreementStatus.DRAFT)
                .term(new Term(EFFECTIVE, EXPIRES, null, Period.ofYears(1)))
                .addParties(party("county-oem", "Harris County Office of Emergency Management", "us/tx/harris-county"))
                .addParties(party("state-dem", "Texas Division of Emergency Management", "us/tx"))
                .addParties(party("fema", "Federal Emergency Management Agency", "us"));
    }

    /** The MOU with these responsibilities. */
    public static Agreement floodMouWith(Responsibility... responsibilities) {
        return floodMou().responsibilities(List.of(responsibilities)).build();
    }

    /** A party with one role, {@link PartyRole#PARTICIPANT}. */
    public static Party party(String agencyId, String name, String jurisdiction) {
        return new Party(agencyId, name, Jurisdiction.parse(jurisdiction), null, List.of(PartyRole.PARTICIPANT), List.of());
    }

    /** A responsibility on {@code scope} with these assignments. */
    public static Responsibility responsibility(String id, String scope, Assignment... assignments) {
        return new Responsibility(id, ScopePath.parse(scope), "The work of " + id + ".", List.of(assignments));
    }

    /** An assignment for the whole territory and term. */
    public static Assignment assign(String agencyId, RaciRole role) {
        return Assignment.of(agencyId, role);
    }

    /** An assignment in {@code jurisdiction} (or everywhere, if {@code null}) for the whole term. */
    public static Assignment assign(String agencyId, RaciRole role, String jurisdiction) {
        return new Assignment(agencyId, role, Jurisdiction.parse(jurisdiction), null);
    }

    /** An assignment in {@code jurisdiction} ({@code null}: everywhere) from {@code start} through {@code end}. */
    public static Assignment assign(String agencyId, RaciRole role, String jurisdiction, String start, String end) {
        return new Assignment(agencyId, role, jurisdiction == null ? null : Jurisdiction.parse(jurisdiction),
                DateRange.of(LocalDate.parse(start), LocalDate.parse(end)));
    }
}
