package org.interagency.agreements.json;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The document declares a {@code schemaVersion} whose major version this library does not
 * read (it reads major version 1, any minor version). Reading stops at once.
 */
@API(status = STABLE, since = "0.1")
public final class UnsupportedSchemaVersionException extends AgreementReadException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception for {@code problems} (at least one); {@code problemsCut} if more were found.
     *
     * @param problems the problems found, in document order
     * @param problemsCut whether more problems were found than {@code problems} holds
     */
    public UnsupportedSchemaVersionException(List<DocumentProblem> problems, boolean problemsCut) {
        super(problems, problemsCut);
    }
}
