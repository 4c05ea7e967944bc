package org.interagency.agreements.rules;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;

import java.util.Objects;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A fact that several rules derive alike from the agreement they check (an index of every
 * assignment, say), so that the engine derives it once per validation and hands the same value
 * to each rule that asks: {@code context.fact(ASSIGNMENTS, agreement)}.
 *
 * <p>Facts compare by identity: declare each as a constant. The derivation must return a value
 * that nobody changes afterwards, since rules share it, and it must depend on the agreement
 * alone. A context that does not share facts (a test's, say) derives a fresh value each time,
 * which gives the same result.
 *
 * <pre>{@code
 * static final SharedFact<Set<String>> PARTY_IDS = SharedFact.of("the parties' agency ids",
 *         agreement -> agreement.parties().stream().map(Party::agencyId).collect(Collectors.toUnmodifiableSet()));
 * }</pre>
 *
 * @param <T> the type of the fact
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SharedFact<T> {

    private final String name;
    private final Function<? super Agreement, ? extends T> derivation;

    private SharedFact(String name, Function<? super Agreement, ? extends T> derivation) {
        this.name = Objects.requireNonNull(name, "name");
        this.derivation = Objects.requireNonNull(derivation, "derivation");
    }

    /**
     * A fact named {@code name} (for debugging), derived by {@code derivation}.
     *
     * @param <T> the type of the fact's value
     * @param name the fact's name, shown when debugging
     * @param derivation derives the fact from an agreement; returns a value nobody changes afterwards
     * @return the fact
     */
    public static <T> SharedFact<T> of(String name, Function<? super Agreement, ? extends T> derivation) {
        return new SharedFact<>(name, derivation);
    }

    /**
     * {@return the fact derived from {@code agreement}, afresh}
     *
     * @param agreement the agreement the fact is about
     */
    public T derive(Agreement agreement) {
        return derivation.apply(Objects.requireNonNull(agreement, "agreement"));
    }

    /** The fact's name. */
    @Override
    public String toString() {
        return name;
    }
}
