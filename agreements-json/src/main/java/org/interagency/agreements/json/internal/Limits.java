package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The bounds of one reader, as configured on its builder.
 *
 * @param maxDocumentBytes the largest document, in bytes of UTF-8
 * @param maxDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in UTF-16 code units
 * @param maxPropertyNameLength the longest property name, in UTF-16 code units
 * @param maxNumberLength the most characters in a number, and the most digits of a decimal
 *     written out in full
 * @param maxTokenCount the most tokens (names, values, brackets) in a document
 * @param maxProblems the most problems reported for one document
 */
@API(status = INTERNAL, since = "0.1")
public record Limits(
        long maxDocumentBytes,
        int maxDepth,
        int maxStringLength,
        int maxPropertyNameLength,
        int maxNumberLength,
        long maxTokenCount,
        int maxProblems) {
}
