package org.interagency.agreements.core;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.TestAgreements.assign;
import static org.interagency.agreements.core.TestAgreements.floodMouWith;
import static org.interagency.agreements.core.TestAgreements.responsibility;

/**
 * The fingerprints of docs/versions.md, checked against vectors computed outside the code. Each
 * vector is the canonical text written with printf and hashed with coreutils, for example
 * <pre>
 * printf 'agreements-finding-v1\nvision.missing\nharris-flood-mou\n/vision\n' | sha256sum | cut -c1-32
 * </pre>
 * The command of each vector is in its comment.
 */
class FingerprintVectorsTest {

    /** Responsibility 1 ("evacuation") has county-oem accountable in harris-county and state-dem in us/tx. */
    private static final Agreement OVERLAP = floodMouWith(
            responsibility("shelter", "emergency/flood/shelter",
                    assign("fema", RaciRole.RESPONSIBLE, "us", "2026-01-01", "2026-06-30"),
                    assign("fema", RaciRole.RESPONSIBLE, "us", "2026-01-01", "2026-06-30")),
            responsibility("evacuation", "emergency/flood/evacuation",
                    assign("fema", RaciRole.INFORMED),
                    assign("state-dem", RaciRole.ACCOUNTABLE, "us/tx"),
                    assign("county-oem", RaciRole.ACCOUNTABLE, "us/tx/harris-county")));

    private final ElementKeys keys = ElementKeys.of(OVERLAP);

    @Test
    void anOverlapIsFingerprintedByTheKeysOfBothSides() {
        // printf 'agreements-finding-v1\nroles.accountable-overlap\nharris-flood-mou\n/responsibilities/evacuation/assignments/county-oem accountable us~1tx~1harris-county *\n/responsibilities/evacuation/assignments/state-dem accountable us~1tx *\n' | sha256sum | cut -c1-32
        String expected = "4bee1b79383e56440d5dcd227bd3c8e6";

        assertThat(keys.fingerprint("roles.accountable-overlap", JsonPointer.parse("/responsibilities/1/assignments/2"),
                List.of(JsonPointer.parse("/responsibilities/1/assignments/1")))).isEqualTo(expected);
        assertThat(keys.fingerprint("roles.accountable-overlap", JsonPointer.parse("/responsibilities/1/assignments/1"),
                List.of(JsonPointer.parse("/responsibilities/1/assignments/2"))))
                .as("whichever side the rule names first").isEqualTo(expected);
    }

    @Test
    void aFindingAtAPropertyIsFingerprintedByItsPath() {
        // printf 'agreements-finding-v1\nvision.missing\nharris-flood-mou\n/vision\n' | sha256sum | cut -c1-32
        assertThat(keys.fingerprint("vision.missing", JsonPointer.of("vision"), List.of()))
                .isEqualTo("177d6e68d442915ff628339032a6184d");
    }

    @Test
    void theRootIsAnEmptyLine() {
        // printf 'agreements-finding-v1\nengine.rule-failed\nharris-flood-mou\n\n' | sha256sum | cut -c1-32
        assertThat(keys.fingerprint("engine.rule-failed", JsonPointer.root(), List.of()))
                .isEqualTo("b88e07112c9bdc10f705fbf5866a8590");
    }

    @Test
    void theSecondOfTwoElementsWithOneKeyIsNumbered() {
        // printf 'agreements-finding-v1\nroles.responsible-duplicate\nharris-flood-mou\n/responsibilities/shelter/assignments/fema responsible us 2026-01-01..2026-06-30\n/responsibilities/shelter/assignments/fema responsible us 2026-01-01..2026-06-30#2\n' | sha256sum | cut -c1-32
        assertThat(keys.fingerprint("roles.responsible-duplicate", JsonPointer.parse("/responsibilities/0/assignments/1"),
                List.of(JsonPointer.parse("/responsibilities/0/assignments/0"))))
                .isEqualTo("3d9fe0054218a3dc92a376feae9233c7");
    }

    @Test
    void theValidatorFingerprintsEveryFinding() {
        Report report = AgreementValidator.builder().clock(java.time.Clock.fixed(
                java.time.Instant.parse("2026-06-01T00:00:00Z"), java.time.ZoneOffset.UTC)).build().validate(OVERLAP);

        assertThat(report.findings()).isNotEmpty().allSatisfy(finding ->
                assertThat(finding.fingerprint()).isEqualTo(keys.fingerprint(finding)).matches("[0-9a-f]{32}"));
        Finding overlap = report.findingsOf("roles.accountable-overlap").get(0);
        assertThat(overlap.fingerprint()).isEqualTo("4bee1b79383e56440d5dcd227bd3c8e6");
    }
}
