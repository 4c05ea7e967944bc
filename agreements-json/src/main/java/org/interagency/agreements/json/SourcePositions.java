package org.interagency.agreements.json;

import org.apiguardian.api.API;

import org.interagency.agreements.json.internal.PositionRecorder;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Where each value of a document read by {@link AgreementJson#read(DocumentSource)} starts in the
 * document's text, by JSON Pointer: what turns a {@link org.interagency.agreements.rules.Finding}'s
 * location ({@code /responsibilities/2/assignments/0}) into a line and column to show.
 *
 * <ul>
 *   <li>A member is located at its property name: {@code /term} at {@code "term"}, not at the
 *       brace after it.</li>
 *   <li>An array element is located at its first token, the document at its first token.</li>
 *   <li>A pointer to something the document does not write out (an omitted empty list, an
 *       absent optional value, an index past the end) is located at its nearest ancestor that
 *       it does: {@code /goals/0/milestones} of a goal without milestones at {@code /goals/0}.</li>
 * </ul>
 * Lines and columns count from 1, as the parser counts them (for JSON, a column counts bytes of
 * UTF-8). Where each value starts is recorded while the document is read, in the same pass; the
 * index of them is built on the first query (for JSON, by counting the lines of the document's
 * bytes, which the positions keep; of an array given to {@link DocumentSource#of(byte[], String,
 * DocumentSyntax)}, they keep a copy, so the caller may change or reuse the array once the read
 * has returned).
 *
 * <p>Immutable and thread-safe once the read has returned.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SourcePositions {

    private final String source;
    private final @Nullable PositionRecorder recorded;

    SourcePositions(String source, @Nullable PositionRecorder recorded) {
        this.source = Objects.requireNonNull(source, "source");
        this.recorded = recorded;
    }

    /**
     * {@return the name of the document: its path, or the name its {@link DocumentSource} was
     * given}
     */
    public String source() {
        return source;
    }

    /**
     * {@return where the value at {@code pointer} starts, or, if the document does not write it
     * out, where its nearest written ancestor does (see the class description)}
     *
     * @param pointer a pointer into the document
     */
    public SourcePosition of(JsonPointer pointer) {
        Objects.requireNonNull(pointer, "pointer");
        return recorded == null ? SourcePosition.START : recorded.locate(pointer);
    }

    /** {@code SourcePositions[flood-mou.yaml]}. */
    @Override
    public String toString() {
        return "SourcePositions[" + source + "]";
    }
}
