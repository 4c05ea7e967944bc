package org.interagency.agreements.json;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Finding;

import java.util.List;
import java.util.Objects;

/**
 * An agreement read by a reader, with what a lenient reader noticed on the way.
 *
 * @param agreement the agreement, complete
 * @param findings the properties a lenient reader ignored, as findings with rule id
 *     {@code document.unknown-property} and severity warning, located by JSON Pointer; always
 *     empty for a strict reader, which rejects them instead
 */
public record ReadResult(Agreement agreement, List<Finding> findings) {

    /** Checks that the agreement is present and copies the findings. */
    public ReadResult {
        Objects.requireNonNull(agreement, "agreement");
        findings = List.copyOf(findings);
    }
}
