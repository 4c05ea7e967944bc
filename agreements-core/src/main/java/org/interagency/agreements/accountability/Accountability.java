package org.interagency.agreements.accountability;

import org.apiguardian.api.API;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.ScopePath;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The answer of the {@link AccountabilityIndex} for one scope, jurisdiction and day.
 *
 * <p>{@link #status()} says which of three answers it is: one agency is
 * {@linkplain Status#ACCOUNTABLE accountable}; nobody is (a {@linkplain Status#GAP gap}); or
 * several agencies are (an {@linkplain Status#OVERLAP overlap}). With a gap,
 * {@link #nearestScope()} names the nearest scope, this one or an enclosing one, for which some
 * agency is accountable on that day somewhere else, with those assignments in
 * {@link #nearest()}: who to call while the gap is closed.
 *
 * @param scope the scope asked about
 * @param jurisdiction the jurisdiction asked about
 * @param on the day asked about
 * @param answers every accountable assignment that applies, in portfolio order (agreements as
 *     given to the index, then responsibilities and assignments in document order)
 * @param nearestScope with a gap, the nearest scope with an accountable agency on that day in
 *     another jurisdiction; {@code null} otherwise, or if there is none
 * @param nearest the assignments accountable for {@code nearestScope} on that day, in portfolio
 *     order; empty without a nearest scope
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Accountability(
        ScopePath scope,
        Jurisdiction jurisdiction,
        LocalDate on,
        List<AccountableAssignment> answers,
        @Nullable ScopePath nearestScope,
        List<AccountableAssignment> nearest) {

    /** The three kinds of answer. */
    @API(status = EXPERIMENTAL, since = "0.1")
    public enum Status {
        /** Exactly one agency is accountable (perhaps under several agreements or responsibilities). */
        ACCOUNTABLE,
        /** No agency is accountable. */
        GAP,
        /** Two or more agencies are accountable for the same work, place and day. */
        OVERLAP
    }

    /**
     * Checks the parts and copies the lists.
     *
     * @param scope the scope asked about; not {@code null}
     * @param jurisdiction the jurisdiction asked about; not {@code null}
     * @param on the day asked about; not {@code null}
     * @param answers every accountable assignment that applies, in portfolio order; empty for a
     *     gap; copied, so later changes to the list passed in do not show
     * @param nearestScope with a gap, the nearest scope with an accountable agency on that day in
     *     another jurisdiction; {@code null} when there are answers, or when no scope has one
     * @param nearest the assignments accountable for {@code nearestScope} on that day; empty
     *     exactly when {@code nearestScope} is {@code null}; copied
     * @throws NullPointerException if {@code scope}, {@code jurisdiction}, {@code on}, a list or
     *     an element of one is {@code null}
     * @throws IllegalArgumentException if there are answers and also a nearest scope or nearest
     *     assignments, or if {@code nearestScope} comes without {@code nearest} or the other way
     *     round
     */
    public Accountability {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(on, "on");
        answers = List.copyOf(answers);
        nearest = List.copyOf(nearest);
        if (!answers.isEmpty() && (nearestScope != null || !nearest.isEmpty())) {
            throw new IllegalArgumentException("only a gap has a nearest accountable scope");
        }
        if ((nearestScope == null) != nearest.isEmpty()) {
            throw new IllegalArgumentException("a nearest scope comes with the assignments accountable for it");
        }
    }

    /**
     * Which kind of answer this is.
     *
     * @return {@link Status#GAP} without answers, {@link Status#ACCOUNTABLE} when they name one
     *     agency, {@link Status#OVERLAP} when they name several
     */
    public Status status() {
        return switch (agencies().size()) {
            case 0 -> Status.GAP;
            case 1 -> Status.ACCOUNTABLE;
            default -> Status.OVERLAP;
        };
    }

    /**
     * The accountable agencies, sorted by id.
     *
     * @return the distinct agency ids of the answers
     */
    public List<String> agencies() {
        TreeSet<String> agencies = new TreeSet<>();
        answers.forEach(a -> agencies.add(a.agencyId()));
        return List.copyOf(agencies);
    }

    /**
     * The nearest scope with an accountable agency elsewhere, with a gap.
     *
     * @return {@link #nearestScope()}, if there is one
     */
    public Optional<ScopePath> nearestAccountableScope() {
        return Optional.ofNullable(nearestScope);
    }
}
