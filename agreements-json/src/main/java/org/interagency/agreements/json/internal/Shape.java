package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import tools.jackson.core.JsonGenerator;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * How one model type looks in a document: how to read it from a token stream, strictly, and how
 * to write it.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class Shape {

    /** Returned by {@link #read} when the value had a problem, already reported. */
    static final Object FAILED = new Object();

    /** What a value of this shape looks like, for messages: {@code "a date such as \"2026-02-28\""}. */
    abstract String description();

    /**
     * Reads the value whose first token is the reader's current token, leaving the reader on its
     * last token. On a problem, reports it, skips the value and returns {@link #FAILED}.
     */
    abstract Object read(DocumentReader reader);

    /** Writes {@code value}, which is of this shape's type and not null. */
    abstract void write(Object value, JsonGenerator generator);

    /** Whether {@code value} is left out of a written document: an absent value or an empty list. */
    boolean omits(Object value) {
        return false;
    }
}
