package org.interagency.agreements.json;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.STABLE;

/** What kind of problem made a document unreadable. */
@API(status = STABLE, since = "0.1")
public enum ProblemKind {
    /**
     * The source could not be read at all: there is no such file, it may not be read, it is not a
     * regular file (a directory, a named pipe, a device), or reading it failed.
     */
    UNREADABLE,
    /** The bytes are not UTF-8 without a byte-order mark. */
    ENCODING,
    /** The text is not JSON (or YAML): a stray character, an unclosed object, an empty document. */
    SYNTAX,
    /** Something follows the agreement: a second value or document. */
    TRAILING_CONTENT,
    /** A size limit of the reader was exceeded (document size, depth, string length, ...). */
    LIMIT,
    /** The document's {@code schemaVersion} has a major version this library does not read. */
    UNSUPPORTED_VERSION,
    /** A property appears twice in one object. */
    DUPLICATE_KEY,
    /** A property the format does not define. */
    UNKNOWN_PROPERTY,
    /** A required property is absent. */
    MISSING_VALUE,
    /** A property is an explicit {@code null}; the format omits absent values instead. */
    NULL_VALUE,
    /** A value of the wrong JSON type: a string where a number belongs, a number for an enum. */
    WRONG_TYPE,
    /** A value of the right type that is not allowed: an unknown enum name, a malformed date. */
    INVALID_VALUE,
    /** A text field holds a bidirectional control character, or an id an invisible one. */
    FORBIDDEN_CHARACTER,
    /** A YAML feature agreements do not use: an anchor, alias, merge key or explicit tag. */
    YAML_FEATURE
}
