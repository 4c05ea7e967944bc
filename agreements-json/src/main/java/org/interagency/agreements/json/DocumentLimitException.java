package org.interagency.agreements.json;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The document exceeds a limit of the reader: its size, nesting depth, the length of a
 * string, name or number, or its token count. Reading stops at once, so there is one problem;
 * {@link #limit()} names the limit, and the exception's message says which builder method
 * raises it (the problem's message does not: a command line raises it with an option).
 */
@API(status = STABLE, since = "0.1")
public final class DocumentLimitException extends AgreementReadException {

    private static final long serialVersionUID = 1L;

    /**
     * The name of the {@link AgreementJson.Builder} method that raises the limit exceeded, such
     * as {@code "maxDocumentBytes"}; {@code null} for a limit that is not the reader's.
     */
    private final @Nullable String limit;

    /**
     * An exception for {@code problems} (at least one); {@code problemsCut} if more were found.
     *
     * @param problems the problems found, in document order
     * @param problemsCut whether more problems were found than {@code problems} holds
     */
    public DocumentLimitException(List<DocumentProblem> problems, boolean problemsCut) {
        this(problems, problemsCut, null);
    }

    /**
     * An exception for {@code problems} (at least one) that exceed {@code limit}, the name of the
     * {@link AgreementJson.Builder} method that sets it ({@code "maxDocumentBytes"}).
     *
     * @param problems the problems found, in document order, the first the one that exceeded the
     *     limit; at least one, none {@code null}; copied
     * @param problemsCut whether more problems were found than {@code problems} holds
     * @param limit the name of the {@link AgreementJson.Builder} method that raises the limit
     *     exceeded ({@code "maxDocumentBytes"}, {@code "maxDepth"}, {@code "maxStringLength"},
     *     {@code "maxPropertyNameLength"}, {@code "maxNumberLength"} or {@code "maxTokenCount"});
     *     {@code null} for a limit that is not the reader's, which the message then does not name
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public DocumentLimitException(List<DocumentProblem> problems, boolean problemsCut, @Nullable String limit) {
        super(problems, problemsCut);
        this.limit = limit;
    }

    /**
     * The limit exceeded, by the name of the {@link AgreementJson.Builder} method that raises it
     * ({@code maxDocumentBytes}, {@code maxDepth}, {@code maxStringLength},
     * {@code maxPropertyNameLength}, {@code maxNumberLength} or {@code maxTokenCount}); empty when
     * the limit is not one of the reader's (a small file another reader bounds).
     *
     * @return the builder method's name, such as {@code "maxDocumentBytes"}, or empty
     */
    public Optional<String> limit() {
        return Optional.ofNullable(limit);
    }

    /** The problems, then the builder method that raises the limit. */
    @Override
    public String getMessage() {
        return super.getMessage() + (limit == null ? "" : " (raise it with " + limit + " on AgreementJson's builder)");
    }
}
