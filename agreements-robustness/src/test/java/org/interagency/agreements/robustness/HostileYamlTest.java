package org.interagency.agreements.robustness;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.json.DocumentLimitException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.InvalidDocumentException;
import org.interagency.agreements.json.MalformedDocumentException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interagency.agreements.robustness.Hostiles.JSON;
import static org.interagency.agreements.robustness.Hostiles.problems;
import static org.interagency.agreements.robustness.Hostiles.rejected;

/** Hostile YAML: alias bombs, tags naming Java classes, merge keys, several documents in one, and deep nesting. */
class HostileYamlTest {

    @AfterAll
    static void writeTable() {
        Measured.writeTable("hostile-yaml");
    }

    @Test
    void rejectsAnAliasBombAtItsFirstAnchor() {
        assertThat(problems(rejected("yaml-alias-bomb.yaml", InvalidDocumentException.class)))
                .startsWith("YAML_FEATURE 3:5 /goals/0");
    }

    @Test
    void rejectsATagNamingAJavaClassOnAScalar() {
        InvalidDocumentException e = rejected("yaml-java-tag-on-scalar.yaml", InvalidDocumentException.class);
        assertThat(problems(e)).containsExactly("YAML_FEATURE 3:8 /title");
        assertThat(e.getMessage()).contains("java.lang.ProcessBuilder");
    }

    @Test
    void rejectsTagsNamingJavaClassesOnASequence() {
        assertThat(problems(rejected("yaml-java-tag-on-sequence.yaml", InvalidDocumentException.class)))
                .containsExactly("YAML_FEATURE 2:5 /id");
    }

    @Test
    void rejectsMergeKeys() {
        assertThat(problems(rejected("yaml-merge-key.yaml", InvalidDocumentException.class)))
                .containsExactly("YAML_FEATURE 21:9 /parties/0/contacts/0", "UNKNOWN_PROPERTY 31:9 /parties/1/contacts/0/<<",
                        // The alias under the unknown key "<<" is named too, as every alias is.
                        "YAML_FEATURE 31:13 /parties/1/contacts/0/<<",
                        // Nothing was merged, so the second contact lacks what the merge would have given it.
                        "MISSING_VALUE 31:9 /parties/1/contacts/0/role", "MISSING_VALUE 31:9 /parties/1/contacts/0/email");
    }

    @Test
    void rejectsASecondDocumentInTheStream() {
        assertThat(problems(rejected("yaml-multi-document.yaml", MalformedDocumentException.class)))
                .containsExactly("TRAILING_CONTENT 123:1 /"); // the first token after "---" on line 122
    }

    @Test
    void rejectsDuplicateKeysAtTheSecondKeyJustAsJsonDoes() {
        InvalidDocumentException e = rejected("yaml-duplicate-key.yaml", InvalidDocumentException.class);
        // The document is only the two keys and the repeated one, so the required values are missing too.
        assertThat(problems(e)).containsExactly("DUPLICATE_KEY 3:1 /id", "MISSING_VALUE 1:1 /title",
                "MISSING_VALUE 1:1 /kind", "MISSING_VALUE 1:1 /status", "MISSING_VALUE 1:1 /term");
        assertThat(e.getMessage()).contains("\"id\"");
    }

    @Test
    void rejectsNull() {
        assertThat(problems(rejected("yaml-null-word.yaml", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 33:9 /vision");
    }

    @Test
    @DisplayName("a plain ~ is YAML's null, not the text \"~\"")
    void rejectsTheTildeNull() {
        assertThat(problems(rejected("yaml-null-tilde.yaml", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 33:9 /vision");
    }

    @Test
    @DisplayName("an empty value is YAML's null, not the empty text; it is located just after its key's colon")
    void rejectsTheEmptyNull() {
        assertThat(problems(rejected("yaml-null-empty.yaml", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 33:8 /vision");
    }

    @Test
    @DisplayName("Null is YAML's null, not the text \"Null\"")
    void rejectsTheCapitalisedNull() {
        assertThat(problems(rejected("yaml-null-capitalised.yaml", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 33:9 /vision");
    }

    @Test
    @DisplayName("NULL for a required value is rejected as null, not read as the title \"NULL\"")
    void rejectsTheUpperCaseNullForARequiredValue() {
        assertThat(problems(rejected("yaml-null-upper-case-required.yaml", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 3:8 /title");
    }

    @Test
    @DisplayName("a quoted \"~\" is a string, and is read as one")
    void readsAQuotedTildeAsText() {
        Agreement agreement = Measured.run("yaml-quoted-tilde.yaml", () -> Hostiles.read("yaml-quoted-tilde.yaml"))
                .value(Agreement.class);
        assertThat(agreement.vision()).isEqualTo("~");
    }

    @Test
    void rejectsNestingOneHundredThousandDeep() {
        assertThat(problems(rejected("generated: YAML nested 100 000 deep", DocumentLimitException.class,
                () -> JSON.read(DocumentSource.of(GeneratedDocuments.deeplyNestedYaml(100_000), "document", DocumentSyntax.YAML)).agreement())))
                .containsExactly("LIMIT 2:41 /vision");
    }
}
