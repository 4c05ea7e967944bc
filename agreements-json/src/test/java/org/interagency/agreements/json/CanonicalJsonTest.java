package org.interagency.agreements.json;

import org.interagency.agreements.json.signing.CanonicalJson;
import org.interagency.agreements.json.signing.CanonicalFormException;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Goal;
import org.interagency.agreements.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 8785 with the RFC's own examples, and the canonical form of agreements. */
class CanonicalJsonTest {

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvFileSource(resources = "/rfc8785/number-samples.txt", delimiterString = " ")
    void writesNumbersAsTheRfcAppendixBSays(String ieee754Hex, String expected) {
        double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754Hex, 16));
        String json = "[" + (value == 0 ? "0" : new BigDecimal(value).toString()) + "]";

        assertThat(CanonicalJson.canonicalize(json)).isEqualTo("[" + expected + "]");
    }

    @Test
    void producesTheExactBytesOfTheRfcMainExample() {
        byte[] canonical = CanonicalJson.canonicalize(Samples.bytes("rfc8785/main-example-input.json"));

        assertThat(canonical).isEqualTo(Samples.bytes("rfc8785/main-example-output.json"));
    }

    @Test
    void sortsPropertiesByUtf16CodeUnitsAsTheRfcSortingExampleSays() {
        String canonical = CanonicalJson.canonicalize(Samples.text("rfc8785/sorting-input.json"));

        assertThat(canonical).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void escapesControlsInLowerCaseHexAndLeavesOtherCharactersAlone() {
        assertThat(CanonicalJson.canonicalize("[\"\\u001F\\u007f\\u2028\\/\\b\\f\"]"))
                .isEqualTo("[\"\\u001f\u007f\u2028/\\b\\f\"]");
    }

    @Test
    void rejectsNumbersBeyondTheRangeOfADouble() {
        assertThatThrownBy(() -> CanonicalJson.canonicalize("[1e400]"))
                .isInstanceOf(CanonicalFormException.class)
                .hasMessageContaining("1e400");
    }

    @Test
    void rejectsDuplicateNames() {
        assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"a\":1,\"a\":2}"))
                .isInstanceOf(CanonicalFormException.class);
    }

    @Test
    void rejectsUnpairedSurrogates() {
        assertThatThrownBy(() -> CanonicalJson.canonicalize("[\"\\ud800\"]"))
                .isInstanceOf(CanonicalFormException.class)
                .hasMessageContaining("surrogate");
    }

    @Test
    void givesTheSameDigestWhateverTheLayoutOfTheDocument() {
        AgreementJson json = AgreementJson.defaults();
        Agreement pretty = json.read(DocumentSource.of(Samples.bytes("agreements/flood-response-mou.json"), "document", DocumentSyntax.JSON)).agreement();
        Agreement compact = json.read(json.write(pretty));
        Agreement yaml = json.read(DocumentSource.of(json.writeYaml(pretty), "document", DocumentSyntax.YAML)).agreement();

        assertThat(CanonicalJson.sha256Hex(compact)).isEqualTo(CanonicalJson.sha256Hex(pretty))
                .isEqualTo(CanonicalJson.sha256Hex(yaml)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void hashesTheCanonicalBytesWithSha256() throws Exception {
        Agreement agreement = AgreementJson.defaults().read(DocumentSource.of(Samples.bytes("agreements/data-sharing-agreement.json"), "document", DocumentSyntax.JSON)).agreement();
        byte[] expected = java.security.MessageDigest.getInstance("SHA-256").digest(CanonicalJson.canonicalize(agreement));

        assertThat(CanonicalJson.sha256(agreement)).isEqualTo(expected);
    }

    @Test
    void writesAnAgreementsAmountsAsTheirNumbers() {
        Agreement agreement = AgreementJson.defaults().read(DocumentSource.of(Samples.bytes("agreements/flood-response-mou.json"), "document", DocumentSyntax.JSON)).agreement();

        String canonical = new String(CanonicalJson.canonicalize(agreement), StandardCharsets.UTF_8);

        // 1250000.00 in the document: the same number as 1250000, written as ECMAScript does.
        assertThat(canonical).contains("\"amount\":1250000,").contains("\"baseline\":55.5,");
    }

    @Test
    void refusesAnAmountThatADoubleCannotHoldExactly() {
        Agreement agreement = AgreementJson.defaults().read(DocumentSource.of(Samples.bytes("agreements/data-sharing-agreement.json"), "document", DocumentSyntax.JSON)).agreement();
        Agreement withPreciseTarget = withGoalTarget(agreement, new BigDecimal("0.10000000000000000001"));

        assertThatThrownBy(() -> CanonicalJson.canonicalize(withPreciseTarget))
                .isInstanceOf(CanonicalFormException.class)
                .hasMessageContaining("0.10000000000000000001")
                .hasMessageContaining("15 significant digits");
    }

    @Test
    void acceptsAnAmountOfFifteenSignificantDigits() {
        Agreement agreement = AgreementJson.defaults().read(DocumentSource.of(Samples.bytes("agreements/data-sharing-agreement.json"), "document", DocumentSyntax.JSON)).agreement();
        Agreement withLargeTarget = withGoalTarget(agreement, new BigDecimal("1234567890123.45"));

        assertThat(new String(CanonicalJson.canonicalize(withLargeTarget), StandardCharsets.UTF_8))
                .contains("\"target\":1234567890123.45");
    }

    private static Agreement withGoalTarget(Agreement agreement, BigDecimal target) {
        Goal goal = agreement.goals().get(0);
        Measure measure = new Measure("Hours", "hours", null, target);
        Goal changedGoal = new Goal(goal.id(), goal.statement(), List.of(measure), goal.contributors(), goal.due());
        return AgreementBuilder.builder(agreement).goals(List.of(changedGoal)).build();
    }
}
