package org.interagency.agreements.testkit;

import org.apiguardian.api.API;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.Goal;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.Party;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Term;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.testkit.internal.Assembler;
import org.interagency.agreements.testkit.internal.Genes;
import org.interagency.agreements.testkit.internal.PackSatisfaction;
import org.interagency.agreements.testkit.internal.SeedArbitraries;
import org.interagency.agreements.testkit.internal.SizeSpec;
import org.interagency.agreements.testkit.internal.Vocabulary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * jqwik arbitraries of agreements and their parts: the testkit's entry point.
 *
 * <pre>{@code
 * @Property
 * void everyAgreementHasAnAccountableParty(@ForAll("agreements") Agreement agreement) { … }
 *
 * @Provide
 * Arbitrary<Agreement> agreements() {
 *     return AgreementArbitraries.agreements().withParties(3, 10);
 * }
 * }</pre>
 *
 * <p><strong>Today.</strong> Some rules depend on the day of the check: an agreement in force
 * whose term has expired, a review that is overdue. Generated agreements are valid on
 * {@link #REFERENCE_DATE}: their terms are in force on it and their latest review falls within
 * one review cycle before it. Build the validator with {@link #referenceClock()} (or a clock
 * fixed at that date), or findings about time will appear as the real calendar moves on:
 * <pre>{@code
 * AgreementValidator validator = AgreementValidator.builder()
 *         .clock(AgreementArbitraries.referenceClock())
 *         .build();
 * }</pre>
 *
 * <p><strong>Versions.</strong> Most generated agreements say which version they are
 * ({@link org.interagency.agreements.Agreement#lineage()}): a version from 1 to 10 that may supersede or renew the version
 * before it; the plainest (and the edge case) says nothing.
 *
 * <p>The arbitraries build values by construction, not by filtering, so no try is wasted, and
 * they shrink towards fewer elements and the plainest vocabulary: a failing property reports an
 * agreement with two parties and one responsibility whenever the failure allows it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AgreementArbitraries {

    /**
     * The day generated agreements treat as today, 1 July 2026: check them with a validator
     * whose clock is fixed at this date ({@link #referenceClock()}).
     */
    public static final LocalDate REFERENCE_DATE = Assembler.REFERENCE_DATE;

    private AgreementArbitraries() {
    }

    /**
     * {@return a clock fixed at the start of {@link #REFERENCE_DATE}, UTC}
     */
    public static Clock referenceClock() {
        return Clock.fixed(REFERENCE_DATE.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /**
     * {@return valid agreements: they pass Bean Validation and no built-in rule reports anything
     * about them when checked with a clock at {@link #REFERENCE_DATE}}
     *
     * <p>By default 2 to 6 parties, 1 to 8 responsibilities of 2 to 5 assignments, 0 to 3
     * data-sharing protocols and 1 to 3 goals; the returned arbitrary has methods to change this.
     * Content is realistic: agencies of several levels of government with nested jurisdictions,
     * responsibilities on a tree of scopes ({@code emergency/flood/evacuation}), consulted and
     * informed parties limited to a jurisdiction or to a period inside the term, and every
     * section of the ten principles filled in.
     */
    public static AgreementArbitrary agreements() {
        return new AgreementArbitrary(SizeSpec.DEFAULT);
    }

    /**
     * Agreements that the legal pack {@code packId} governs and accepts: checked with the pack (and
     * a clock at {@link #REFERENCE_DATE}), none of its rules reports anything. Each is a valid
     * agreement made into one of the kind and with the parties the pack governs (a computer
     * matching agreement between a federal agency and another for {@code us-cma}; an Economy Act
     * order from a requesting to a servicing agency for {@code us-iaa}; a covered entity sharing
     * with its business associate for {@code us-hipaa}; a controller and its processor in Ireland
     * for {@code eu-gdpr}; personal data shared from England for {@code uk-ico-dsa}; Louisiana
     * asking Texas for equipment for {@code us-emac}), stating everything the pack's rules check, and
     * claiming the pack, so that a validator with agreements-packs on the class path runs it.
     * Rules of the principles may still report on them (a party that moves to Ireland may leave a
     * jurisdiction no assignment covers). The defects of a pack's rules ({@link Defects#of(String)})
     * are injected into these very agreements: {@link Defects#injections(String)} gives both.
     *
     * <pre>{@code
     * @Property
     * void acceptsEveryOrderThePackAccepts(@ForAll("orders") Agreement order) {
     *     assertThat(validator.validate(order).findings()).noneMatch(f -> f.ruleId().startsWith("us-iaa."));
     * }
     *
     * @Provide
     * Arbitrary<Agreement> orders() {
     *     return AgreementArbitraries.satisfying("us-iaa");
     * }
     * }</pre>
     *
     * @param packId the id of a built-in legal pack: one of {@link #satisfiablePackIds()}
     * @return agreements that satisfy that pack
     * @throws IllegalArgumentException if {@code packId} is not one of them; the message suggests
     *     the nearest and lists them all
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static Arbitrary<Agreement> satisfying(String packId) {
        Objects.requireNonNull(packId, "packId");
        if (!PackSatisfaction.packIds().contains(packId)) {
            String nearest = Messages.didYouMean(packId, PackSatisfaction.packIds())
                    .map(n -> " (did you mean " + Messages.quote(n) + "?)").orElse("");
            throw new IllegalArgumentException("no generator of agreements that satisfy the pack " + Messages.quote(packId)
                    + nearest + "; there are generators for " + String.join(", ", PackSatisfaction.packIds()));
        }
        SizeSpec size = PackSatisfaction.BASE;
        return SeedArbitraries.seeds(size).map(seed -> Assembler.assemble(seed, size.expiringTermsOnly(), size.maxAssignments()))
                .map(PackSatisfaction.satisfier(packId));
    }

    /**
     * {@return the ids of the legal packs that {@link #satisfying(String)} has agreements for, in
     * alphabetical order: every pack of agreements-packs}
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static Set<String> satisfiablePackIds() {
        return PackSatisfaction.packIds();
    }

    /**
     * {@return agency ids such as {@code county-oem} or {@code fema-region-6}}
     */
    public static Arbitrary<String> agencyIds() {
        return Arbitraries.of(Vocabulary.AGENCIES.stream().map(Vocabulary.Agency::id).toList());
    }

    /**
     * {@return lists of {@code min} to {@code max} parties with distinct agency ids, each with a
     * point of contact; a party's parent agency, if any, is an earlier party}
     *
     * @param min the fewest parties, at least 1
     * @param max the most parties, at least {@code min}
     * @throws IllegalArgumentException if {@code min} is negative or {@code max} is below {@code min}
     */
    public static Arbitrary<List<Party>> parties(int min, int max) {
        SizeSpec.check("parties", min, max, 0);
        return SeedArbitraries.genes(min, max).map(Assembler::parties);
    }

    /**
     * {@return scope paths from one tree of work: areas ({@code emergency}), sub-areas
     * ({@code emergency/flood}) and tasks ({@code emergency/flood/evacuation})}
     */
    public static Arbitrary<ScopePath> scopePaths() {
        Set<ScopePath> tree = new LinkedHashSet<>();
        for (String leaf : Vocabulary.SCOPES) {
            ScopePath path = ScopePath.parse(leaf);
            List<ScopePath> ancestors = new ArrayList<>();
            for (ScopePath p = path; p != null; p = p.parent().orElse(null)) {
                ancestors.add(0, p);
            }
            tree.addAll(ancestors);
        }
        return Arbitraries.of(List.copyOf(tree));
    }

    /**
     * {@return nested jurisdictions: {@code us}, {@code us/tx}, {@code us/tx/harris-county}, …}
     */
    public static Arbitrary<Jurisdiction> jurisdictions() {
        return Arbitraries.of(Vocabulary.JURISDICTIONS.stream().map(Jurisdiction::parse).toList());
    }

    /**
     * {@return terms in force on {@link #REFERENCE_DATE}: effective 1 to 36 months before it,
     * expiring 6 months to 4 years after it or open-ended, reviewed every 6 months, year or two
     * years}
     */
    public static Arbitrary<Term> terms() {
        return SeedArbitraries.genes().map(g -> Assembler.term(g, false));
    }

    /**
     * {@return date ranges that lie inside {@code outer}; when {@code outer} is open-ended, inside
     * its first five years}
     *
     * @param outer the range the generated ones lie in
     */
    public static Arbitrary<DateRange> dateRangesWithin(DateRange outer) {
        Objects.requireNonNull(outer, "outer");
        LocalDate last = Assembler.lastDay(new Term(outer.start(), outer.end(), null, Period.ofYears(1)));
        Arbitrary<Integer> day = Arbitraries.integers().between(0, Integer.MAX_VALUE - 1);
        return Combinators.combine(day, day).as((a, b) -> {
            LocalDate start = Assembler.dayBetween(outer.start(), last, a);
            return DateRange.of(start, Assembler.dayBetween(start, last, b));
        });
    }

    /**
     * {@return goals of the parties {@code agencyIds} during {@code term}: 1 to 3 (never more than
     * parties), each with a measure and a due date inside the term, every party contributing to
     * one} Their milestones are dropped; {@link #agreements()} generates milestones with them.
     *
     * @param term the agreement's term
     * @param agencyIds the parties' agency ids
     * @throws IllegalArgumentException if {@code agencyIds} is empty
     */
    public static Arbitrary<List<Goal>> goals(Term term, List<String> agencyIds) {
        Assembler.Parts parts = new Assembler.Parts(term, agencyIds);
        return SeedArbitraries.genes(1, 3).map(seeds -> parts.goals(seeds, new ArrayList<Milestone>()));
    }

    /**
     * {@return responsibilities of the parties {@code agencyIds} during {@code term}: 1 to 8, on
     * scopes none of which contains another, each with an accountable and a responsible party for
     * the whole territory and term (a single agency, or one handing over to another during the
     * term, or one in each of two neighbouring jurisdictions), and consulted or informed parties; 2
     * to 5 assignments each}
     *
     * @param term the agreement's term
     * @param agencyIds the parties' agency ids
     * @throws IllegalArgumentException if {@code agencyIds} is empty
     */
    public static Arbitrary<List<Responsibility>> responsibilities(Term term, List<String> agencyIds) {
        Assembler.Parts parts = new Assembler.Parts(term, agencyIds);
        return SeedArbitraries.responsibilities(SizeSpec.DEFAULT)
                .map(seeds -> parts.responsibilities(seeds, SizeSpec.DEFAULT.maxAssignments()));
    }

    /**
     * {@return communication channels among {@code agencyIds}: 1 to 3, the first reaching every
     * agency, with cadences of a week to three months}
     *
     * @param agencyIds the parties' agency ids
     * @throws IllegalArgumentException if {@code agencyIds} is empty
     */
    public static Arbitrary<List<CommunicationChannel>> channels(List<String> agencyIds) {
        Assembler.Parts parts = new Assembler.Parts(anyTerm(), agencyIds);
        return SeedArbitraries.genes(1, 3).map(parts::channels);
    }

    /**
     * {@return governance bodies of {@code agencyIds}: 1 to 3, the first seating every agency, each
     * with a chair among its members, a coherent decision rule and a quorum no larger than its
     * membership}
     *
     * @param agencyIds the parties' agency ids
     * @throws IllegalArgumentException if {@code agencyIds} is empty
     */
    public static Arbitrary<List<GovernanceBody>> governanceBodies(List<String> agencyIds) {
        Assembler.Parts parts = new Assembler.Parts(anyTerm(), agencyIds);
        return SeedArbitraries.genes(1, 3).map(parts::governanceBodies);
    }

    /**
     * {@return data-sharing protocols among {@code agencyIds}: 1 to 3, each from one agency to
     * others, encrypted in transit and at rest, with a legal basis among {@code authorityIds}, a
     * retention period, a disposal clause and a breach notification window}
     *
     * @param agencyIds the parties' agency ids
     * @param authorityIds the ids of the agreement's authorities
     * @throws IllegalArgumentException if {@code agencyIds} or {@code authorityIds} is empty
     */
    public static Arbitrary<List<DataSharingProtocol>> protocols(List<String> agencyIds, List<String> authorityIds) {
        Assembler.Parts parts = new Assembler.Parts(anyTerm(), agencyIds);
        List<String> authorities = List.copyOf(authorityIds);
        if (authorities.isEmpty()) {
            throw new IllegalArgumentException("protocols need at least one legal authority id for their legal basis; none was given");
        }
        return SeedArbitraries.genes(1, 3).map(seeds -> parts.protocols(seeds, authorities));
    }

    /**
     * {@return escalation paths through {@code bodies}: 1 to 3, each covering the scopes of
     * {@code responsibilities} or all of them, with one to three levels at distinct forums, a
     * time limit at each level and a final resolution}
     *
     * @param bodies the governance bodies the paths escalate to
     * @param responsibilities the responsibilities whose scopes the paths cover
     */
    public static Arbitrary<List<EscalationPath>> escalationPaths(List<GovernanceBody> bodies, List<Responsibility> responsibilities) {
        Assembler.Parts parts = new Assembler.Parts(anyTerm(), List.of(Vocabulary.AGENCIES.get(0).id()));
        List<GovernanceBody> bodyList = List.copyOf(bodies);
        List<Responsibility> responsibilityList = List.copyOf(responsibilities);
        return SeedArbitraries.genes(1, 3).map(seeds -> parts.escalationPaths(seeds, bodyList, responsibilityList));
    }

    private static Term anyTerm() {
        return Assembler.term(Genes.zero(), false);
    }
}
