package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Goal;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.Term;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Small edits of immutable agreements and their lists, for the defect generators. */
@API(status = INTERNAL, since = "0.1")
public final class Edits {

    private Edits() {
    }

    /** A builder that starts from {@code agreement}. */
    public static AgreementBuilder edit(Agreement agreement) {
        return AgreementBuilder.builder(agreement);
    }

    /** {@code list} with {@code value} added at the end. */
    public static <T> List<T> plus(List<T> list, T value) {
        List<T> copy = new ArrayList<>(list);
        copy.add(value);
        return copy;
    }

    /** {@code list} with the element at {@code index} replaced by {@code f} of it. */
    public static <T> List<T> update(List<T> list, int index, UnaryOperator<T> f) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, f.apply(copy.get(index)));
        return copy;
    }

    /** {@code list} with every element replaced by {@code f} of it. */
    public static <T> List<T> updateAll(List<T> list, UnaryOperator<T> f) {
        List<T> copy = new ArrayList<>(list.size());
        for (T element : list) {
            copy.add(f.apply(element));
        }
        return copy;
    }

    /** {@code list} without the elements that match {@code drop}. */
    public static <T> List<T> without(List<T> list, Predicate<? super T> drop) {
        List<T> copy = new ArrayList<>(list);
        copy.removeIf(drop);
        return copy;
    }

    /** The index {@code choice} picks in a list of {@code size} elements. */
    public static int index(int choice, int size) {
        return Math.floorMod(choice, size);
    }

    /** The id of the party {@code choice} picks. */
    public static String partyId(Agreement agreement, int choice) {
        return agreement.parties().get(index(choice, agreement.parties().size())).agencyId();
    }

    /**
     * {@code agreement} with {@code term}, and every goal, milestone, assignment period and
     * resource period that falls after the new term's last day moved to it (assignments that
     * would start after it are dropped).
     */
    public static Agreement fitTo(Agreement agreement, Term term) {
        LocalDate last = Assembler.lastDay(term);
        return edit(agreement)
                .term(term)
                .goals(updateAll(agreement.goals(), g -> new Goal(g.id(), g.statement(), g.measures(), g.contributors(),
                        g.due() == null ? null : earlier(g.due(), last))))
                .milestones(updateAll(agreement.milestones(), m -> new Milestone(m.id(), m.goalId(), m.title(),
                        earlier(m.due(), last), m.achievedOn() == null ? null : earlier(m.achievedOn(), last))))
                .responsibilities(updateAll(agreement.responsibilities(), r -> new Responsibility(r.id(), r.scope(),
                        r.description(), updateAll(
                                // An assignment that would start after the new term ends has no place in it.
                                without(r.assignments(), a -> a.period() != null && a.period().start().isAfter(last)),
                                a -> new Assignment(a.agencyId(), a.role(), a.jurisdiction(), clip(a.period(), last))))))
                .resourceCommitments(updateAll(agreement.resourceCommitments(), c -> new ResourceCommitment(c.id(),
                        c.agencyId(), c.kind(), c.description(), c.amount(), c.unit(), clip(c.period(), last))))
                .build();
    }

    /**
     * {@code agreement} with {@code term}, which takes effect earlier than the agreement's own:
     * assignment and resource periods that started with the old term start with the new one.
     */
    public static Agreement startEarlier(Agreement agreement, Term term) {
        LocalDate old = agreement.term().effective();
        return edit(agreement)
                .term(term)
                .responsibilities(updateAll(agreement.responsibilities(), r -> new Responsibility(r.id(), r.scope(),
                        r.description(), updateAll(r.assignments(), a -> new Assignment(a.agencyId(), a.role(),
                                a.jurisdiction(), restart(a.period(), old, term.effective()))))))
                .resourceCommitments(updateAll(agreement.resourceCommitments(), c -> new ResourceCommitment(c.id(),
                        c.agencyId(), c.kind(), c.description(), c.amount(), c.unit(), restart(c.period(), old, term.effective()))))
                .build();
    }

    private static @Nullable DateRange restart(@Nullable DateRange range, LocalDate old, LocalDate start) {
        return range != null && range.start().equals(old) ? new DateRange(start, range.end()) : range;
    }

    private static @Nullable DateRange clip(@Nullable DateRange range, LocalDate last) {
        if (range == null) {
            return null;
        }
        LocalDate start = earlier(range.start(), last);
        return DateRange.of(start, range.end() == null ? last : earlier(range.end(), last));
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
