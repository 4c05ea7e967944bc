package org.interagency.agreements.rules;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FindingTest {

    private static final JsonPointer TITLE = JsonPointer.of("title");

    private static Waiver waiver(String ruleId, LocalDate expires) {
        return new Waiver(ruleId, "flood-mou", "/title", "accepted for the pilot", "counsel@county.gov", LocalDate.of(2026, 1, 1), expires);
    }

    @Test
    void aLateMessageIsWrittenOnceWhenFirstReadAndKeptByCopies() {
        AtomicInteger calls = new AtomicInteger();
        Supplier<String> message = () -> "written " + calls.incrementAndGet();
        Finding finding = new Finding("acme.late", Severity.INFO, message, TITLE, List.of(), null);

        assertThat(calls).hasValue(0);
        assertThat(finding.message()).isEqualTo("written 1");
        assertThat(finding.message()).isEqualTo("written 1");
        assertThat(finding.withSeverity(Severity.ERROR).message()).isEqualTo("written 1");
        assertThat(calls).hasValue(1);
    }

    @Test
    void aLateMessageEqualsTheSameTextGivenAtOnce() {
        Finding late = new Finding("acme.late", Severity.INFO, () -> "same text", TITLE, List.of(), "hint");
        Finding early = new Finding("acme.late", Severity.INFO, "same text", TITLE, List.of(), "hint");

        assertThat(late).isEqualTo(early).hasSameHashCodeAs(early);
        assertThat(late.compareTo(early)).isZero();
        assertThat(late).hasToString("INFO acme.late /title: same text");
    }

    @Test
    void aMessageSupplierThatThrowsGivesATextThatSaysSoInsteadOfThrowingWhenPrinted() {
        Finding finding = new Finding("acme.late", Severity.INFO, () -> {
            throw new IllegalStateException("gone");
        }, TITLE, List.of(), null);

        assertThat(finding.message()).startsWith("(rule acme.late failed to write this message:").contains("gone");
    }

    @Test
    void aWaivedFindingIsTheSameFindingMarkedAndUnwaivingGivesItBack() {
        Finding active = new Finding("acme.rule", Severity.ERROR, "wrong", TITLE, List.of(), null);
        Finding waived = active.withWaiver(waiver("acme.rule", LocalDate.of(2027, 6, 30)));

        assertThat(waived.isWaived()).isTrue();
        assertThat(active.isWaived()).isFalse();
        assertThat(waived).isNotEqualTo(active);
        assertThat(waived.withWaiver(null)).isEqualTo(active);
        assertThatThrownBy(() -> active.withWaiver(waiver("acme.other", LocalDate.of(2027, 6, 30))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acme.other");
    }

    @Test
    void theEnginesAdditionsArePartOfTheValueButComeLastInTheOrder() {
        Finding plain = new Finding("acme.rule", Severity.ERROR, "wrong", TITLE, List.of(), null);
        Finding cited = plain.withCitations(List.of(Citation.of("45 CFR", "164.504(e)(2)"))).withFingerprint("ab12");
        Finding earlierLocation = new Finding("acme.rule", Severity.ERROR, "wrong", JsonPointer.of("id"), List.of(), null)
                .withFingerprint("ff");

        assertThat(cited).isNotEqualTo(plain);
        assertThat(cited.citations()).extracting(Citation::text).containsExactly("45 CFR 164.504(e)(2)");
        List<Finding> sorted = new ArrayList<>(List.of(cited, plain, earlierLocation));
        Collections.sort(sorted);
        assertThat(sorted).containsExactly(earlierLocation, plain, cited);
    }

    @Test
    void aFindingReportedInOneStepIsTheFindingStampedStepByStep() {
        List<Citation> citations = List.of(Citation.of("45 CFR", "164.504(e)(2)"));
        List<JsonPointer> related = new ArrayList<>(List.of(JsonPointer.of("id")));
        AtomicInteger fingerprinted = new AtomicInteger();
        Function<Finding, String> fingerprinter = finding -> {
            fingerprinted.incrementAndGet();
            return finding.ruleId() + " at " + finding.location() + " with " + finding.related();
        };

        Finding inOneStep = Finding.reported("acme.rule", Severity.ERROR, () -> "wrong", TITLE, related, "fix it",
                citations, fingerprinter);
        Finding stepByStep = new Finding("acme.rule", Severity.ERROR, "wrong", TITLE, List.of(JsonPointer.of("id")), "fix it")
                .withCitations(citations).withFingerprintFrom(fingerprinter);
        related.clear();

        assertThat(fingerprinted).hasValue(0);
        assertThat(inOneStep).isEqualTo(stepByStep).hasSameHashCodeAs(stepByStep);
        assertThat(inOneStep.compareTo(stepByStep)).isZero();
        assertThat(inOneStep.related()).containsExactly(JsonPointer.of("id"));
        assertThat(inOneStep.fingerprint()).isEqualTo("acme.rule at /title with [/id]");
        assertThat(Finding.reported("acme.rule", Severity.ERROR, "wrong", TITLE, List.of(JsonPointer.of("id")), "fix it",
                citations, fingerprinter)).isEqualTo(stepByStep);
    }

    /** The order is total and agrees with equals: distinct findings never compare as equal. */
    @Property
    void theOrderAgreesWithEquals(@ForAll boolean waived, @ForAll boolean cited, @ForAll boolean fingerprinted,
            @ForAll boolean waived2, @ForAll boolean cited2, @ForAll boolean fingerprinted2) {
        Finding a = variant(waived, cited, fingerprinted);
        Finding b = variant(waived2, cited2, fingerprinted2);

        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
    }

    private static Finding variant(boolean waived, boolean cited, boolean fingerprinted) {
        Finding finding = new Finding("acme.rule", Severity.ERROR, "wrong", TITLE, List.of(), null);
        if (waived) {
            finding = finding.withWaiver(waiver("acme.rule", LocalDate.of(2027, 1, 1)));
        }
        if (cited) {
            finding = finding.withCitations(List.of(new Citation("5 U.S.C. 552a", "(o)", URI.create("https://example.gov/"))));
        }
        return fingerprinted ? finding.withFingerprint("0123") : finding;
    }
}
