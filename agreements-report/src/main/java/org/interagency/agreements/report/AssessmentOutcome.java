package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.assessment.CollaborationAssessment;
import org.interagency.agreements.assessment.PortfolioAssessment;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Everything one run of {@code assess} found, in the order the files were named: what the
 * {@link AssessmentWriter assessment writers} print.
 *
 * @param documents each document's assessment, in a stable order
 * @param portfolio the profile of each agency across the documents ({@code --portfolio});
 *     {@code null} otherwise
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AssessmentOutcome(List<Document> documents, @Nullable PortfolioAssessment portfolio) {

    /**
     * Copies the list.
     *
     * @param documents each document's assessment, in the order the files were named (a
     *     directory's files in the order found); none {@code null}; copied
     * @param portfolio the profile of each agency across the documents when {@code --portfolio}
     *     asked for it; {@code null} otherwise
     * @throws NullPointerException if {@code documents} or one of its elements is {@code null}
     */
    public AssessmentOutcome {
        documents = List.copyOf(documents);
    }

    /**
     * One document's assessment.
     *
     * @param path the file as the user named it (or as found under a directory), with {@code '/'}
     *     separators
     * @param assessment its profile
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Document(String path, CollaborationAssessment assessment) {

        /**
         * Checks that the parts are present.
         *
         * @param path the file as the user named it (or as found under a directory), with
         *     {@code '/'} separators; not {@code null}
         * @param assessment the document's collaboration profile; not {@code null}
         * @throws NullPointerException if {@code path} or {@code assessment} is {@code null}
         */
        public Document {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(assessment, "assessment");
        }
    }
}
