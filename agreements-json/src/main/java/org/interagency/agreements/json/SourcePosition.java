package org.interagency.agreements.json;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A place in a document's text, as editors count: line and column, both from 1. A column counts
 * characters of the line (for JSON, bytes of UTF-8 as the parser counts them).
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SourcePosition(int line, int column) {

    /** The first character of a document. */
    public static final SourcePosition START = new SourcePosition(1, 1);

    /**
     * Checks that both count from 1.
     *
     * @param line the line, from 1
     * @param column the column, from 1
     */
    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns count from 1, not " + line + ":" + column);
        }
    }

    /** {@code line:column}, as compilers print a place. */
    @Override
    public String toString() {
        return line + ":" + column;
    }
}
