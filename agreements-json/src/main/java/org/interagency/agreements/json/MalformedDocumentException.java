package org.interagency.agreements.json;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The document is not well-formed: not strict UTF-8, not JSON (or YAML) syntax, empty,
 * or followed by trailing content. Reading stops at the first such problem, so there is one.
 */
@API(status = STABLE, since = "0.1")
public final class MalformedDocumentException extends AgreementReadException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for {@code problems} (at least one); {@code problemsCut} if more were found.
     *
     * @param problems the problems found, in document order
     * @param problemsCut whether more problems were found than {@code problems} holds
     */
    public MalformedDocumentException(List<DocumentProblem> problems, boolean problemsCut) {
        super(problems, problemsCut);
    }
}
