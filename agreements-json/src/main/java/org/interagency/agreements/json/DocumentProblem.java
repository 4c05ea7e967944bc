package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.JsonPointer;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One reason a document could not be read, and where.
 *
 * @param kind what kind of problem it is
 * @param message what is wrong and what would be right, for a person; values from the document
 *     appear shortened and escaped
 * @param line the 1-based line of the offending value, or 0 if unknown
 * @param column the 1-based column of the offending value, or 0 if unknown
 * @param pointer the JSON Pointer of the offending value ({@code /parties/2/agencyId}); the root
 *     pointer for problems of the whole document
 */
@API(status = STABLE, since = "0.1")
public record DocumentProblem(ProblemKind kind, String message, int line, int column, JsonPointer pointer) {

    /**
     * Checks that the parts are present.
     *
     * @param kind what kind of problem it is
     * @param message what is wrong and what would be right, for a person; values from the document
     *     appear shortened and escaped
     * @param line the 1-based line of the offending value, or 0 if unknown
     * @param column the 1-based column of the offending value, or 0 if unknown
     * @param pointer the JSON Pointer of the offending value ({@code /parties/2/agencyId}); the
     *     root pointer for problems of the whole document
     */
    public DocumentProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(pointer, "pointer");
    }

    /** {@code line 3, column 14, at /parties/0/agencyId: message}; the line and column only if known. */
    @Override
    public String toString() {
        String where = line > 0 ? "line " + line + ", column " + column + ", " : "";
        return where + "at " + (pointer.isRoot() ? "/" : pointer.toString()) + ": " + message;
    }
}
