package org.interagency.agreements.json;

import org.interagency.agreements.rules.JsonPointer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** YAML is read with the same guarantees as JSON, and without the YAML features that make it unsafe. */
class YamlReadingTest {

    private final AgreementJson json = AgreementJson.defaults();

    private InvalidDocumentException failure(String file) {
        return catchThrowableOfType(InvalidDocumentException.class,
                () -> json.read(DocumentSource.of(Samples.bytes("hostile/" + file), "document", DocumentSyntax.YAML)).agreement());
    }

    @Test
    void readsTheSameAgreementAsTheEquivalentJson() {
        assertThat(json.read(DocumentSource.of(Samples.bytes("hostile/minimal.yaml"), "document", DocumentSyntax.YAML)).agreement().parties())
                .isEqualTo(json.read(DocumentSource.of(Samples.bytes("hostile/minimal.json"), "document", DocumentSyntax.JSON)).agreement().parties());
    }

    @Test
    void rejectsAnAnchorOnAScalarAndTheAliasToIt() {
        InvalidDocumentException e = failure("yaml-alias.yaml");
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.YAML_FEATURE);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.pointer()).isEqualTo(JsonPointer.of("title"));
            assertThat(problem.message()).contains("anchor \"&t\"");
        });
        assertThat(e.problems().get(1)).satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.YAML_FEATURE);
            assertThat(problem.line()).isEqualTo(14);
            assertThat(problem.column()).isEqualTo(9);
            assertThat(problem.pointer()).isEqualTo(JsonPointer.of("vision"));
            assertThat(problem.message()).contains("alias \"*t\"");
        });
    }

    @Test
    void rejectsABillionLaughsDocumentAtItsFirstAnchorWithoutExpandingIt() {
        InvalidDocumentException e = failure("billion-laughs.yaml");
        // Each anchored node is rejected once, where it stands; no alias is ever expanded, so
        // the problems are a handful, not 10^9.
        assertThat(e.problems().get(0)).satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.YAML_FEATURE);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.pointer()).isEqualTo(JsonPointer.of("title"));
            assertThat(problem.message()).contains("anchor \"&a\"");
        });
        assertThat(e.problems().get(1)).satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.WRONG_TYPE);
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo(9);
            assertThat(problem.pointer()).isEqualTo(JsonPointer.of("vision"));
        });
        assertThat(e.problems()).filteredOn(problem -> problem.kind() == ProblemKind.YAML_FEATURE)
                .extracting(problem -> problem.pointer().toString())
                .containsExactly("/title", "/goals", "/responsibilities", "/channels", "/trustMeasures",
                        "/governanceBodies", "/dataSharingProtocols", "/trainingProgrammes", "/escalationPaths");
        assertThat(e.problems()).hasSizeLessThan(15);
    }

    @Test
    void namesTheFirstAnchorUnderAnUnknownKeyAsWellAsTheKey() {
        InvalidDocumentException e = failure("yaml-anchor-under-unknown-key.yaml");
        assertThat(e.problems()).extracting(DocumentProblem::kind)
                .containsExactly(ProblemKind.UNKNOWN_PROPERTY, ProblemKind.YAML_FEATURE);
        assertThat(e.problems().get(1)).satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(15);
            assertThat(problem.pointer()).isEqualTo(JsonPointer.of("notes"));
            assertThat(problem.message()).contains("anchor \"&defaults\"");
        });
    }

    @Test
    void aLenientReaderStillRejectsAnAnchorUnderAnUnknownKey() {
        AgreementJson lenient = AgreementJson.builder().lenient(true).build();
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class,
                () -> lenient.read(DocumentSource.of(Samples.bytes("hostile/yaml-anchor-under-unknown-key.yaml"), "document", DocumentSyntax.YAML)));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.YAML_FEATURE);
            assertThat(problem.message()).contains("anchor \"&defaults\"");
        });
    }

    @Test
    void rejectsTagsNamingJavaClasses() {
        InvalidDocumentException e = failure("yaml-java-tag.yaml");
        DocumentProblem problem = e.problems().get(0);
        assertThat(problem.kind()).isEqualTo(ProblemKind.YAML_FEATURE);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(8);
        assertThat(problem.pointer()).isEqualTo(JsonPointer.of("title"));
        assertThat(problem.message()).contains("java.net.URL");
    }

    @Test
    void rejectsMergeKeys() {
        InvalidDocumentException e = failure("yaml-merge-key.yaml");
        DocumentProblem problem = e.problems().get(0);
        assertThat(problem.kind()).isEqualTo(ProblemKind.UNKNOWN_PROPERTY);
        assertThat(problem.line()).isEqualTo(14);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.pointer()).isEqualTo(JsonPointer.of("parties", 1, "<<"));
        assertThat(problem.message()).contains("merge keys");
    }

    @Test
    void rejectsCoercibleScalarsJustAsJsonDoes() {
        String yaml = new String(Samples.bytes("hostile/minimal.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("status: draft", "status: 0");
        InvalidDocumentException e = catchThrowableOfType(InvalidDocumentException.class, () -> json.read(DocumentSource.of(yaml, "document", DocumentSyntax.YAML)).agreement());
        assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.WRONG_TYPE);
        assertThat(e.pointer()).isEqualTo(JsonPointer.of("status"));
        assertThat(e.line()).isEqualTo(5);
        assertThat(e.column()).isEqualTo(9);
    }

    @Test
    void rejectsEveryPlainScalarThatYamlReadsAsNull() {
        InvalidDocumentException e = failure("yaml-null-words.yaml");
        // ~ and Null and NULL where they stand; an empty value just after its key's colon.
        assertThat(e.problems()).extracting(problem -> problem.kind() + " " + problem.line() + ":" + problem.column()
                        + " " + problem.pointer())
                .containsExactly(
                        "NULL_VALUE 6:9 /vision",
                        "NULL_VALUE 12:11 /parties/0/name",
                        "NULL_VALUE 13:19 /parties/0/jurisdiction",
                        "NULL_VALUE 16:14 /parties/0/contacts/0/name");
    }

    @Test
    void readsQuotedNullWordsAsTheStringsTheyAre() {
        org.interagency.agreements.Agreement agreement = json.read(DocumentSource.of(Samples.bytes("hostile/yaml-quoted-null-words.yaml"), "document", DocumentSyntax.YAML)).agreement();
        assertThat(agreement.title()).isEqualTo("null");
        assertThat(agreement.vision()).isEqualTo("~");
        assertThat(agreement.parties().get(0).name()).isEqualTo("Null");
        org.interagency.agreements.Contact contact = agreement.parties().get(0).contacts().get(0);
        assertThat(contact.name()).isEqualTo("~");
        assertThat(contact.role()).isEqualTo("NULL");
        assertThat(contact.phone()).isEmpty();
    }

    @Test
    void rejectsADuplicateKeyAtItsPointerJustAsJsonDoes() {
        InvalidDocumentException e = failure("yaml-duplicate-key.yaml");
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.DUPLICATE_KEY);
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(1);
            assertThat(problem.pointer()).isEqualTo(JsonPointer.of("id"));
            assertThat(problem.message()).contains("\"id\"");
        });
    }

    @Test
    void explainsAColonInAPlainValueInWordsAtTheColon() {
        MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class, () -> json.read(
                DocumentSource.of(Samples.bytes("hostile/yaml-colon-in-plain-value.yaml"), "document", DocumentSyntax.YAML)));
        assertThat(e.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.kind()).isEqualTo(ProblemKind.SYNTAX);
            // "title: Flood: response": the second ':' is the 13th character of line 3.
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo(13);
            assertThat(problem.message()).startsWith("the document is not well-formed YAML: a ':' followed by a space"
                    + " where no key can start").endsWith("(the YAML parser says: mapping values are not allowed here)");
        });
    }

    @Test
    void rejectsASecondDocumentInTheStream() {
        String yaml = new String(Samples.bytes("hostile/minimal.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                + "---\nid: second\n";
        MalformedDocumentException e = catchThrowableOfType(MalformedDocumentException.class, () -> json.read(DocumentSource.of(yaml, "document", DocumentSyntax.YAML)).agreement());
        assertThat(e.problems().get(0).kind()).isEqualTo(ProblemKind.TRAILING_CONTENT);
        assertThat(e.line()).isEqualTo(15);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.pointer()).isEqualTo(JsonPointer.root());
    }

    /**
     * The YAML parser reads its text in windows of 1025 chars; a surrogate pair that straddles the
     * edge of a window (here the first and the second) once made the read fail untyped.
     */
    @ParameterizedTest(name = "with the high surrogate at char {0}")
    @MethodSource("offsetsAroundTheParsersReadWindows")
    void readsACharacterOutsideTheBmpWhereverItFallsAgainstTheParsersReadWindow(int offset) {
        String minimal = Samples.text("hostile/minimal.yaml");
        String titleLine = "title: Minimal memorandum\n";
        int end = minimal.indexOf(titleLine) + titleLine.length();
        String head = minimal.substring(0, end) + "vision: \"";
        String vision = "a".repeat(offset - head.length()) + "\uD83C\uDF0A flood response";
        String yaml = head + vision + "\"\n" + minimal.substring(end);
        assertThat(yaml.indexOf('\uD83C')).isEqualTo(offset);

        assertThat(json.read(DocumentSource.of(yaml, "document", DocumentSyntax.YAML)).agreement().vision()).isEqualTo(vision);
    }

    static IntStream offsetsAroundTheParsersReadWindows() {
        return IntStream.concat(IntStream.rangeClosed(1020, 1028), IntStream.rangeClosed(2045, 2053));
    }
}
