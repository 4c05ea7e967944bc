package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.json.DocumentProblem;
import org.interagency.agreements.json.MalformedDocumentException;
import org.interagency.agreements.json.ProblemKind;
import org.interagency.agreements.rules.JsonPointer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Encoding documents given as text. */
@API(status = INTERNAL, since = "0.1")
public final class Utf8 {

    private Utf8() {
    }

    /** The UTF-8 bytes of a string; an unpaired surrogate is an encoding problem, not a silent '?'. */
    public static byte[] encode(String text) {
        Objects.requireNonNull(text, "document");
        try {
            ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new MalformedDocumentException(List.of(new DocumentProblem(ProblemKind.ENCODING,
                    "the text holds an unpaired surrogate and cannot be encoded as UTF-8", 0, 0, JsonPointer.root())),
                    false);
        }
    }

}
