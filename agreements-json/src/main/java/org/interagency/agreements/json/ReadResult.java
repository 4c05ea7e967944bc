package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.Finding;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * An agreement read by a reader, where each of its values is in the document, and what a lenient
 * reader noticed on the way.
 *
 * <pre>{@code
 * ReadResult read = AgreementJson.defaults().read(DocumentSource.of(Path.of("flood-mou.yaml")));
 * for (Finding finding : validator.validate(read.agreement()).findings()) {
 *     SourcePosition at = read.positions().of(finding.location());
 *     log.warn("{}:{}:{}: {}", read.positions().source(), at.line(), at.column(), finding.message());
 * }
 * }</pre>
 *
 * @param agreement the agreement, complete
 * @param positions where each value of the agreement starts in the document, by JSON Pointer
 * @param findings the properties a lenient reader ignored, as findings with rule id
 *     {@code document.unknown-property} and severity warning, located by JSON Pointer; always
 *     empty for a strict reader, which rejects them instead
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReadResult(Agreement agreement, SourcePositions positions, List<Finding> findings) {

    /**
     * Checks that the agreement and positions are present and copies the findings.
     *
     * @param agreement the agreement, complete
     * @param positions where each value of the agreement starts in the document, by JSON Pointer
     * @param findings the properties a lenient reader ignored, as findings with rule id {@code
     *     document.unknown-property} and severity warning, located by JSON Pointer; always empty for a
     *     strict reader, which rejects them instead
     */
    public ReadResult {
        Objects.requireNonNull(agreement, "agreement");
        Objects.requireNonNull(positions, "positions");
        findings = List.copyOf(findings);
    }
}
