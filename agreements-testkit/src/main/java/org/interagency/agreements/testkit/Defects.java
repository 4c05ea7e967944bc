package org.interagency.agreements.testkit;

import org.interagency.agreements.rules.Messages;
import org.apiguardian.api.API;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.testkit.internal.Assembler;
import org.interagency.agreements.testkit.internal.DefectCatalogue;
import org.interagency.agreements.testkit.internal.DefectCatalogue.Defect;
import org.interagency.agreements.testkit.internal.SeedArbitraries;
import org.interagency.agreements.testkit.internal.SizeSpec;
import org.interagency.agreements.testkit.internal.Text;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Agreements with a chosen defect: for each built-in rule, and for the rules of the legal packs
 * ({@link #pack(String)}), agreements on which that rule fires.
 *
 * <pre>{@code
 * @Property(tries = 50)
 * void overlapsAreReported(@ForAll("overlaps") Agreement agreement) {
 *     assertThat(validator.validate(agreement)).hasFinding("roles.accountable-overlap");
 * }
 *
 * @Provide
 * Arbitrary<Agreement> overlaps() {
 *     return Defects.of("roles.accountable-overlap");
 * }
 * }</pre>
 *
 * <p>Each generator starts from a valid agreement (see {@link AgreementArbitraries#agreements()})
 * and makes one edit: adds a second accountable agency, removes a party's contacts, drops the
 * encryption of a protocol that shares personal data, and so on. Usually the chosen rule is the
 * only one that fires; where the edit cannot avoid breaking another rule too,
 * {@link #companions(String)} names it. As for valid agreements, check with a validator whose
 * clock is at {@link AgreementArbitraries#REFERENCE_DATE}.
 *
 * <p>{@link org.interagency.agreements.rules.Finding#BEAN_VALIDATION_RULE_ID model.constraint}
 * has a generator too: agreements that violate a Bean Validation constraint.
 *
 * <p>Of the legal packs, every rule has a generator; {@code us-cma.renewal-without-change}, which
 * compares two versions, has one in {@link #versionsOf(String)} instead, and {@code
 * us-iaa.order-within-gtc}, which checks an order with the general terms and conditions it names
 * (two documents), one in {@link #portfoliosOf(String)}. Every defect of a pack's
 * rule is injected into an agreement that satisfies the whole pack (one of {@link
 * AgreementArbitraries#satisfying(String)}); {@link #injections(String)} gives that agreement too.
 * For {@code us-cma}, {@code us-hipaa} and {@code us-iaa} the rule broken is then the only rule of
 * its pack that fires; a defect of {@code eu-gdpr}, {@code uk-ico-dsa} or {@code us-emac} may
 * change the parties' roles as well (joint controllers instead of a controller and its processor,
 * an assisting state that sends personnel), so that other rules of the pack fire too.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Defects {

    // Which element an edit picks (party, goal, protocol…), read modulo the number of elements.
    private static final int CHOICES = 1 << 12;

    private Defects() {
    }

    /**
     * {@return the ids of the rules that have a defect generator, in alphabetical order}
     */
    public static Set<String> ruleIds() {
        return DefectCatalogue.defects().keySet();
    }

    /**
     * Agreements on which the rule {@code ruleId} fires.
     *
     * @param ruleId the id of a rule that {@link #ruleIds()} lists
     * @return agreements with that rule's defect
     * @throws IllegalArgumentException if there is no generator for {@code ruleId}; the message
     *     lists the ids there are
     */
    public static Arbitrary<Agreement> of(String ruleId) {
        Defect defect = defect(ruleId);
        return Combinators.combine(valid(defect.base()), Arbitraries.integers().between(0, CHOICES)).as(defect.edit()::apply);
    }

    /**
     * The agreements of {@link #of(String)}, each with the agreement it was made from: the defect
     * injected, and the agreement before the injection. Checked as the defective one is, the agreement
     * before has no finding of the rule {@code ruleId}. For the rules of a legal pack it claims the
     * pack, falls under it and satisfies every rule of it (as {@link
     * AgreementArbitraries#satisfying(String)} makes them), and the defect then breaks what its rule
     * checks; for the rules of the principles it is the valid agreement the edit starts from. One rule has no agreement before: the agreements of {@code
     * parties.too-few} are generated with a single party rather than edited, so for it {@code
     * before} is {@code after}.
     *
     * <pre>{@code
     * @Property
     * void aDefectInjectedIsADefectFound(@ForAll("verification") Defects.Injection injection) {
     *     assertThat(validator.validate(injection.before())).hasNoFindingOf("us-cma.verification");
     *     assertThat(validator.validate(injection.after())).hasFinding("us-cma.verification");
     * }
     * }</pre>
     *
     * @param ruleId the id of a rule that {@link #ruleIds()} lists
     * @return pairs of agreements, before and after the defect
     * @throws IllegalArgumentException if there is no generator for {@code ruleId}; the message
     *     lists the ids there are
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static Arbitrary<Injection> injections(String ruleId) {
        Defect defect = defect(ruleId);
        return Combinators.combine(valid(defect.base()), Arbitraries.integers().between(0, CHOICES))
                .as((agreement, choice) -> new Injection(defect.before().apply(agreement), defect.edit().apply(agreement, choice)));
    }

    /**
     * An agreement with a defect, and the agreement it was made from; made by {@link
     * #injections(String)}.
     *
     * @param before the agreement before the defect was injected, on which the rule does not fire
     *     (save for the one exception {@link #injections(String)} names)
     * @param after the same agreement with the defect, on which the rule fires
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Injection(Agreement before, Agreement after) {

        /**
         * Checks that both agreements are present.
         *
         * @param before the agreement before the defect was injected, on which the rule does not
         *     fire (save for the one exception {@link #injections(String)} names)
         * @param after the same agreement with the defect, on which the rule fires
         */
        public Injection {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /**
     * {@return the legal pack whose rule {@code ruleId} is ({@code us-cma} for {@code
     * us-cma.verification}), or empty for a rule of the principles} The agreements of {@link
     * #of(String)} for a pack's rule claim that pack, so that a validator that knows it (with
     * agreements-packs on the class path) runs it. Those of {@code us-cma}, {@code us-hipaa} and
     * {@code us-iaa} state everything else the pack requires; those of the other packs start from
     * an agreement that does, but their edit may make other rules of the pack fire as well.
     *
     * @param ruleId the id of a rule
     * @throws IllegalArgumentException if there is no generator for {@code ruleId}
     */
    public static Optional<String> pack(String ruleId) {
        String pack = defect(ruleId).pack();
        return pack.isEmpty() ? Optional.empty() : Optional.of(pack);
    }

    /**
     * {@return the rules that may fire besides {@code ruleId} on the agreements of {@link
     * #of(String)}, because the defect cannot be made without breaking them as well (an agreement
     * with a single party has no second agency to train or to build trust with); usually none}
     *
     * @param ruleId the id of a rule that {@link #ruleIds()} lists
     * @throws IllegalArgumentException if there is no generator for {@code ruleId}
     */
    public static Set<String> companions(String ruleId) {
        return defect(ruleId).companions();
    }

    /**
     * The ids of the rules that have a generator of {@linkplain #versionsOf(String) two versions},
     * in alphabetical order: rules that compare a document with the version it follows, such as
     * {@code us-cma.renewal-without-change}.
     *
     * @return the rule ids, each one {@link #versionsOf(String)} accepts
     */
    public static Set<String> versionRuleIds() {
        // The catalogue's map promises no order; the Javadoc promises alphabetical.
        return Collections.unmodifiableSortedSet(new TreeSet<>(DefectCatalogue.versionDefects().keySet()));
    }

    /**
     * Two versions of an agreement on which the rule {@code ruleId} fires when the later one is
     * checked with the earlier one ({@code validator.validate(v.current(), v.previous())}), and
     * only then: for {@code us-cma.renewal-without-change}, a computer matching agreement and its
     * renewal with one material change of the program (a new legal authority, a data-sharing
     * purpose reworded, or a new party). Both claim the rule's pack.
     *
     * @param ruleId the id of a rule that {@link #versionRuleIds()} lists; not {@code null}
     * @return an arbitrary of pairs of versions, the earlier and the later one, for
     *     {@code @ForAll} or {@code @Provide}
     * @throws NullPointerException if {@code ruleId} is {@code null}
     * @throws IllegalArgumentException if there is no such generator for {@code ruleId}; the
     *     message lists the ids there are
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static Arbitrary<AgreementVersions> versionsOf(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        DefectCatalogue.VersionDefect defect = DefectCatalogue.versionDefects().get(ruleId);
        if (defect == null) {
            throw new IllegalArgumentException("no generator of two versions for rule " + Messages.quote(ruleId)
                    + "; there are generators for " + String.join(", ", versionRuleIds()));
        }
        return Combinators.combine(valid(defect.base()), Arbitraries.integers().between(0, CHOICES)).as(defect.edit()::apply);
    }

    /**
     * The ids of the rules that have a generator of {@linkplain #portfoliosOf(String) portfolios},
     * in alphabetical order: rules that check agreements together ({@link
     * org.interagency.agreements.rules.PortfolioRule}), such as {@code us-iaa.order-within-gtc},
     * whose defect lies between two documents and so cannot be made in one agreement by
     * {@link #of(String)}.
     *
     * @return the rule ids, each one {@link #portfoliosOf(String)} accepts
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static Set<String> portfolioRuleIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(DefectCatalogue.portfolioDefects().keySet()));
    }

    /**
     * Portfolios on which the rule {@code ruleId} fires when they are checked together ({@code
     * validator.validatePortfolio(i.after())}), each with the portfolio before the defect, on which
     * it does not: for {@code us-iaa.order-within-gtc}, an order that satisfies {@code us-iaa} and
     * claims it, with the general terms and conditions it names ({@code generalTerms}), which then
     * start after the order, end before it, list another servicing agency, are another version, or
     * are left out of the portfolio. The GT&amp;C claim no pack.
     *
     * @param ruleId the id of a rule that {@link #portfolioRuleIds()} lists; not {@code null}
     * @return an arbitrary of portfolios before and after the defect
     * @throws NullPointerException if {@code ruleId} is {@code null}
     * @throws IllegalArgumentException if there is no such generator for {@code ruleId}; the
     *     message lists the ids there are
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public static Arbitrary<PortfolioInjection> portfoliosOf(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        DefectCatalogue.PortfolioDefect defect = DefectCatalogue.portfolioDefects().get(ruleId);
        if (defect == null) {
            throw new IllegalArgumentException("no generator of portfolios for rule " + Messages.quote(ruleId)
                    + "; there are generators for " + String.join(", ", portfolioRuleIds()));
        }
        return Combinators.combine(valid(defect.base()), Arbitraries.integers().between(0, CHOICES)).as(defect.edit()::apply);
    }

    /**
     * A portfolio with a defect between its agreements, and the portfolio it was made from; made
     * by {@link #portfoliosOf(String)}.
     *
     * @param before the agreements before the defect was injected, on which the rule does not fire
     * @param after the agreements with the defect, on which the rule fires
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record PortfolioInjection(List<Agreement> before, List<Agreement> after) {

        /**
         * Checks that both portfolios are present and copies them.
         *
         * @param before the agreements before the defect was injected
         * @param after the agreements with the defect
         */
        public PortfolioInjection {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    private static Arbitrary<Agreement> valid(SizeSpec size) {
        return SeedArbitraries.seeds(size).map(seed -> Assembler.assemble(seed, size.expiringTermsOnly(), size.maxAssignments()));
    }

    private static Defect defect(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        Defect defect = DefectCatalogue.defects().get(ruleId);
        if (defect == null) {
            throw new IllegalArgumentException("no defect generator for rule " + Messages.quote(ruleId)
                    + "; there are generators for " + String.join(", ", ruleIds()));
        }
        return defect;
    }
}
