package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Party;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportProperties {

    private static final AgreementValidator ROLES = AgreementValidator.builder()
            .packs("roles").build();

    @Provide
    Arbitrary<Agreement> agreements() {
        return RandomAgreements.agreements();
    }

    @Property(tries = 200)
    void shufflingPartiesResponsibilitiesAndAssignmentsLeavesTheReportUnchanged(
            @ForAll("agreements") Agreement agreement, @ForAll Random random) {
        Shuffle shuffle = new Shuffle(agreement, random);

        Report original = ROLES.validate(agreement);
        Report shuffled = ROLES.validate(shuffle.agreement);

        assertThat(shuffled.findings().stream().map(shuffle::normalizeBack).sorted().toList())
                .isEqualTo(original.findings().stream().map(Shuffle::normalize).sorted().toList());
    }

    @Property(tries = 15)
    void validatingOneAgreementFromEightThreadsAtOnceGivesIdenticalReports(@ForAll("agreements") Agreement agreement)
            throws Exception {
        AgreementValidator validator = AgreementValidator.defaults();
        Report expected = validator.validate(agreement);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Report>> reports = IntStream.range(0, 8).mapToObj(i -> pool.submit(() -> {
                start.await();
                return validator.validate(agreement);
            })).toList();
            start.countDown();
            for (Future<Report> report : reports) {
                assertThat(report.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** An agreement with its parties, responsibilities and assignments listed in random order, and the way back. */
    private static final class Shuffle {
        final Agreement agreement;
        final int[] originalResponsibility;
        final int[][] originalAssignment;
        final int[] originalParty;

        Shuffle(Agreement source, Random random) {
            originalParty = permutation(source.parties().size(), random);
            List<Party> parties = new ArrayList<>();
            for (int p : originalParty) {
                parties.add(source.parties().get(p));
            }
            int n = source.responsibilities().size();
            originalResponsibility = permutation(n, random);
            originalAssignment = new int[n][];
            List<Responsibility> responsibilities = new ArrayList<>();
            for (int r = 0; r < n; r++) {
                Responsibility from = source.responsibilities().get(originalResponsibility[r]);
                originalAssignment[r] = permutation(from.assignments().size(), random);
                List<Assignment> assignments = new ArrayList<>();
                for (int a : originalAssignment[r]) {
                    assignments.add(from.assignments().get(a));
                }
                responsibilities.add(new Responsibility(from.id(), from.scope(), from.description(), assignments));
            }
            agreement = AgreementBuilder.builder(source).parties(parties).responsibilities(responsibilities).build();
        }

        private static int[] permutation(int n, Random random) {
            List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
            Collections.shuffle(order, random);
            return order.stream().mapToInt(Integer::intValue).toArray();
        }

        JsonPointer back(JsonPointer pointer) {
            List<String> tokens = new ArrayList<>(pointer.tokens());
            if (tokens.size() >= 2 && tokens.get(0).equals("parties")) {
                tokens.set(1, Integer.toString(originalParty[Integer.parseInt(tokens.get(1))]));
            }
            if (tokens.size() >= 2 && tokens.get(0).equals("responsibilities")) {
                int r = Integer.parseInt(tokens.get(1));
                tokens.set(1, Integer.toString(originalResponsibility[r]));
                if (tokens.size() >= 4 && tokens.get(2).equals("assignments")) {
                    tokens.set(3, Integer.toString(originalAssignment[r][Integer.parseInt(tokens.get(3))]));
                }
            }
            return new JsonPointer(tokens);
        }

        String normalizeBack(Finding finding) {
            List<JsonPointer> related = finding.related().stream().map(this::back).toList();
            return normalize(new Finding(finding.ruleId(), finding.severity(), finding.message(), back(finding.location()),
                    related, finding.hint()));
        }

        /** The finding with its locations as a set: which side of a symmetric pair is "the" location is not compared. */
        static String normalize(Finding finding) {
            List<String> places = new ArrayList<>();
            places.add(finding.location().toString());
            finding.related().forEach(p -> places.add(p.toString()));
            Collections.sort(places);
            return finding.ruleId() + " " + finding.severity() + " " + places + " " + finding.message() + " " + finding.hint();
        }
    }
}
