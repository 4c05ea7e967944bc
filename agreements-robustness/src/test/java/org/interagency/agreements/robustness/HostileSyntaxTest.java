package org.interagency.agreements.robustness;

import org.interagency.agreements.json.InvalidDocumentException;
import org.interagency.agreements.json.MalformedDocumentException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.robustness.Hostiles.findings;
import static org.interagency.agreements.robustness.Hostiles.problems;
import static org.interagency.agreements.robustness.Hostiles.rejected;
import static org.interagency.agreements.robustness.Hostiles.report;

/**
 * Hostile bytes and syntax: encodings, byte-order marks, duplicate and look-alike keys, trailing
 * content, empty and truncated documents, and JSON extensions that strict JSON does not allow.
 * Expected lines and columns are counted by hand in the files (both start at 1).
 */
class HostileSyntaxTest {

    /**
     * Where a syntax error in the first token of a value is located. Jackson reads that token
     * when it returns the key before it, so the reader has not yet descended into the key and
     * names the enclosing object ({@code /}) rather than the member ({@code /status}); the line
     * and column are still those of the bad token. Reported to the lead as an imprecision.
     */
    private static final String SYNTAX_ERROR_AFTER_A_KEY_POINTS_AT_ITS_OBJECT = "/";

    @AfterAll
    static void writeTable() {
        Measured.writeTable("hostile-syntax");
    }

    @Test
    @DisplayName("the clean base document, which the hostile ones change in one place, reads and validates clean")
    void baseDocumentIsClean() {
        assertThat(findings(report("base-clean.json"))).isEmpty();
        assertThat(findings(report("base-clean.yaml"))).isEmpty();
    }

    @Test
    void rejectsDuplicateKeys() {
        assertThat(problems(rejected("duplicate-key.json", InvalidDocumentException.class)))
                .containsExactly("DUPLICATE_KEY 4:3 /id");
    }

    @Test
    void rejectsDuplicateKeysEvenWhenEscaped() {
        assertThat(problems(rejected("duplicate-key-escaped.json", InvalidDocumentException.class)))
                .containsExactly("DUPLICATE_KEY 4:3 /id");
    }

    @Test
    void rejectsDuplicateKeysInNestedObjects() {
        assertThat(problems(rejected("duplicate-key-nested.json", InvalidDocumentException.class)))
                .containsExactly("DUPLICATE_KEY 7:40 /term/effective");
    }

    @Test
    @DisplayName("keys that differ only by Unicode normalization are two different unknown keys, never merged")
    void keepsKeysThatDifferOnlyByNormalizationApart() {
        assertThat(problems(rejected("key-nfc-and-nfd.json", InvalidDocumentException.class)))
                .containsExactly("UNKNOWN_PROPERTY 7:3 /r\u00e9sum\u00e9", "UNKNOWN_PROPERTY 8:3 /re\u0301sume\u0301");
    }

    @Test
    @DisplayName("a full-width key that NFKC would fold into \"title\" is an unknown key, not a second title")
    void doesNotFoldCompatibilityFormsOfKeys() {
        assertThat(problems(rejected("key-fullwidth-compatibility-form.json", InvalidDocumentException.class)))
                .containsExactly("UNKNOWN_PROPERTY 7:3 /\uff54\uff49\uff54\uff4c\uff45");
    }

    @Test
    void rejectsInvalidUtf8() {
        assertThat(problems(rejected("invalid-utf8.json", MalformedDocumentException.class)))
                .containsExactly("ENCODING 3:17 /");
    }

    @Test
    void rejectsOverlongUtf8() {
        assertThat(problems(rejected("overlong-utf8.json", MalformedDocumentException.class)))
                .containsExactly("ENCODING 3:28 /");
    }

    @Test
    void rejectsAUtf8ByteOrderMark() {
        assertThat(problems(rejected("bom-utf8.json", MalformedDocumentException.class)))
                .containsExactly("ENCODING 1:1 /");
    }

    @Test
    void rejectsUtf16WithAByteOrderMark() {
        assertThat(problems(rejected("bom-utf16le.json", MalformedDocumentException.class)))
                .containsExactly("ENCODING 1:1 /");
    }

    @Test
    @DisplayName("UTF-16 without a byte-order mark is refused at its first NUL byte")
    void rejectsUtf16WithoutAByteOrderMark() {
        assertThat(problems(rejected("utf16be-without-bom.json", MalformedDocumentException.class)))
                .containsExactly("ENCODING 1:1 /");
    }

    @Test
    @DisplayName("text after the root that is no JSON at all is trailing content, where it starts")
    void rejectsTrailingGarbage() {
        assertThat(problems(rejected("trailing-garbage.json", MalformedDocumentException.class)))
                .containsExactly("TRAILING_CONTENT 90:1 /");
    }

    @Test
    void rejectsASecondDocumentAfterTheFirst() {
        assertThat(problems(rejected("trailing-second-document.json", MalformedDocumentException.class)))
                .containsExactly("TRAILING_CONTENT 90:1 /");
    }

    @Test
    void rejectsAnEmptyDocument() {
        assertThat(problems(rejected("empty.json", MalformedDocumentException.class)))
                .containsExactly("SYNTAX 1:1 /");
    }

    @Test
    void rejectsADocumentOfWhiteSpace() {
        assertThat(problems(rejected("whitespace-only.json", MalformedDocumentException.class)))
                .containsExactly("SYNTAX 3:1 /");
    }

    @Test
    void rejectsNullAsTheDocument() {
        assertThat(problems(rejected("null-document.json", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 1:1 /");
    }

    @Test
    void rejectsAnArrayAsTheDocument() {
        assertThat(problems(rejected("array-document.json", InvalidDocumentException.class)))
                .containsExactly("WRONG_TYPE 1:1 /");
    }

    @Test
    void rejectsATruncatedDocument() {
        assertThat(problems(rejected("truncated.json", MalformedDocumentException.class)))
                .containsExactly("SYNTAX 30:21 /goals/0/id");
    }

    @Test
    void rejectsComments() {
        assertThat(problems(rejected("comment.json", MalformedDocumentException.class)))
                .containsExactly("SYNTAX 2:27 /");
    }

    @Test
    void rejectsSingleQuotedStrings() {
        assertThat(problems(rejected("single-quoted-string.json", MalformedDocumentException.class)))
                .containsExactly("SYNTAX 6:13 " + SYNTAX_ERROR_AFTER_A_KEY_POINTS_AT_ITS_OBJECT);
    }

    @Test
    void rejectsUnquotedKeys() {
        assertThat(problems(rejected("unquoted-key.json", MalformedDocumentException.class)))
                .containsExactly("SYNTAX 6:3 /");
    }

    @Test
    void rejectsRawControlCharactersInStrings() {
        assertThat(problems(rejected("raw-control-character.json", MalformedDocumentException.class)))
                .containsExactly("SYNTAX 4:18 /title");
    }

    @Test
    void rejectsAnUnpairedSurrogateEscape() {
        assertThat(problems(rejected("lone-surrogate.json", InvalidDocumentException.class)))
                .containsExactly("FORBIDDEN_CHARACTER 4:12 /title");
    }
}
