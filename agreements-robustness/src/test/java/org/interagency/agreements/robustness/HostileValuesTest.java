package org.interagency.agreements.robustness;

import org.interagency.agreements.json.InvalidDocumentException;
import org.interagency.agreements.json.MalformedDocumentException;
import org.interagency.agreements.json.DocumentLimitException;
import org.interagency.agreements.json.UnsupportedSchemaVersionException;
import org.interagency.agreements.rules.Report;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.robustness.Hostiles.findings;
import static org.interagency.agreements.robustness.Hostiles.problems;
import static org.interagency.agreements.robustness.Hostiles.rejected;
import static org.interagency.agreements.robustness.Hostiles.report;

/**
 * Hostile values: numbers JSON cannot hold or Java would round, impossible dates and periods,
 * enum near misses, {@code null} in every kind of position, and fields that try to choose a Java
 * type. Each document is the clean base with one value changed; lines and columns are those of
 * the changed value in the file.
 */
class HostileValuesTest {

    @AfterAll
    static void writeTable() {
        Measured.writeTable("hostile-values");
    }

    // NaN and Infinity are not JSON. Jackson reads a value's first token when it returns the key
    // before it, so these syntax errors name the enclosing object rather than the member, and the
    // column just past the bad token (62:17 + "NaN" = 62:20): imprecise, reported to the lead.

    @Test
    void rejectsNaN() {
        assertThat(problems(rejected("nan.json", MalformedDocumentException.class)))
                .containsExactly("SYNTAX 62:20 /governanceBodies/0");
    }

    @Test
    void rejectsInfinity() {
        assertThat(problems(rejected("infinity.json", MalformedDocumentException.class)))
                .containsExactly("SYNTAX 87:138 /resourceCommitments/0");
    }

    @Test
    void rejectsAnExponentBeyondAnyDouble() {
        assertThat(problems(rejected("huge-exponent.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 32:127 /goals/0/measures/0/target");
    }

    @Test
    @DisplayName("an exponent below the range of an int is out of range, not a NumberFormatException")
    void rejectsAnExponentBelowTheRangeOfAnInt() {
        assertThat(problems(rejected("exponent-below-int.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 32:113 /goals/0/measures/0/baseline");
    }

    @Test
    @DisplayName("an exponent above the range of an int is out of range, not a NumberFormatException")
    void rejectsAnExponentAboveTheRangeOfAnInt() {
        assertThat(problems(rejected("exponent-above-int.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 32:113 /goals/0/measures/0/baseline");
    }

    @Test
    @DisplayName("a period whose weeks overflow an int of days is out of range, not an ArithmeticException")
    void rejectsAPeriodWhoseWeeksOverflowTheDays() {
        assertThat(problems(rejected("period-weeks-overflow.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 7:80 /term/reviewCycle");
    }

    @Test
    void readsNegativeZeroAsZeroAndTheQuorumConstraintCatchesIt() {
        Report report = report("negative-zero-quorum.json");
        assertThat(findings(report)).containsExactly("model.constraint /governanceBodies/0/quorum");
    }

    @Test
    void readsNegativeZeroAsAnAmountOfZero() {
        assertThat(findings(report("negative-zero-amount.json"))).isEmpty();
    }

    @Test
    void rejectsATenThousandDigitInteger() {
        DocumentLimitException e = rejected("ten-thousand-digit-integer.json", DocumentLimitException.class);
        // The number starts at column 130 of line 87, whose last character is at column 10 146.
        // The column reported lies past the end of the line (reported to the lead), so only the
        // line, the pointer and the message are asserted here.
        assertThat(e.problems()).hasSize(1);
        assertThat(e.line()).isEqualTo(87);
        assertThat(e.pointer()).hasToString("/resourceCommitments/0");
        assertThat(e.getMessage()).contains("a number is longer than 64 characters");
    }

    @Test
    void rejectsAQuorumBeyondInt() {
        assertThat(problems(rejected("integer-overflow-quorum.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 62:17 /governanceBodies/0/quorum");
    }

    @Test
    void rejectsAFractionalQuorum() {
        assertThat(problems(rejected("fractional-quorum.json", InvalidDocumentException.class)))
                .containsExactly("WRONG_TYPE 62:17 /governanceBodies/0/quorum");
    }

    @Test
    void rejectsFebruaryThirtieth() {
        assertThat(problems(rejected("date-february-30.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 7:26 /term/effective");
    }

    @Test
    void rejectsANineDigitYear() {
        assertThat(problems(rejected("date-year-999999999.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 7:51 /term/expires");
    }

    @Test
    @DisplayName("P-1D is rejected as a period: ISO 8601 has no negative components, although java.time parses them")
    void rejectsANegativePeriod() {
        assertThat(problems(rejected("period-negative.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 7:80 /term/reviewCycle");
    }

    @Test
    void rejectsANegativeDuration() {
        assertThat(problems(rejected("duration-negative.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 73:53 /escalationPaths/0/levels/0/responseTime");
    }

    @Test
    void rejectsAnEnumTypoAndNamesTheNearestValue() {
        InvalidDocumentException e = rejected("enum-typo.json", InvalidDocumentException.class);
        assertThat(problems(e)).containsExactly("INVALID_VALUE 5:11 /kind");
        assertThat(e.getMessage()).contains("\"memorandum-of-understanding\"");
    }

    @Test
    void rejectsAnEnumInTheWrongCase() {
        assertThat(problems(rejected("enum-wrong-case.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 5:11 /kind");
    }

    @Test
    void rejectsAnEnumWrittenAsTheJavaConstant() {
        assertThat(problems(rejected("enum-java-constant.json", InvalidDocumentException.class)))
                .containsExactly("INVALID_VALUE 5:11 /kind");
    }

    @Test
    void rejectsAnEnumWrittenAsAnOrdinal() {
        assertThat(problems(rejected("enum-ordinal.json", InvalidDocumentException.class)))
                .containsExactly("WRONG_TYPE 5:11 /kind");
    }

    @Test
    void rejectsNullForARequiredString() {
        assertThat(problems(rejected("null-required-string.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 4:12 /title");
    }

    @Test
    void rejectsNullForAnOptionalString() {
        assertThat(problems(rejected("null-optional-string.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 27:13 /vision");
    }

    @Test
    void rejectsNullForAnObject() {
        assertThat(problems(rejected("null-object.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 7:11 /term");
    }

    @Test
    void rejectsNullForAList() {
        assertThat(problems(rejected("null-list.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 79:17 /milestones");
    }

    @Test
    void rejectsNullAsAListElement() {
        assertThat(problems(rejected("null-list-element.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 16:17 /parties/0/roles/0");
    }

    @Test
    void rejectsNullAmongIds() {
        assertThat(problems(rejected("null-id-in-list.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 50:147 /channels/0/participants/1");
    }

    @Test
    void rejectsNullForAnEnum() {
        assertThat(problems(rejected("null-enum.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 5:11 /kind");
    }

    @Test
    void rejectsNullForANumber() {
        assertThat(problems(rejected("null-number.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 62:17 /governanceBodies/0/quorum");
    }

    @Test
    void rejectsNullForADate() {
        assertThat(problems(rejected("null-date.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 34:14 /goals/0/due");
    }

    @Test
    void rejectsNullForAPeriod() {
        assertThat(problems(rejected("null-period.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 7:80 /term/reviewCycle");
    }

    @Test
    void rejectsAClassFieldThatTriesToPickAJavaType() {
        InvalidDocumentException e = rejected("class-field.json", InvalidDocumentException.class);
        assertThat(problems(e)).containsExactly("UNKNOWN_PROPERTY 3:3 /@class");
    }

    @Test
    void rejectsATypeFieldThatTriesToPickAJavaType() {
        assertThat(problems(rejected("type-field.json", InvalidDocumentException.class)))
                .containsExactly("UNKNOWN_PROPERTY 21:7 /parties/1/type");
    }

    @Test
    void rejectsAnUnknownPropertyDeepInTheDocument() {
        assertThat(problems(rejected("unknown-property.json", InvalidDocumentException.class)))
                .containsExactly("UNKNOWN_PROPERTY 63:7 /governanceBodies/0/veto");
    }

    @Test
    void rejectsAnUnsupportedSchemaVersion() {
        assertThat(problems(rejected("schema-version-unsupported.json", UnsupportedSchemaVersionException.class)))
                .containsExactly("UNSUPPORTED_VERSION 2:20 /schemaVersion");
    }
}
