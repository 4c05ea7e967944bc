package org.interagency.agreements.json;

import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every unsafe default of Jackson 3 that the reader closes, one hostile document each. Expected
 * lines and columns are counted by hand in the files under src/test/resources/hostile (1-based).
 * A problem with a value is located at the first character of the value; an exceeded limit where
 * the parser stopped, just after the excess.
 */
class StrictReadingTest {

    private final AgreementJson json = AgreementJson.defaults();

    private <T extends AgreementReadException> T failure(Class<T> type, String file) {
        return catchThrowableOfType(type, () -> json.read(DocumentSource.of(Samples.bytes("hostile/" + file), "document", DocumentSyntax.JSON)).agreement());
    }

    private static void assertProblem(AgreementReadException e, ProblemKind kind, int line, int column, String pointer) {
        assertThat(e).isNotNull();
        DocumentProblem first = e.problems().get(0);
        assertThat(first.kind()).isEqualTo(kind);
        assertThat(e.line()).as("line").isEqualTo(line);
        assertThat(e.column()).as("column").isEqualTo(column);
        assertThat(e.pointer()).as("pointer").isEqualTo(JsonPointer.parse(pointer));
    }

    @Test
    void readsTheMinimalDocumentTheHostileOnesAreMadeFrom() {
        assertThat(json.read(DocumentSource.of(Samples.bytes("hostile/minimal.json"), "document", DocumentSyntax.JSON)).agreement().id()).isEqualTo("minimal-mou");
    }

    @Nested
    class Structure {

        @Test
        void rejectsUnknownProperties() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "unknown-property.json");
            assertProblem(e, ProblemKind.UNKNOWN_PROPERTY, 10, 5, "/term/renewl");
            assertThat(e.getMessage()).contains("\"renewl\"").contains("did you mean \"renewal\"");
        }

        @Test
        void rejectsDuplicateKeysEvenWhenEscaped() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "duplicate-key-escaped.json");
            assertProblem(e, ProblemKind.DUPLICATE_KEY, 4, 3, "/id");
        }

        @Test
        void reportsACommentAfterTheRootAsTrailingContentBeforeAnyMissingProperty() {
            MalformedDocumentException e = failure(MalformedDocumentException.class,
                    "trailing-comment-after-unknown-property.json");
            assertProblem(e, ProblemKind.TRAILING_CONTENT, 1, 10, "");
            assertThat(e.problems()).hasSize(1);
            assertThat(e.problems().get(0).message()).startsWith("there is more after the end of an agreement");
        }

        @Test
        void reportsAValueAfterTheRootAsTrailingContentAtTheValue() {
            MalformedDocumentException e = failure(MalformedDocumentException.class,
                    "trailing-string-after-unknown-property.json");
            assertProblem(e, ProblemKind.TRAILING_CONTENT, 1, 13, "");
            assertThat(e.problems().get(0).message()).contains("another value (a string)");
        }

        @Test
        void rejectsTrailingContent() {
            MalformedDocumentException e = failure(MalformedDocumentException.class, "trailing-content.json");
            assertProblem(e, ProblemKind.TRAILING_CONTENT, 30, 1, "");
        }

        @Test
        void rejectsAMissingRequiredValueNamingIt() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "missing-title.json");
            assertProblem(e, ProblemKind.MISSING_VALUE, 1, 1, "/title");
        }

        @Test
        void rejectsExplicitNullForAValue() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "null-status.json");
            assertProblem(e, ProblemKind.NULL_VALUE, 6, 13, "/status");
        }

        @Test
        void rejectsExplicitNullForAList() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "null-list.json");
            assertProblem(e, ProblemKind.NULL_VALUE, 16, 16, "/parties/0/roles");
        }

        @Test
        void rejectsANullDocument() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "null-document.json");
            assertProblem(e, ProblemKind.NULL_VALUE, 1, 1, "");
        }

        @Test
        void rejectsAnEmptyDocument() {
            MalformedDocumentException e = failure(MalformedDocumentException.class, "empty-document.json");
            assertProblem(e, ProblemKind.SYNTAX, 1, 1, "");
        }
    }

    @Nested
    class NoCoercion {

        @Test
        void rejectsAStringForAWholeNumber() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "quorum-as-string.json");
            assertProblem(e, ProblemKind.WRONG_TYPE, 26, 17, "/governanceBodies/0/quorum");
        }

        @Test
        void rejectsAFractionForAWholeNumber() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "quorum-with-fraction.json");
            assertProblem(e, ProblemKind.WRONG_TYPE, 26, 17, "/governanceBodies/0/quorum");
        }

        @Test
        void rejectsAnEnumOrdinal() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "enum-as-ordinal.json");
            assertProblem(e, ProblemKind.WRONG_TYPE, 6, 13, "/status");
        }

        @Test
        @DisplayName("rejects an enum in Java case, listing the allowed values and the nearest one")
        void rejectsAnEnumInJavaCaseNamingTheNearestValue() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "enum-in-java-case.json");
            assertProblem(e, ProblemKind.INVALID_VALUE, 6, 13, "/status");
            assertThat(e.getMessage())
                    .contains("draft, proposed, in-force, expired, terminated")
                    .contains("did you mean \"in-force\"?");
        }

        @Test
        void rejectsADateWithATime() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "date-with-time.json");
            assertProblem(e, ProblemKind.INVALID_VALUE, 8, 18, "/term/effective");
        }

        @Test
        void rejectsADateAsAnArray() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "date-as-array.json");
            assertProblem(e, ProblemKind.WRONG_TYPE, 8, 18, "/term/effective");
        }

        @Test
        void rejectsADateThatDoesNotExist() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "date-february-30.json");
            assertProblem(e, ProblemKind.INVALID_VALUE, 8, 18, "/term/effective");
        }

        @Test
        void rejectsAPeriodThatIsNotIso8601() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "period-in-words.json");
            assertProblem(e, ProblemKind.INVALID_VALUE, 9, 20, "/term/reviewCycle");
        }

        @Test
        void rejectsAPeriodWhoseWeeksOverflowTheDaysAsOutOfRange() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "period-overflow.json");
            assertProblem(e, ProblemKind.INVALID_VALUE, 9, 20, "/term/reviewCycle");
            assertThat(e.getMessage()).contains("\"P999999999W\" is out of range");
        }

        @Test
        void rejectsANumberBeyondRangeInsteadOfMakingItInfinite() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "number-beyond-double.json");
            assertProblem(e, ProblemKind.INVALID_VALUE, 29, 122, "/resourceCommitments/0/amount");
        }

        @Test
        void rejectsAnExponentBelowTheRangeOfAnIntAsOutOfRange() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "exponent-beyond-int.json");
            assertProblem(e, ProblemKind.INVALID_VALUE, 29, 122, "/resourceCommitments/0/amount");
            assertThat(e.getMessage()).contains("\"0.1e-2147483648\" is out of range");
        }

        @Test
        void rejectsAnExponentAboveTheRangeOfAnIntAsOutOfRange() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "exponent-overflow.json");
            assertProblem(e, ProblemKind.INVALID_VALUE, 29, 122, "/resourceCommitments/0/amount");
            assertThat(e.getMessage()).contains("\"1e2147483648\" is out of range");
        }
    }

    @Nested
    class Encoding {

        @Test
        void rejectsAByteOrderMark() {
            MalformedDocumentException e = failure(MalformedDocumentException.class, "byte-order-mark.json");
            assertProblem(e, ProblemKind.ENCODING, 1, 1, "");
        }

        @Test
        void rejectsUtf16() {
            MalformedDocumentException e = failure(MalformedDocumentException.class, "utf-16le.json");
            assertProblem(e, ProblemKind.ENCODING, 1, 2, "");
        }

        @Test
        void rejectsUtf32() {
            MalformedDocumentException e = failure(MalformedDocumentException.class, "utf-32be.json");
            assertProblem(e, ProblemKind.ENCODING, 1, 1, "");
        }

        @Test
        void rejectsOverlongUtf8() {
            MalformedDocumentException e = failure(MalformedDocumentException.class, "overlong-utf8.json");
            assertProblem(e, ProblemKind.ENCODING, 4, 13, "");
        }

        @Test
        void rejectsAnUnpairedSurrogateInAString() {
            MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class,
                    () -> json.read("{\"title\": \"\uD800\"}"));
            assertProblem(e, ProblemKind.ENCODING, 0, 0, "");
        }

        @Test
        void rejectsBidirectionalControlsInText() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "bidi-override-in-title.json");
            assertProblem(e, ProblemKind.FORBIDDEN_CHARACTER, 4, 12, "/title");
            assertThat(e.getMessage()).contains("U+202E");
        }

        @Test
        void rejectsInvisibleCharactersInIds() {
            InvalidDocumentException e = failure(InvalidDocumentException.class, "invisible-character-in-id.json");
            assertProblem(e, ProblemKind.FORBIDDEN_CHARACTER, 13, 19, "/parties/0/agencyId");
            assertThat(e.getMessage()).contains("U+200B");
        }
    }

    @Nested
    class SchemaVersions {

        @Test
        void rejectsAnUnknownMajorVersion() {
            UnsupportedSchemaVersionException e = failure(UnsupportedSchemaVersionException.class, "schema-version-2.json");
            assertProblem(e, ProblemKind.UNSUPPORTED_VERSION, 2, 20, "/schemaVersion");
            assertThat(e.getMessage()).contains("\"2.0\"").contains("major version 1");
        }

        @Test
        void readsANewerMinorVersionButRejectsItsNewPropertiesNamingTheVersion() {
            InvalidDocumentException e = failure(InvalidDocumentException.class,
                    "schema-version-1-7-with-new-property.json");
            assertProblem(e, ProblemKind.UNKNOWN_PROPERTY, 3, 3, "/classificationMarking");
            assertThat(e.getMessage()).contains("schemaVersion \"1.7\"");
        }

        @Test
        void aLenientReaderReadsANewerMinorVersionReportingItsNewProperties() {
            ReadResult result = AgreementJson.builder().lenient(true).build()
                    .read(DocumentSource.of(Samples.bytes("hostile/schema-version-1-7-with-new-property.json"), "document", DocumentSyntax.JSON));
            assertThat(result.agreement().schemaVersion()).isEqualTo("1.7");
            assertThat(result.findings()).singleElement().satisfies(finding -> {
                assertThat(finding.ruleId()).isEqualTo("document.unknown-property");
                assertThat(finding.location()).isEqualTo(JsonPointer.of("classificationMarking"));
            });
        }
    }

    @Nested
    class Limits {

        private <T extends AgreementReadException> T failure(AgreementJson reader, Class<T> type, String file) {
            return catchThrowableOfType(type, () -> reader.read(DocumentSource.of(Samples.bytes("hostile/" + file), "document", DocumentSyntax.JSON)).agreement());
        }

        @Test
        void boundsTheDocumentSize() {
            DocumentLimitException e = failure(AgreementJson.builder().maxDocumentBytes(100).build(),
                    DocumentLimitException.class, "minimal.json");
            assertProblem(e, ProblemKind.LIMIT, 0, 0, "");
            assertThat(e.getMessage()).contains("maxDocumentBytes");
        }

        @Test
        void boundsTheNestingDepth() {
            DocumentLimitException e = failure(AgreementJson.builder().maxDepth(3).build(),
                    DocumentLimitException.class, "minimal.json");
            assertProblem(e, ProblemKind.LIMIT, 16, 17, "/parties/0/roles");
            assertThat(e.getMessage()).contains("maxDepth");
        }

        @Test
        void boundsTheStringLength() {
            DocumentLimitException e = failure(AgreementJson.builder().maxStringLength(12).build(),
                    DocumentLimitException.class, "minimal.json");
            assertProblem(e, ProblemKind.LIMIT, 4, 32, "/title");
            assertThat(e.getMessage()).contains("maxStringLength");
        }

        @Test
        void boundsThePropertyNameLength() {
            DocumentLimitException e = failure(AgreementJson.builder().maxPropertyNameLength(10).build(),
                    DocumentLimitException.class, "minimal.json");
            assertProblem(e, ProblemKind.LIMIT, 2, 18, "");
            assertThat(e.getMessage()).contains("maxPropertyNameLength");
        }

        @Test
        void boundsTheNumberLength() {
            DocumentLimitException e = failure(AgreementJson.builder().maxNumberLength(3).build(),
                    DocumentLimitException.class, "number-beyond-double.json");
            // Jackson checks a number's length when it reaches the end of the number, so the
            // pointer is that of the enclosing object.
            assertProblem(e, ProblemKind.LIMIT, 29, 127, "/resourceCommitments/0");
            assertThat(e.getMessage()).contains("maxNumberLength");
        }

        @Test
        void boundsTheTokenCount() {
            DocumentLimitException e = failure(AgreementJson.builder().maxTokenCount(10).build(),
                    DocumentLimitException.class, "minimal.json");
            assertProblem(e, ProblemKind.LIMIT, 6, 14, "/status");
            assertThat(e.getMessage()).contains("maxTokenCount");
        }

        @Test
        void boundsTheNumberOfProblemsReportedAndSaysMoreWereCut() {
            InvalidDocumentException e = failure(AgreementJson.builder().maxProblems(3).build(),
                    InvalidDocumentException.class, "many-unknown-properties.json");
            assertThat(e.problems()).hasSize(3);
            assertThat(e.problemsCut()).isTrue();
            assertThat(e.getMessage()).contains("(and 2 or more other problems)");
        }

        @Test
        void reportsEveryProblemWhenThereAreFewerThanTheLimit() {
            InvalidDocumentException e = failure(AgreementJson.defaults(), InvalidDocumentException.class,
                    "many-unknown-properties.json");
            assertThat(e.problems()).extracting(DocumentProblem::pointer)
                    .containsExactly(JsonPointer.of("a1"), JsonPointer.of("a2"), JsonPointer.of("a3"),
                            JsonPointer.of("a4"), JsonPointer.of("a5"));
            assertThat(e.problemsCut()).isFalse();
        }
    }
}
