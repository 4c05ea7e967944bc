package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Contact;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMou;
import static org.interagency.agreements.core.TestAgreements.party;
import static org.interagency.agreements.core.TestAgreements.responsibility;

/** Key paths as the table "Element keys" of docs/versions.md gives them. */
class ElementKeysTest {

    private static final Agreement MOU = floodMou()
            .parties(List.of(
                    new Party("county-oem", "County OEM", Jurisdiction.parse("us/tx/harris-county"), null,
                            List.of(PartyRole.PARTICIPANT),
                            List.of(new Contact("Ana Ruiz", "Duty officer", "duty@oem.example", null))),
                    party("fema", "FEMA", "us")))
            .addResponsibilities(responsibility("evacuation", "emergency/flood/evacuation",
                    assign("county-oem", RaciRole.ACCOUNTABLE, "us/tx", "2026-01-01", "2026-12-31"),
                    assign("fema", RaciRole.INFORMED)))
            .addEscalationPaths(new EscalationPath("disputes", List.of(ScopePath.parse("emergency")), List.of(
                    new EscalationLevel("Duty officers", null, null), new EscalationLevel("Directors", null, null)), null))
            .build();

    private final ElementKeys keys = ElementKeys.of(MOU);

    @Test
    void anElementWithAnIdIsNamedByIt() {
        assertThat(keys.keyPath(JsonPointer.parse("/responsibilities/0/scope")))
                .hasToString("/responsibilities/evacuation/scope");
    }

    @Test
    void anAssignmentIsNamedByAgencyRoleJurisdictionAndPeriod() {
        assertThat(keys.keyPath(JsonPointer.parse("/responsibilities/0/assignments/0")).tokens())
                .containsExactly("responsibilities", "evacuation", "assignments",
                        "county-oem accountable us/tx 2026-01-01..2026-12-31");
        assertThat(keys.keyPath(JsonPointer.parse("/responsibilities/0/assignments/1")))
                .hasToString("/responsibilities/evacuation/assignments/fema informed * *");
    }

    @Test
    void aContactIsNamedByItsPartyAndEmail() {
        assertThat(keys.keyPath(JsonPointer.parse("/parties/0/contacts/0/phone")))
                .hasToString("/parties/county-oem/contacts/duty@oem.example/phone");
    }

    @Test
    void escalationLevelsKeepTheirPositionAndScopesAreTheirOwnKeys() {
        assertThat(keys.keyPath(JsonPointer.parse("/escalationPaths/0/levels/1/forum")))
                .hasToString("/escalationPaths/disputes/levels/1/forum");
        assertThat(keys.keyPath(JsonPointer.parse("/escalationPaths/0/scopes/0")))
                .hasToString("/escalationPaths/disputes/scopes/emergency");
    }

    @Test
    void whatTheAgreementDoesNotHaveIsKeptAsItIs() {
        assertThat(keys.keyPath(JsonPointer.parse("/responsibilities/7/scope"))).hasToString("/responsibilities/7/scope");
        assertThat(keys.keyPath(JsonPointer.parse("/parties/1/nickname/0"))).hasToString("/parties/fema/nickname/0");
        assertThat(keys.keyPath(JsonPointer.root())).isEqualTo(JsonPointer.root());
    }
}
