package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementVersion;
import org.interagency.agreements.Lineage;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.versions.Change;
import org.interagency.agreements.versions.ChangeClass;
import org.interagency.agreements.versions.ChangeKind;
import org.interagency.agreements.versions.VersionComparison;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMou;
import static org.interagency.agreements.core.TestAgreements.responsibility;

/** Changes between two hand-written versions, with the changes written by hand. */
class AgreementDiffTest {

    private static final Responsibility EVACUATION = responsibility("evacuation", "emergency/flood/evacuation",
            assign("county-oem", RaciRole.ACCOUNTABLE, "us/tx/harris-county"), assign("fema", RaciRole.INFORMED));
    private static final Responsibility SHELTER = responsibility("shelter", "emergency/flood/shelter",
            assign("state-dem", RaciRole.ACCOUNTABLE), assign("county-oem", RaciRole.RESPONSIBLE));
    private static final Agreement SIGNED = floodMou().responsibilities(List.of(EVACUATION, SHELTER)).build();

    @Test
    void aVersionComparedWithItselfHasNoChange() {
        assertThat(AgreementDiff.between(SIGNED, SIGNED).isEmpty()).isTrue();
    }

    @Test
    void reorderedResponsibilitiesAndAssignmentsAreNoChange() {
        Responsibility reordered = new Responsibility("evacuation", EVACUATION.scope(), EVACUATION.description(),
                List.of(EVACUATION.assignments().get(1), EVACUATION.assignments().get(0)));
        Agreement shuffled = floodMou().responsibilities(List.of(SHELTER, reordered)).build();

        assertThat(AgreementDiff.between(SIGNED, shuffled).changes()).isEmpty();
    }

    @Test
    void aNewTitleIsOneAdministrativeChange() {
        Agreement renamed = floodMou().title("Harris County Flood MOU").responsibilities(SIGNED.responsibilities()).build();

        assertThat(AgreementDiff.between(SIGNED, renamed).changes()).containsExactly(new Change(ChangeKind.CHANGED,
                ChangeClass.ADMINISTRATIVE, "title", JsonPointer.of("title"), JsonPointer.of("title"), JsonPointer.of("title"),
                "\"Harris County Flood Response MOU\"", "\"Harris County Flood MOU\""));
    }

    @Test
    void aSecondAccountableAgencyIsOneMaterialAddition() {
        Responsibility amended = new Responsibility("evacuation", EVACUATION.scope(), EVACUATION.description(),
                List.of(EVACUATION.assignments().get(0), assign("state-dem", RaciRole.ACCOUNTABLE, "us/tx"),
                        EVACUATION.assignments().get(1)));
        Agreement amendment = floodMou().responsibilities(List.of(SHELTER, amended)).build();

        VersionComparison comparison = AgreementDiff.between(SIGNED, amendment);

        assertThat(comparison.changes()).containsExactly(new Change(ChangeKind.ADDED, ChangeClass.MATERIAL,
                "responsibilities", JsonPointer.of("responsibilities", "evacuation", "assignments", "state-dem accountable us/tx *"),
                null, JsonPointer.parse("/responsibilities/1/assignments/1"), null, "\"state-dem accountable us/tx *\""));
        assertThat(comparison.hasMaterialChanges()).isTrue();
        assertThat(AgreementDiff.between(amendment, SIGNED)).isEqualTo(comparison.mirror());
    }

    @Test
    void wideningAnAssignmentsJurisdictionChangesItsKeySoItIsRemovedAndAdded() {
        Responsibility widened = new Responsibility("evacuation", EVACUATION.scope(), EVACUATION.description(),
                List.of(assign("county-oem", RaciRole.ACCOUNTABLE, "us/tx"), EVACUATION.assignments().get(1)));
        Agreement amendment = floodMou().responsibilities(List.of(widened, SHELTER)).build();

        assertThat(AgreementDiff.between(SIGNED, amendment).changes())
                .extracting(Change::kind, change -> change.element().toString(), Change::changeClass)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED,
                                "/responsibilities/evacuation/assignments/county-oem accountable us~1tx *", ChangeClass.MATERIAL),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.REMOVED,
                                "/responsibilities/evacuation/assignments/county-oem accountable us~1tx~1harris-county *",
                                ChangeClass.MATERIAL));
    }

    @Test
    void valuesAreQuotedSafely() {
        Responsibility forged = new Responsibility("shelter", SHELTER.scope(), "Open shelters\n\u001b[2J", SHELTER.assignments());
        Agreement amendment = floodMou().responsibilities(List.of(EVACUATION, forged)).build();

        Change change = AgreementDiff.between(SIGNED, amendment).changes().get(0);

        assertThat(change.changeClass()).isEqualTo(ChangeClass.ADMINISTRATIVE);
        assertThat(change.element()).hasToString("/responsibilities/shelter/description");
        assertThat(change.currentValue()).isEqualTo("\"Open shelters\\u000A\\u001B[2J\"");
    }

    @Test
    void documentsOfTwoAgreementsAreNotCompared() {
        Agreement other = floodMou().id("galveston-flood-mou").build();

        assertThatThrownBy(() -> AgreementDiff.between(SIGNED, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the documents are two different agreements, \"harris-flood-mou\" and"
                        + " \"galveston-flood-mou\"");
    }

    @Test
    void aVersionIsComparedWithTheVersionItSupersedes() {
        Agreement first = floodMou().lineage(new Lineage("1", null, null)).build();
        Agreement third = floodMou().lineage(new Lineage("3", new AgreementVersion("harris-flood-mou", "2"), null)).build();

        assertThatThrownBy(() -> AgreementDiff.between(first, third))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("follows version \"2\", but the previous document is version \"1\"");
    }

    @Test
    void theVersionItselfIsAnAdministrativeChange() {
        Agreement first = floodMou().lineage(new Lineage("1", null, null)).build();
        Agreement second = floodMou().lineage(new Lineage("2", new AgreementVersion("harris-flood-mou", "1"), null)).build();

        VersionComparison comparison = AgreementDiff.between(first, second);

        assertThat(comparison.previous()).isEqualTo(new AgreementVersion("harris-flood-mou", "1"));
        assertThat(comparison.changes()).extracting(Change::kind, Change::changeClass, change -> change.element().toString())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, ChangeClass.ADMINISTRATIVE, "/lineage/supersedes"),
                        org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, ChangeClass.ADMINISTRATIVE, "/lineage/version"));
        assertThat(comparison.hasMaterialChanges()).isFalse();
    }

    @Test
    void namingAnotherVersionOfTheGeneralTermsIsOneMaterialChangeOfTheReference() {
        Agreement underFirst = floodMou().generalTerms(new AgreementVersion("harris-gtc", "1")).build();
        Agreement underSecond = floodMou().generalTerms(new AgreementVersion("harris-gtc", "2")).build();

        VersionComparison comparison = AgreementDiff.between(underFirst, underSecond);

        assertThat(comparison.changes()).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(ChangeKind.CHANGED);
            assertThat(change.changeClass()).isEqualTo(ChangeClass.MATERIAL);
            assertThat(change.element()).hasToString("/generalTerms");
        });
        assertThat(comparison.hasMaterialChanges()).isTrue();
    }

    @Test
    void aSupersededVersionNamedOtherwiseIsOneAdministrativeChangeOfTheLineage() {
        Agreement named = floodMou().lineage(new Lineage("3", new AgreementVersion("harris-flood-mou", "1"), null)).build();
        Agreement renamed = floodMou().lineage(new Lineage("3", new AgreementVersion("harris-flood-mou", "2"), null)).build();

        assertThat(AgreementDiff.between(named, renamed).changes())
                .extracting(Change::kind, Change::changeClass, change -> change.element().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.CHANGED, ChangeClass.ADMINISTRATIVE,
                        "/lineage/supersedes"));
    }
}
