package org.interagency.agreements.testkit;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.accountability.Accountability;
import org.interagency.agreements.accountability.AccountabilityIndex;
import org.interagency.agreements.accountability.AccountableAssignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accountability index answers every question exactly as a scan of every assignment of the
 * portfolio does, on random portfolios (the testkit's agreements) and random questions, many of
 * them about the scopes, jurisdictions and days the portfolio names.
 */
class AccountabilityIndexProperties {

    /** A portfolio, and questions about it. */
    record Case(List<Agreement> portfolio, List<Question> questions) {
    }

    /** One question to the index. */
    record Question(ScopePath scope, Jurisdiction jurisdiction, LocalDate day) {
    }

    @Property(tries = 200)
    void indexAgreesWithAScanOfEveryAssignment(@ForAll("cases") Case c) {
        AccountabilityIndex index = AccountabilityIndex.of(c.portfolio());
        for (Question q : c.questions()) {
            Accountability answer = index.accountable(q.scope(), q.jurisdiction(), q.day());
            List<String> expected = scan(c.portfolio(), q);
            assertThat(answer.answers()).extracting(AccountabilityIndexProperties::name)
                    .as("accountable for %s", q).containsExactlyElementsOf(expected);
            assertThat(answer.status()).isEqualTo(expectedStatus(c.portfolio(), q));
            Statistics.label("status").collect(answer.status());
            Statistics.label("gap with a nearest scope").collect(answer.nearestScope() != null);
            if (expected.isEmpty()) {
                Nearest nearest = nearestByScan(c.portfolio(), q);
                assertThat(answer.nearestScope()).as("nearest for %s", q).isEqualTo(nearest.scope());
                assertThat(answer.nearest()).extracting(AccountabilityIndexProperties::name)
                        .containsExactlyElementsOf(nearest.names());
            } else {
                assertThat(answer.nearestScope()).isNull();
            }
        }
        // Not vacuous: the questions reach every kind of answer.
        Statistics.label("status").coverage(checker -> {
            for (Accountability.Status status : Accountability.Status.values()) {
                checker.check(status).percentage(p -> p > 2);
            }
        });
        Statistics.label("gap with a nearest scope").coverage(checker -> checker.check(true).percentage(p -> p > 1));
    }

    @Property(tries = 50)
    void theOrderOfThePortfolioDecidesOnlyTheOrderOfAnswers(@ForAll("cases") Case c) {
        List<Agreement> reversed = new ArrayList<>(c.portfolio());
        java.util.Collections.reverse(reversed);
        AccountabilityIndex index = AccountabilityIndex.of(c.portfolio());
        AccountabilityIndex other = AccountabilityIndex.of(reversed);
        for (Question q : c.questions()) {
            assertThat(other.accountable(q.scope(), q.jurisdiction(), q.day()).answers())
                    .containsExactlyInAnyOrderElementsOf(index.accountable(q.scope(), q.jurisdiction(), q.day()).answers());
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return AgreementArbitraries.agreements().withResponsibilities(1, 6).withAssignmentsPerResponsibility(2, 5)
                .list().ofMinSize(1).ofMaxSize(4)
                .flatMap(portfolio -> questions(portfolio).list().ofMinSize(1).ofMaxSize(20)
                        .map(questions -> new Case(portfolio, questions)));
    }

    /** Questions about anything, and (more often) about what the portfolio names, a level deeper or not. */
    private static Arbitrary<Question> questions(List<Agreement> portfolio) {
        List<ScopePath> scopes = new ArrayList<>();
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (Agreement agreement : portfolio) {
            days.add(agreement.term().effective());
            if (agreement.term().expires() != null) {
                days.add(agreement.term().expires());
                days.add(agreement.term().expires().plusDays(1));
            }
            for (Responsibility responsibility : agreement.responsibilities()) {
                scopes.add(responsibility.scope());
                scopes.add(responsibility.scope().child("deeper"));
                for (Assignment assignment : responsibility.assignments()) {
                    if (assignment.jurisdiction() != null) {
                        jurisdictions.add(assignment.jurisdiction());
                        jurisdictions.add(new Jurisdiction(List.of(assignment.jurisdiction().segments().get(0))));
                    }
                    if (assignment.period() != null) {
                        days.add(assignment.period().start());
                        days.add(assignment.period().start().minusDays(1));
                        if (assignment.period().end() != null) {
                            days.add(assignment.period().end());
                            days.add(assignment.period().end().plusDays(1));
                        }
                    }
                }
            }
        }
        Arbitrary<ScopePath> scope = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, AgreementArbitraries.scopePaths()), net.jqwik.api.Tuple.of(3, Arbitraries.of(scopes)));
        Arbitrary<Jurisdiction> jurisdiction = jurisdictions.isEmpty() ? AgreementArbitraries.jurisdictions()
                : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, AgreementArbitraries.jurisdictions()),
                        net.jqwik.api.Tuple.of(3, Arbitraries.of(jurisdictions)));
        LocalDate from = AgreementArbitraries.REFERENCE_DATE.minusYears(3);
        Arbitrary<LocalDate> anyDay = Arbitraries.integers().between(0, 365 * 10).map(from::plusDays);
        Arbitrary<LocalDate> day = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, anyDay),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(days)));
        return Combinators.combine(scope, jurisdiction, day).as(Question::new);
    }

    /** Every ACCOUNTABLE assignment that applies to {@code q}, named, in portfolio order: the oracle. */
    private static List<String> scan(List<Agreement> portfolio, Question q) {
        List<String> names = new ArrayList<>();
        forEachAccountable(portfolio, q.day(), (agreement, r, a, responsibility, assignment) -> {
            boolean scope = responsibility.scope().contains(q.scope());
            boolean place = assignment.jurisdiction() == null || assignment.jurisdiction().contains(q.jurisdiction());
            if (scope && place) {
                names.add(name(agreement, r, a, assignment));
            }
        });
        return names;
    }

    private static Accountability.Status expectedStatus(List<Agreement> portfolio, Question q) {
        java.util.Set<String> agencies = new java.util.HashSet<>();
        forEachAccountable(portfolio, q.day(), (agreement, r, a, responsibility, assignment) -> {
            if (responsibility.scope().contains(q.scope())
                    && (assignment.jurisdiction() == null || assignment.jurisdiction().contains(q.jurisdiction()))) {
                agencies.add(assignment.agencyId());
            }
        });
        return agencies.isEmpty() ? Accountability.Status.GAP
                : agencies.size() == 1 ? Accountability.Status.ACCOUNTABLE : Accountability.Status.OVERLAP;
    }

    record Nearest(ScopePath scope, List<String> names) {
    }

    /** The deepest of {@code q}'s scope and its ancestors with an accountable assignment that day, anywhere. */
    private static Nearest nearestByScan(List<Agreement> portfolio, Question q) {
        for (ScopePath s = q.scope(); s != null; s = s.parent().orElse(null)) {
            ScopePath candidate = s;
            List<String> names = new ArrayList<>();
            forEachAccountable(portfolio, q.day(), (agreement, r, a, responsibility, assignment) -> {
                if (responsibility.scope().equals(candidate)) {
                    names.add(name(agreement, r, a, assignment));
                }
            });
            if (!names.isEmpty()) {
                return new Nearest(candidate, names);
            }
        }
        return new Nearest(null, List.of());
    }

    interface Visitor {
        void visit(Agreement agreement, int r, int a, Responsibility responsibility, Assignment assignment);
    }

    /** Every ACCOUNTABLE assignment in force on {@code day}: within its period and its agreement's term. */
    private static void forEachAccountable(List<Agreement> portfolio, LocalDate day, Visitor visitor) {
        for (Agreement agreement : portfolio) {
            LocalDate effective = agreement.term().effective();
            LocalDate expires = agreement.term().expires();
            boolean inTerm = !day.isBefore(effective) && (expires == null || !day.isAfter(expires));
            if (expires != null && expires.isBefore(effective) || !inTerm) {
                continue;
            }
            for (int r = 0; r < agreement.responsibilities().size(); r++) {
                Responsibility responsibility = agreement.responsibilities().get(r);
                for (int a = 0; a < responsibility.assignments().size(); a++) {
                    Assignment assignment = responsibility.assignments().get(a);
                    DateRange period = assignment.period();
                    if (assignment.role() == RaciRole.ACCOUNTABLE && (period == null || period.contains(day))) {
                        visitor.visit(agreement, r, a, responsibility, assignment);
                    }
                }
            }
        }
    }

    private static String name(Agreement agreement, int r, int a, Assignment assignment) {
        return agreement.id() + " /responsibilities/" + r + "/assignments/" + a + " " + assignment.agencyId();
    }

    private static String name(AccountableAssignment assignment) {
        return assignment.agreementId() + " " + assignment.pointer() + " " + assignment.agencyId();
    }
}
