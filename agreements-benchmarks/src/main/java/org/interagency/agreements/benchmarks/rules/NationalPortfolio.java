package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Term;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

/**
 * A national portfolio, generated deterministically: {@code agreements} agreements of 100
 * ACCOUNTABLE assignments each, shaped as {@link BenchmarkAgreements#largeCompact} is, one
 * agreement per five of its combinations. Combination c is (area {@code c % 20}, state
 * {@code c / 20 % 50}, topic {@code c / 1000}): a coordinator accountable for
 * {@code areaA/topicT/ops} in the state for the whole term, and 19 county tasks below it, one a
 * county, each for a one-year slot. Its owner agency holds them all, except that
 *
 * <ul>
 *   <li>about 1 % of the county tasks go to another agency: each conflicts with its own
 *       coordinator, in the same agreement (that agreement's own finding);</li>
 *   <li>about 1 % of the county tasks are placed under the next topic's {@code ops} (combination
 *       c + 1000, same area and state, which is another agreement's, with another owner): each
 *       conflicts with that coordinator, across agreements (a finding between them).</li>
 * </ul>
 * So about 1 % of n conflicts within agreements and 1 % between them; the scopes fall under 20
 * top-level segments ({@code area0} to {@code area19}), each with a twentieth of the work.
 * Agency ids and the agreement's dates are shared values; every assignment's jurisdiction is an
 * object of its own, as a reader makes them.
 */
final class NationalPortfolio {

    /** The assignments of each agreement. */
    static final int PER_AGREEMENT = 100;

    private static final int COMBINATIONS_PER_AGREEMENT = PER_AGREEMENT / BenchmarkAgreements.PER_COMBINATION;
    private static final double ROGUE = 0.0105;
    private static final double ASTRAY = 0.0105;

    private NationalPortfolio() {
    }

    /** The portfolio of {@code agreements} agreements, {@code 100 * agreements} assignments. */
    static List<Agreement> of(int agreements) {
        String[] agencies = new String[BenchmarkAgreements.AGENCIES];
        for (int a = 0; a < agencies.length; a++) {
            agencies[a] = BenchmarkAgreements.agency(a);
        }
        List<Agreement> portfolio = new ArrayList<>(agreements);
        for (int i = 0; i < agreements; i++) {
            portfolio.add(agreement(i, agencies));
        }
        return portfolio;
    }

    private static Agreement agreement(int index, String[] agencies) {
        Random random = new Random(20261204L + index);
        List<Responsibility> responsibilities = new ArrayList<>();
        TreeSet<Integer> parties = new TreeSet<>();
        for (int k = 0; k < COMBINATIONS_PER_AGREEMENT; k++) {
            int c = index * COMBINATIONS_PER_AGREEMENT + k;
            int owner = owner(c);
            int state = c / 20 % 50;
            parties.add(owner);
            ScopePath ops = ops(c);
            responsibilities.add(new Responsibility("coordination-" + c, ops, "Coordination.",
                    List.of(new Assignment(agencies[owner], RaciRole.ACCOUNTABLE, Jurisdiction.of("us", "s" + state), null))));
            ScopePath task = c % 2 == 0 ? ops.child("t" + c) : ops.child("g" + c % 7).child("t" + c);
            ScopePath astray = ops(c + 1000).child("x" + c);
            List<Assignment> counties = new ArrayList<>();
            List<Assignment> elsewhere = new ArrayList<>();
            for (int county = 0; county < BenchmarkAgreements.PER_COMBINATION - 1; county++) {
                int agency = random.nextDouble() < ROGUE ? (owner + 1 + random.nextInt(agencies.length - 1)) % agencies.length : owner;
                parties.add(agency);
                LocalDate start = BenchmarkAgreements.EFFECTIVE.plusYears(random.nextInt(3));
                Assignment assignment = new Assignment(agencies[agency], RaciRole.ACCOUNTABLE,
                        Jurisdiction.of("us", "s" + state, "c" + county), DateRange.of(start, start.plusYears(1).minusDays(1)));
                (random.nextDouble() < ASTRAY ? elsewhere : counties).add(assignment);
            }
            responsibilities.add(new Responsibility("task-" + c, task, "County work.", counties));
            if (!elsewhere.isEmpty()) {
                responsibilities.add(new Responsibility("support-" + c, astray, "Support to the next topic.", elsewhere));
            }
        }
        AgreementBuilder builder = AgreementBuilder.builder()
                .schemaVersion(Agreement.SCHEMA_VERSION)
                .id(String.format("mou-%06d", index))
                .title("National portfolio agreement " + index)
                .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
                .status(AgreementStatus.IN_FORCE)
                .term(new Term(BenchmarkAgreements.EFFECTIVE, BenchmarkAgreements.EXPIRES, null, Period.ofYears(1)))
                .vision("Residents are safe in a flood.");
        for (int a : parties) {
            builder.addParties(new Party(agencies[a], "Agency " + a, Jurisdiction.of("us"), null, List.of(PartyRole.PARTICIPANT), List.of()));
        }
        return builder.responsibilities(responsibilities).build();
    }

    private static ScopePath ops(int c) {
        return ScopePath.of("area" + c % 20, "topic" + c / 1000, "ops");
    }

    /** The owner of combination c: the area and state's agency, shifted by the topic, so that the next topic has another. */
    private static int owner(int c) {
        return (c % 20 * 50 + c / 20 % 50 + c / 1000) % BenchmarkAgreements.AGENCIES;
    }
}
