package org.interagency.agreements.testkit;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.sessions.JqwikSession;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.testkit.AgreementAssertions.assertThat;

/**
 * Shrinking ends at small agreements: each test finds a value that falsifies a deliberately
 * wrong property, then shrinks it the way jqwik does (take the first smaller candidate that
 * still falsifies, until none does) and checks the size of what is left.
 */
class ShrinkingTest {

    private static final int MAX_STEPS = 5_000;

    @Test
    void aPropertyFailingOnTwoResponsibilitiesShrinksToTwoPartiesAndTwoPlainResponsibilities() {
        Agreement shrunk = shrink(AgreementArbitraries.agreements().withResponsibilities(0, 12).withParties(2, 12),
                a -> a.responsibilities().size() >= 2, 17);

        assertThat(shrunk.parties()).hasSize(2);
        assertThat(shrunk.responsibilities()).hasSize(2);
        for (Responsibility responsibility : shrunk.responsibilities()) {
            assertThat(responsibility.assignments()).hasSize(2);
        }
        assertThat(shrunk.dataSharingProtocols()).isEmpty();
        assertThat(shrunk.goals()).hasSize(1);
        assertThat(shrunk.amendments()).isEmpty();
        assertThat(Validators.AT_REFERENCE_DATE.validate(shrunk)).isClean();
    }

    @Test
    void aPropertyFailingOnSharedDataShrinksToOneProtocolBetweenTwoParties() {
        Agreement shrunk = shrink(AgreementArbitraries.agreements(), a -> !a.dataSharingProtocols().isEmpty(), 23);

        assertThat(shrunk.parties()).hasSize(2);
        assertThat(shrunk.dataSharingProtocols()).hasSize(1);
        assertThat(shrunk.dataSharingProtocols().get(0).dataSets()).hasSize(1);
        assertThat(shrunk.responsibilities()).hasSize(1);
        assertThat(Validators.AT_REFERENCE_DATE.validate(shrunk)).isClean();
    }

    @Test
    void aDefectShrinksToTheFewestElementsThatStillShowIt() {
        Agreement shrunk = shrink(Defects.of("roles.accountable-overlap"),
                a -> !Validators.AT_REFERENCE_DATE.validate(a).findingsOf("roles.accountable-overlap").isEmpty(), 29);

        Report report = Validators.AT_REFERENCE_DATE.validate(shrunk);
        assertThat(report).hasOnlyFindingsOf("roles.accountable-overlap");
        assertThat(shrunk.parties()).hasSize(2);
        assertThat(shrunk.responsibilities()).hasSize(1);
        assertThat(shrunk.responsibilities().get(0).assignments()).hasSize(3);
    }

    /** The smallest value greedy shrinking reaches from the first generated value that {@code fails}. */
    private static Agreement shrink(Arbitrary<Agreement> arbitrary, Predicate<Agreement> fails, long seed) {
        List<Agreement> result = new ArrayList<>();
        JqwikSession.run(() -> {
            RandomGenerator<Agreement> generator = arbitrary.generator(100);
            Random random = new Random(seed);
            Shrinkable<Agreement> current = generator.next(random);
            for (int tries = 0; !fails.test(current.value()); tries++) {
                assertThat(tries).as("tries to find a failing value").isLessThan(1_000);
                current = generator.next(random);
            }
            for (int step = 0; step < MAX_STEPS; step++) {
                Optional<Shrinkable<Agreement>> smaller = current.shrink().filter(s -> fails.test(s.value())).findFirst();
                if (smaller.isEmpty()) {
                    break;
                }
                current = smaller.get();
            }
            result.add(current.value());
        });
        return result.get(0);
    }
}
