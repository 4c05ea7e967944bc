package org.interagency.agreements.robustness;

import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentLimitException;
import org.interagency.agreements.json.InvalidDocumentException;
import org.interagency.agreements.json.MalformedDocumentException;
import org.junit.jupiter.api.AfterAll;
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
                        // Nothing was merged, so the second contact lacks what the merge would have given it.
                        "MISSING_VALUE 31:9 /parties/1/contacts/0/role", "MISSING_VALUE 31:9 /parties/1/contacts/0/email");
    }

    @Test
    void rejectsASecondDocumentInTheStream() {
        assertThat(problems(rejected("yaml-multi-document.yaml", MalformedDocumentException.class)))
                .containsExactly("TRAILING_CONTENT 123:1 /"); // the first token after "---" on line 122
    }

    @Test
    void rejectsDuplicateKeys() {
        // JSON reports this as DUPLICATE_KEY at /id; YAML as a syntax error at the root (reported
        // to the lead as an inconsistency). What both get right: the line, and the key named.
        AgreementReadException e = rejected("yaml-duplicate-key.yaml", AgreementReadException.class);
        assertThat(e.problems()).hasSize(1);
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.getMessage()).contains("\"id\"");
    }

    @Test
    void rejectsNull() {
        assertThat(problems(rejected("yaml-null-word.yaml", InvalidDocumentException.class)))
                .containsExactly("NULL_VALUE 33:9 /vision");
    }

    @Test
    void rejectsNestingOneHundredThousandDeep() {
        assertThat(problems(rejected("generated: YAML nested 100 000 deep", DocumentLimitException.class,
                () -> JSON.readYaml(GeneratedDocuments.deeplyNestedYaml(100_000)))))
                .containsExactly("LIMIT 2:41 /vision");
    }
}
