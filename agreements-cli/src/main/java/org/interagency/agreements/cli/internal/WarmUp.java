package org.interagency.agreements.cli.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Term;
import org.interagency.agreements.core.AgreementValidator;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Starts the validator's one-time costs (loading and initialising Hibernate Validator and the
 * rules: most of a cold start) on a background thread, while the command reads and parses the
 * documents on another. On two cores the start-up then costs about the longer of the two rather
 * than their sum.
 */
public final class WarmUp {

    private WarmUp() {
    }

    /** Validates a small agreement with {@code validator} on a daemon thread, and returns at once. */
    public static void start(AgreementValidator validator) {
        Thread thread = new Thread(() -> {
            try {
                validator.validate(sample());
            } catch (RuntimeException e) {
                // Only a warm-up: the real validation reports whatever goes wrong.
            }
        }, "agreements-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static Agreement sample() {
        List<Party> parties = List.of(
                new Party("county", "County", Jurisdiction.parse("us/tx/county"), null, List.of(PartyRole.LEAD), List.of()),
                new Party("state", "State", Jurisdiction.parse("us/tx"), null, List.of(PartyRole.SUPPORTING), List.of()));
        Responsibility work = new Responsibility("work", ScopePath.parse("emergency/flood"), "The work.",
                List.of(Assignment.of("county", RaciRole.ACCOUNTABLE), Assignment.of("state", RaciRole.RESPONSIBLE)));
        return AgreementBuilder.builder()
                .schemaVersion(Agreement.SCHEMA_VERSION)
                .id("warm-up")
                .title("Warm-up")
                .kind(AgreementKind.OTHER)
                .status(AgreementStatus.DRAFT)
                .term(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null, Period.ofYears(1)))
                .parties(parties)
                .responsibilities(List.of(work))
                .build();
    }
}
