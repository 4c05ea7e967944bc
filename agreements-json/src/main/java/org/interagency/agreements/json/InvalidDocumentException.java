package org.interagency.agreements.json;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The document is well-formed but does not describe an agreement in the document format:
 * unknown or duplicate properties, missing or {@code null} values, wrong types, invalid values,
 * forbidden characters or YAML features. Lists every problem found, up to the reader's limit.
 */
@API(status = STABLE, since = "0.1")
public final class InvalidDocumentException extends AgreementReadException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for {@code problems} (at least one); {@code problemsCut} if more were found.
     *
     * @param problems the problems found, in document order
     * @param problemsCut whether more problems were found than {@code problems} holds
     */
    public InvalidDocumentException(List<DocumentProblem> problems, boolean problemsCut) {
        super(problems, problemsCut);
    }
}
