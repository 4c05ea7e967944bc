package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.JsonPointer;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Why a document file could not be read, and where.
 *
 * @param message what is wrong and what would be right
 * @param position the line and column in the file; {@link SourcePosition#START} if unknown
 * @param pointer the JSON Pointer of the offending value; the root if unknown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReadProblem(String message, SourcePosition position, JsonPointer pointer) {

    /**
     * Checks that the parts are present.
     *
     * @param message what is wrong and what would be right
     * @param position the line and column in the file; {@link SourcePosition#START} if unknown
     * @param pointer the JSON Pointer of the offending value; the root if unknown
     */
    public ReadProblem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * {@return a problem of the whole file (it cannot be opened, say)}
     *
     * @param message what is wrong with the file
     */
    public static ReadProblem ofFile(String message) {
        return new ReadProblem(message, SourcePosition.START, JsonPointer.root());
    }
}
