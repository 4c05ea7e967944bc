package org.interagency.agreements.core.internal;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.TestAgreements;
import org.interagency.agreements.rules.SharedFact;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SharedFactsTest {

    private final Agreement validated = TestAgreements.floodMou().build();
    private final Agreement other = TestAgreements.floodMou().id("another-mou").build();
    private final AtomicInteger computed = new AtomicInteger();
    private final SharedFact<String> id = SharedFact.of("id", agreement -> {
        computed.incrementAndGet();
        return new String(agreement.id());
    });

    @Test
    void remembersAFactOfTheValidatedAgreement() {
        SharedFacts facts = SharedFacts.of(validated);

        String first = facts.get(id, validated);
        String second = facts.get(id, validated);

        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void computesAFreshFactOfAnotherAgreementEachTime() {
        SharedFacts facts = SharedFacts.of(validated);

        assertThat(facts.get(id, other)).isEqualTo("another-mou");
        assertThat(facts.get(id, other)).isEqualTo("another-mou");
        assertThat(facts.get(id, validated)).isEqualTo(validated.id());
        assertThat(computed).hasValue(3);
    }

    @Test
    void aContextThatIsNotTheEnginesSharesNothing() {
        RuleContext own = new RuleContext() {
            @Override
            public LocalDate today() {
                return LocalDate.of(2026, 6, 1);
            }

            @Override
            public void report(JsonPointer location, String message, @Nullable String hint, List<JsonPointer> related) {
            }
        };
        FindingCollector plain = new FindingCollector("roles.accountable-overlap", Severity.ERROR, LocalDate.of(2026, 6, 1));

        own.fact(id, validated);
        own.fact(id, validated);
        plain.fact(id, validated);

        assertThat(computed).hasValue(3);
    }

    @Test
    void theEnginesCollectorsShareTheirValidationsFacts() {
        SharedFacts facts = SharedFacts.of(validated);
        LocalDate today = LocalDate.of(2026, 6, 1);

        String first = new FindingCollector("roles.accountable-overlap", Severity.ERROR, today, facts).fact(id, validated);
        String second = new FindingCollector("roles.accountability-gap", Severity.ERROR, today, facts).fact(id, validated);

        assertThat(second).isSameAs(first);
        assertThat(computed).hasValue(1);
    }

    @Test
    void aComputationThatThrowsIsNotRememberedSoEachRequestFailsOnItsOwn() {
        SharedFact<String> broken = SharedFact.of("broken", agreement -> {
            throw new IllegalStateException("broken fact number " + computed.incrementAndGet());
        });
        SharedFacts facts = SharedFacts.of(validated);

        assertThatThrownBy(() -> facts.get(broken, validated)).hasMessage("broken fact number 1");
        assertThatThrownBy(() -> facts.get(broken, validated)).hasMessage("broken fact number 2");
    }
}
