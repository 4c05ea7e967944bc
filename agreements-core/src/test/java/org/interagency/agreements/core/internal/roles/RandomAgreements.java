package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Term;
import org.interagency.agreements.core.TestAgreements;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Random agreements dense in overlaps: scopes and jurisdictions from two-letter alphabets, so
 * that equal, nested and neighbouring codes are all common; scopes up to 5 deep; periods open or
 * closed, or absent; terms closed or open-ended; agencies from five parties and one stranger.
 */
final class RandomAgreements {

    private static final LocalDate BASE = LocalDate.of(2025, 1, 1);
    static final List<String> AGENCIES = List.of("a0", "a1", "a2", "a3", "a4");

    private RandomAgreements() {
    }

    static Arbitrary<ScopePath> scopes() {
        return Arbitraries.of("a", "b").list().ofMinSize(1).ofMaxSize(5).map(ScopePath::new);
    }

    static Arbitrary<Jurisdiction> jurisdictions() {
        return Arbitraries.of("x", "y").list().ofMinSize(1).ofMaxSize(3).map(Jurisdiction::new);
    }

    static Arbitrary<DateRange> periods() {
        return Combinators.combine(Arbitraries.integers().between(0, 1800), Arbitraries.integers().between(0, 700),
                Arbitraries.integers().between(0, 4)).as((start, length, shape) -> shape == 0
                        ? DateRange.from(BASE.plusDays(start))
                        : DateRange.of(BASE.plusDays(start), BASE.plusDays(start + length)));
    }

    static Arbitrary<Assignment> assignments() {
        Arbitrary<String> agencies = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(10, Arbitraries.of(AGENCIES)), net.jqwik.api.Tuple.of(1, Arbitraries.just("stranger")));
        Arbitrary<RaciRole> roles = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(5, RaciRole.ACCOUNTABLE), net.jqwik.api.Tuple.of(4, RaciRole.RESPONSIBLE),
                net.jqwik.api.Tuple.of(1, RaciRole.CONSULTED), net.jqwik.api.Tuple.of(1, RaciRole.INFORMED));
        return Combinators.combine(agencies, roles, jurisdictions().injectNull(0.35), periods().injectNull(0.4))
                .as(Assignment::new);
    }

    static Arbitrary<Term> terms() {
        return Arbitraries.of(
                new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null, Period.ofYears(1)),
                new Term(LocalDate.of(2026, 1, 1), null, null, Period.ofYears(1)));
    }

    static Arbitrary<Agreement> agreements() {
        Arbitrary<List<List<Assignment>>> work = assignments().list().ofMinSize(1).ofMaxSize(6).list().ofMinSize(1).ofMaxSize(10);
        Arbitrary<List<ScopePath>> scopes = scopes().list().ofSize(10);
        return Combinators.combine(terms(), work, scopes).as((term, lists, scopePaths) -> {
            List<Responsibility> responsibilities = new ArrayList<>();
            for (int r = 0; r < lists.size(); r++) {
                responsibilities.add(new Responsibility("r" + r, scopePaths.get(r), "Work " + r + ".", lists.get(r)));
            }
            var builder = TestAgreements.floodMou().parties(List.of()).term(term).responsibilities(responsibilities);
            for (String agency : AGENCIES) {
                builder.addParties(TestAgreements.party(agency, "Agency " + agency, "x"));
            }
            return builder.build();
        });
    }
}
