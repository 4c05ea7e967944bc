package org.interagency.agreements.testkit;

import org.apiguardian.api.API;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCases;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.testkit.internal.Assembler;
import org.interagency.agreements.testkit.internal.SeedArbitraries;
import org.interagency.agreements.testkit.internal.SizeSpec;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The arbitrary of valid agreements, with methods to tune their size. Get one from
 * {@link AgreementArbitraries#agreements()}:
 * <pre>{@code
 * Arbitrary<Agreement> large = AgreementArbitraries.agreements()
 *         .withParties(5, 12)
 *         .withResponsibilities(10, 40)
 *         .withProtocols(1, 4);
 * }</pre>
 *
 * <p>Every {@code with…} method returns a new arbitrary; instances are immutable and can be
 * shared. The generated agreements are valid as described in
 * {@link AgreementArbitraries#agreements()} whatever the size.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AgreementArbitrary extends ArbitraryDecorator<Agreement> {

    private final SizeSpec size;

    AgreementArbitrary(SizeSpec size) {
        this.size = size;
    }

    /**
     * Agreements with {@code min} to {@code max} parties (by default 2 to 6).
     *
     * @param min the fewest, at least 0
     * @param max the most, at least {@code min}
     * @return a copy of this arbitrary with that setting
     * @throws IllegalArgumentException if {@code min} is below 2 (a valid agreement has two
     *     parties) or {@code max} is below {@code min}
     */
    public AgreementArbitrary withParties(int min, int max) {
        SizeSpec.check("parties", min, max, 2);
        return new AgreementArbitrary(size.withParties(min, max));
    }

    /**
     * Agreements with {@code min} to {@code max} responsibilities (by default 1 to 8).
     *
     * @param min the fewest, at least 0
     * @param max the most, at least {@code min}
     * @return a copy of this arbitrary with that setting
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} is below {@code min}
     */
    public AgreementArbitrary withResponsibilities(int min, int max) {
        SizeSpec.check("responsibilities", min, max, 0);
        return new AgreementArbitrary(size.withResponsibilities(min, max));
    }

    /**
     * Agreements whose responsibilities have {@code min} to {@code max} assignments each (by
     * default 2 to 5): one accountable, one responsible, and consulted or informed parties.
     *
     * @param min the fewest, at least 0
     * @param max the most, at least {@code min}
     * @return a copy of this arbitrary with that setting
     * @throws IllegalArgumentException if {@code min} is below 2 or {@code max} is below {@code min}
     */
    public AgreementArbitrary withAssignmentsPerResponsibility(int min, int max) {
        SizeSpec.check("assignments", min, max, 2);
        return new AgreementArbitrary(size.withAssignments(min, max));
    }

    /**
     * Agreements with {@code min} to {@code max} data-sharing protocols (by default 0 to 3).
     *
     * @param min the fewest, at least 0
     * @param max the most, at least {@code min}
     * @return a copy of this arbitrary with that setting
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} is below {@code min}
     */
    public AgreementArbitrary withProtocols(int min, int max) {
        SizeSpec.check("protocols", min, max, 0);
        return new AgreementArbitrary(size.withProtocols(min, max));
    }

    /**
     * Agreements with {@code min} to {@code max} goals (by default 1 to 3); never more goals
     * than parties, since each party contributes to one.
     *
     * @param min the fewest, at least 0
     * @param max the most, at least {@code min}
     * @return a copy of this arbitrary with that setting
     * @throws IllegalArgumentException if {@code min} is below 1 or {@code max} is below {@code min}
     */
    public AgreementArbitrary withGoals(int min, int max) {
        SizeSpec.check("goals", min, max, 1);
        return new AgreementArbitrary(size.withGoals(min, max));
    }

    /**
     * Agreements whose term always has an expiry date (by default one in four is open-ended).
     *
     * @return a copy of this arbitrary with that setting
     */
    public AgreementArbitrary withExpiringTermsOnly() {
        return new AgreementArbitrary(size.withExpiringTermsOnly(true));
    }

    @Override
    protected Arbitrary<Agreement> arbitrary() {
        return SeedArbitraries.seeds(size).map(seed -> Assembler.assemble(seed, size.expiringTermsOnly(), size.maxAssignments()));
    }

    /**
     * One edge case, which jqwik tries early: the plainest agreement of the smallest size (by
     * default two parties, one responsibility with an accountable and a responsible party, one
     * goal, no data-sharing protocol).
     */
    @Override
    public EdgeCases<Agreement> edgeCases(int maxEdgeCases) {
        if (maxEdgeCases < 1) {
            return EdgeCases.none();
        }
        return EdgeCases.fromSupplier(() -> Shrinkable.unshrinkable(
                Assembler.assemble(SeedArbitraries.smallest(size), size.expiringTermsOnly(), size.maxAssignments())));
    }

    @Override
    public String toString() {
        return "AgreementArbitrary" + size;
    }
}
