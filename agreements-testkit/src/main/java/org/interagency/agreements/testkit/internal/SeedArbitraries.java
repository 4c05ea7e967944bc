package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.interagency.agreements.testkit.internal.AgreementSeed.ResponsibilitySeed;

import java.util.Collections;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/** The jqwik arbitraries of seeds. */
@API(status = INTERNAL, since = "0.1")
public final class SeedArbitraries {

    // Large enough that every vocabulary list is picked from evenly, small enough to shrink fast.
    private static final int GENE_BOUND = 0xFFFF;

    private SeedArbitraries() {
    }

    /** The choices behind one element. */
    public static Arbitrary<Genes> genes() {
        return Arbitraries.integers().between(0, GENE_BOUND).list().ofSize(Genes.COUNT).map(Genes::new);
    }

    /** Between {@code min} and {@code max} elements' choices. */
    public static Arbitrary<List<Genes>> genes(int min, int max) {
        return genes().list().ofMinSize(min).ofMaxSize(max);
    }

    /** The choices behind as many responsibilities, with as many assignments each, as {@code size} says. */
    public static Arbitrary<List<ResponsibilitySeed>> responsibilities(SizeSpec size) {
        Arbitrary<ResponsibilitySeed> responsibility = Combinators
                .combine(genes(), genes(size.minAssignments() - 2, size.maxAssignments() - 2))
                .as(ResponsibilitySeed::new);
        return responsibility.list().ofMinSize(size.minResponsibilities()).ofMaxSize(size.maxResponsibilities());
    }

    /**
     * The seed of the plainest agreement of the smallest size: the first option everywhere, and as
     * few elements as {@code size} and {@link #seeds(SizeSpec)} allow.
     */
    public static AgreementSeed smallest(SizeSpec size) {
        List<Genes> one = List.of(Genes.zero());
        List<ResponsibilitySeed> responsibilities = Collections.nCopies(size.minResponsibilities(),
                new ResponsibilitySeed(Genes.zero(), Collections.nCopies(size.minAssignments() - 2, Genes.zero())));
        return new AgreementSeed(Genes.zero(), one, Collections.nCopies(size.minParties(), Genes.zero()),
                Collections.nCopies(size.minGoals(), Genes.zero()), responsibilities, one, one, one,
                Collections.nCopies(size.minProtocols(), Genes.zero()), one, one, one, one, List.of());
    }

    /** Seeds of agreements of the given size. */
    public static Arbitrary<AgreementSeed> seeds(SizeSpec size) {
        Arbitrary<List<ResponsibilitySeed>> responsibilities = responsibilities(size);
        // Combine the lists and the agreement's own genes in two groups: Combinators takes at most 8.
        Arbitrary<List<List<Genes>>> sections = Combinators.combine(List.of(
                genes(1, 1),
                genes(1, Vocabulary.AUTHORITIES.size()),
                genes(size.minParties(), size.maxParties()),
                genes(size.minGoals(), size.maxGoals()),
                genes(1, 3),
                genes(1, 2),
                genes(1, 2),
                genes(size.minProtocols(), size.maxProtocols()))).as(lists -> lists);
        Arbitrary<List<List<Genes>>> more = Combinators.combine(List.of(
                genes(1, 2),
                genes(1, 2),
                genes(1, 2),
                genes(1, 3),
                genes(0, 1))).as(lists -> lists);
        return Combinators.combine(sections, responsibilities, more).as((s, r, m) -> new AgreementSeed(
                s.get(0).get(0), s.get(1), s.get(2), s.get(3), r, s.get(4), s.get(5), s.get(6), s.get(7),
                m.get(0), m.get(1), m.get(2), m.get(3), m.get(4)));
    }
}
