package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.util.List;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A document could not be read into an agreement. No partial agreement is ever returned: the
 * reader either returns a whole agreement or throws this.
 *
 * <p>The exception carries every problem found, up to the reader's limit (see
 * {@link AgreementJson.Builder#maxProblems(int)}); {@link #problemsCut()} says whether more were
 * found than are listed. {@link #line()}, {@link #column()} and {@link #pointer()} locate the
 * first problem. The subclasses say which kind of failure it was:
 * {@link MalformedDocumentException}, {@link DocumentLimitException},
 * {@link UnsupportedSchemaVersionException} and {@link InvalidDocumentException}.
 */
@API(status = STABLE, since = "0.1")
public abstract class AgreementReadException extends AgreementJsonException {

    private static final long serialVersionUID = 1L;

    /** Not serialized with the exception: problems are for the process that read the document. */
    private final transient List<DocumentProblem> problems;
    /** Whether more problems were found than {@link #problems} holds; serialized. */
    private final boolean problemsCut;

    /**
     * An exception for {@code problems}, of which there is at least one.
     *
     * @param problems the problems found, first the one that located the failure
     * @param problemsCut whether more problems were found than are listed
     */
    protected AgreementReadException(List<DocumentProblem> problems, boolean problemsCut) {
        super(message(problems, problemsCut));
        this.problems = List.copyOf(problems);
        this.problemsCut = problemsCut;
    }

    /** An exception with its own message, for failures that no problem's location describes. */
    AgreementReadException(String message, List<DocumentProblem> problems, @Nullable Throwable cause) {
        super(message);
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a read exception needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.problemsCut = false;
        if (cause != null) {
            initCause(cause);
        }
    }

    /**
     * {@return the problems found, in document order, at most as many as the reader's limit}
     */
    public List<DocumentProblem> problems() {
        return problems;
    }

    /**
     * {@return whether more problems were found than {@link #problems()} lists}
     */
    public boolean problemsCut() {
        return problemsCut;
    }

    /**
     * {@return the 1-based line of the first problem (0 if unknown)}
     */
    public int line() {
        return problems.get(0).line();
    }

    /**
     * {@return the 1-based column of the first problem (0 if unknown)}
     */
    public int column() {
        return problems.get(0).column();
    }

    /**
     * {@return the JSON Pointer of the first problem}
     */
    public JsonPointer pointer() {
        return problems.get(0).pointer();
    }

    private static String message(List<DocumentProblem> problems, boolean cut) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a read exception needs at least one problem");
        }
        StringBuilder message = new StringBuilder(problems.get(0).toString());
        int more = problems.size() - 1;
        if (more > 0 || cut) {
            message.append(" (and ").append(more).append(cut ? " or more" : "").append(" other problem")
                    .append(more == 1 && !cut ? "" : "s").append(')');
        }
        return message.toString();
    }
}
