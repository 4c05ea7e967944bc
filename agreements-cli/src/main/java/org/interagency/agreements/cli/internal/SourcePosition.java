package org.interagency.agreements.cli.internal;

/**
 * A place in a document file, as editors count: both 1-based.
 *
 * @param line the line
 * @param column the column
 */
public record SourcePosition(int line, int column) {

    /** The first character of the file. */
    public static final SourcePosition START = new SourcePosition(1, 1);

    /** Checks that both are positive. */
    public SourcePosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns count from 1, not " + line + ":" + column);
        }
    }
}
