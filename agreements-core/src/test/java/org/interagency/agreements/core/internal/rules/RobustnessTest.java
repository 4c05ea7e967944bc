package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.CommunicationChannelBuilder;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.GovernanceBodyBuilder;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.Term;
import org.interagency.agreements.rules.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * No rule of the catalogue throws on an agreement that violates its Bean Validation constraints:
 * the engine runs rules on whatever it was given.
 */
class RobustnessTest {

    private static final Period ENDLESS = Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE);

    static Stream<Arguments> brokenAgreements() {
        return Stream.of(
                arguments("a term that expires before it takes effect", derive()
                        .kind(AgreementKind.COMPUTER_MATCHING_AGREEMENT)
                        .term(new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 1, 1),
                                new Renewal(-1, Period.ofDays(-5), true), Period.ZERO))
                        .build()),
                arguments("periods beyond the range of dates", derive()
                        .kind(AgreementKind.COMPUTER_MATCHING_AGREEMENT)
                        .term(new Term(LocalDate.MAX, null, new Renewal(Integer.MAX_VALUE, ENDLESS, true), ENDLESS))
                        .channels(change(agreement().channels(), 0,
                                c -> CommunicationChannelBuilder.builder(c).cadence(ENDLESS).build()))
                        .dataSharingProtocols(change(agreement().dataSharingProtocols(), 0,
                                p -> DataSharingProtocolBuilder.builder(p).retention(ENDLESS).disposal(null).build()))
                        .build()),
                arguments("negative periods and dates at the start of time", derive()
                        .term(new Term(LocalDate.MIN, LocalDate.MIN, null, Period.ofYears(-1000)))
                        .build()),
                arguments("no parties and nothing else", derive()
                        .parties(List.of()).goals(List.of()).channels(List.of()).governanceBodies(List.of())
                        .build()),
                arguments("everything refers to itself", derive()
                        .parties(change(agreement().parties(), 0,
                                p -> PartyBuilder.builder(p).parentAgencyId(p.agencyId()).build()))
                        .governanceBodies(change(agreement().governanceBodies(), 0,
                                b -> GovernanceBodyBuilder.builder(b).members(List.of()).quorum(-3).build()))
                        .escalationPaths(List.of(new EscalationPath("loop", List.of(),
                                List.of(new EscalationLevel("", null, null), new EscalationLevel("", null, null)),
                                null)))
                        .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenAgreements")
    void noCatalogueRuleThrowsOn(String what, Agreement agreement) {
        for (Rule rule : ServiceLoader.load(Rule.class)) {
            if (rule.getClass().getName().startsWith("org.interagency.agreements.core.internal.")) {
                assertThatCode(() -> RecordingContext.check(rule, agreement)).as(rule.id()).doesNotThrowAnyException();
                assertThatCode(() -> RecordingContext.check(rule, agreement, LocalDate.MAX)).as(rule.id())
                        .doesNotThrowAnyException();
                assertThatCode(() -> RecordingContext.check(rule, agreement, LocalDate.MIN)).as(rule.id())
                        .doesNotThrowAnyException();
            }
        }
    }
}
