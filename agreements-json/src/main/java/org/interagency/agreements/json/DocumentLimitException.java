package org.interagency.agreements.json;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The document exceeds a limit of the reader: its size, nesting depth, the length of a
 * string, name or number, or its token count. Reading stops at once, so there is one problem; the
 * message names the limit and the builder method that raises it.
 */
@API(status = STABLE, since = "0.1")
public final class DocumentLimitException extends AgreementReadException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for {@code problems} (at least one); {@code problemsCut} if more were found.
     *
     * @param problems the problems found, in document order
     * @param problemsCut whether more problems were found than {@code problems} holds
     */
    public DocumentLimitException(List<DocumentProblem> problems, boolean problemsCut) {
        super(problems, problemsCut);
    }
}
