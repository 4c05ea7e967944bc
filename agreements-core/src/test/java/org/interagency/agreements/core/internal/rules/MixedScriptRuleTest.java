package org.interagency.agreements.core.internal.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.CommunicationChannelBuilder;
import org.interagency.agreements.ContactBuilder;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.GoalBuilder;
import org.interagency.agreements.GovernanceBodyBuilder;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.MeasureBuilder;
import org.interagency.agreements.MilestoneBuilder;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.ResponsibilityBuilder;
import org.interagency.agreements.SignatoryBuilder;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.TrainingProgrammeBuilder;
import org.interagency.agreements.core.internal.Confusables;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.core.internal.rules.Baseline.agreement;
import static org.interagency.agreements.core.internal.rules.Baseline.derive;
import static org.interagency.agreements.core.internal.rules.Edits.change;
import static org.interagency.agreements.core.internal.rules.RecordingContext.check;
import static org.interagency.agreements.core.internal.rules.RecordingContext.finding;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@code text.mixed-script}. Look-alike letters are written as escapes, so that the test says which is which. */
class MixedScriptRuleTest {

    /** "Agency" with a Cyrillic capital A (U+0410). */
    private static final String CYRILLIC_A_AGENCY = "Federal Emergency Management \u0410gency";

    /** "Board of directors" with a Cyrillic small o (U+043E). */
    private static final String CYRILLIC_O_BOARD = "B\u043Eard of directors";

    private final MixedScriptRule rule = new MixedScriptRule();

    private static Agreement withPartyName(String name) {
        return derive().parties(change(agreement().parties(), 0, p -> PartyBuilder.builder(p).name(name).build())).build();
    }

    @Test
    void reportsAPartyNameWithALetterOfAnotherScriptAndNamesTheLetter() {
        assertThat(check(rule, withPartyName(CYRILLIC_A_AGENCY))).singleElement()
                .satisfies(finding("text.mixed-script", Severity.WARNING, "/parties/0/name",
                        "party name \"" + CYRILLIC_A_AGENCY + "\" mixes scripts within a word: \"\u0410gency\" has"
                                + " Latin and Cyrillic letters (U+0410 CYRILLIC CAPITAL LETTER A)"));
    }

    @Test
    @DisplayName("reports the forum \"Bоard of directors\" written with a Cyrillic о")
    void reportsTheForumOfAnEscalationLevel() {
        Agreement agreement = derive().escalationPaths(change(agreement().escalationPaths(), 0,
                p -> new EscalationPath(p.id(), p.scopes(), change(p.levels(), 1,
                        l -> new EscalationLevel(CYRILLIC_O_BOARD, null, l.responseTime())), p.finalResolution())))
                .build();

        assertThat(check(rule, agreement)).singleElement()
                .satisfies(finding("text.mixed-script", Severity.WARNING, "/escalationPaths/0/levels/1/forum",
                        "forum \"" + CYRILLIC_O_BOARD + "\" mixes scripts within a word: \"B\u043Eard\" has Latin and"
                                + " Cyrillic letters (U+043E CYRILLIC SMALL LETTER O)"));
    }

    @Test
    void reportsANameOnceAndCountsTheOtherWordsThatMix() {
        // A Greek capital epsilon in "Εmergency", a Cyrillic і in "dіrectors".
        List<Finding> findings = check(rule, withPartyName("\u0395mergency board of d\u0456rectors"));

        assertThat(findings).singleElement()
                .satisfies(finding("text.mixed-script", Severity.WARNING, "/parties/0/name",
                        "\"\u0395mergency\" has Latin and Greek letters (U+0395 GREEK CAPITAL LETTER EPSILON)"
                                + " (and 1 more word)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("names")
    void checksEveryNameOfAnElementOrAPerson(String location, UnaryOperator<AgreementBuilder> edit) {
        Agreement agreement = edit.apply(derive()).build();

        assertThat(check(rule, agreement)).singleElement()
                .satisfies(finding("text.mixed-script", Severity.WARNING, location, "mixes scripts within a word"));
    }

    static Stream<Arguments> names() {
        Agreement a = agreement();
        String name = CYRILLIC_O_BOARD;
        return Stream.of(
                arguments("/title", op(b -> b.title(name))),
                arguments("/authorities/1/title", op(b -> b.authorities(change(a.authorities(), 1,
                        x -> new LegalAuthority(x.id(), x.citation(), name))))),
                arguments("/parties/2/name", op(b -> b.parties(change(a.parties(), 2,
                        x -> PartyBuilder.builder(x).name(name).build())))),
                arguments("/parties/1/contacts/0/name", op(b -> b.parties(change(a.parties(), 1,
                        x -> PartyBuilder.builder(x).contacts(change(x.contacts(), 0,
                                c -> ContactBuilder.builder(c).name(name).build())).build())))),
                arguments("/goals/1/measures/0/name", op(b -> b.goals(change(a.goals(), 1,
                        x -> GoalBuilder.builder(x).measures(change(x.measures(), 0,
                                m -> MeasureBuilder.builder(m).name(name).build())).build())))),
                arguments("/channels/1/name", op(b -> b.channels(change(a.channels(), 1,
                        x -> CommunicationChannelBuilder.builder(x).name(name).build())))),
                arguments("/governanceBodies/0/name", op(b -> b.governanceBodies(change(a.governanceBodies(), 0,
                        x -> GovernanceBodyBuilder.builder(x).name(name).build())))),
                arguments("/dataSharingProtocols/0/dataSets/0/name", op(b -> b.dataSharingProtocols(change(
                        a.dataSharingProtocols(), 0, x -> DataSharingProtocolBuilder.builder(x).dataSets(change(
                                x.dataSets(), 0, s -> DataSetBuilder.builder(s).name(name).build())).build())))),
                arguments("/trainingProgrammes/1/title", op(b -> b.trainingProgrammes(change(a.trainingProgrammes(), 1,
                        x -> TrainingProgrammeBuilder.builder(x).title(name).build())))),
                arguments("/escalationPaths/0/levels/0/forum", op(b -> b.escalationPaths(change(a.escalationPaths(), 0,
                        p -> new EscalationPath(p.id(), p.scopes(), change(p.levels(), 0,
                                l -> new EscalationLevel(name, l.governanceBodyId(), l.responseTime())),
                                p.finalResolution()))))),
                arguments("/milestones/1/title", op(b -> b.milestones(change(a.milestones(), 1,
                        x -> MilestoneBuilder.builder(x).title(name).build())))),
                arguments("/sponsors/2/name", op(b -> b.sponsors(change(a.sponsors(), 2,
                        x -> new Sponsor(x.agencyId(), name, x.title()))))),
                arguments("/signatories/0/name", op(b -> b.signatories(change(a.signatories(), 0,
                        x -> SignatoryBuilder.builder(x).name(name).build())))));
    }

    private static UnaryOperator<AgreementBuilder> op(UnaryOperator<AgreementBuilder> edit) {
        return edit;
    }

    @Test
    void leavesProseAndJobTitlesAlone() {
        Agreement agreement = derive()
                .responsibilities(change(agreement().responsibilities(), 0,
                        r -> ResponsibilityBuilder.builder(r).description("Order evacuations of fl\u043Eod zones.").build()))
                .sponsors(change(agreement().sponsors(), 0, s -> new Sponsor(s.agencyId(), s.name(), "Dir\u0435ctor")))
                .build();

        assertThat(check(rule, agreement)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Δήμος Αθηναίων", "Министерство по чрезвычайным ситуациям", "東京都防災会議",
            "東京都の防災会議", "서울특별시 재난안전대책본부", "وزارة الصحة", "FEMA Region 6", "District 9 (Zone 2-B)",
            "JR東日本", "FEMA / МЧС России"})
    void acceptsNamesThatWriteEachWordInOneScript(String name) {
        assertThat(check(rule, withPartyName(name))).isEmpty();
    }

    @Test
    @DisplayName("without ICU4J, reports the same words, by the JDK's scripts")
    void reportsTheSameWithoutIcu() {
        MixedScriptRule withoutIcu = new MixedScriptRule(Confusables.fallback());

        assertThat(check(withoutIcu, withPartyName(CYRILLIC_A_AGENCY))).isEqualTo(check(rule, withPartyName(CYRILLIC_A_AGENCY)));
        assertThat(check(withoutIcu, withPartyName("東京都の防災会議"))).isEmpty();
    }

    @Test
    void acceptsTheBaseline() {
        assertThat(check(rule, agreement())).isEmpty();
    }
}
