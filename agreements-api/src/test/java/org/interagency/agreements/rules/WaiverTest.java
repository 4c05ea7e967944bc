package org.interagency.agreements.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WaiverTest {

    private static final LocalDate APPROVED = LocalDate.of(2026, 7, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 6, 30);

    private static Waiver waiver(String target) {
        return new Waiver("roles.accountable-overlap", "flood-mou", target, "shared until the revision", "counsel",
                APPROVED, EXPIRES);
    }

    private static Finding finding(JsonPointer location) {
        return new Finding("roles.accountable-overlap", Severity.ERROR, "two accountable", location, List.of(), null);
    }

    @Test
    void aPointerTargetAcceptsFindingsOfItsRuleAtThatLocationOnly() {
        Waiver waiver = waiver("/responsibilities/2");

        assertThat(waiver.location()).contains(JsonPointer.of("responsibilities", 2));
        assertThat(waiver.fingerprint()).isEmpty();
        assertThat(waiver.targets(finding(JsonPointer.of("responsibilities", 2)))).isTrue();
        assertThat(waiver.targets(finding(JsonPointer.of("responsibilities", 3)))).isFalse();
        assertThat(waiver.targets(new Finding("roles.gap", Severity.ERROR, "gap", JsonPointer.of("responsibilities", 2),
                List.of(), null))).isFalse();
    }

    @Test
    void theEmptyPointerTargetsTheDocumentRoot() {
        assertThat(waiver("").targets(finding(JsonPointer.root()))).isTrue();
    }

    @Test
    void aFingerprintTargetMatchesOnlyAFindingWithThatFingerprint() {
        Waiver waiver = waiver("fp-3f2a");
        Finding located = finding(JsonPointer.of("responsibilities", 2));

        assertThat(waiver.fingerprint()).contains("fp-3f2a");
        assertThat(waiver.targets(located)).as("a finding without fingerprint").isFalse();
        assertThat(waiver.targets(located.withFingerprint("fp-3f2a"))).isTrue();
        assertThat(waiver.targets(located.withFingerprint("fp-0000"))).isFalse();
    }

    @Test
    void aPointerTargetMustBeInNormalForm() {
        assertThatThrownBy(() -> waiver("/a~2b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> waiver(" fp")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWaiverCannotExpireBeforeTheDayItWasApproved() {
        assertThatThrownBy(() -> new Waiver("acme.rule", "flood-mou", "/title", "pilot", "counsel", APPROVED,
                APPROVED.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot expire before");
        assertThat(new Waiver("acme.rule", "flood-mou", "/title", "pilot", "counsel", APPROVED, APPROVED)
                .holdsOn(APPROVED)).isTrue();
    }
}
