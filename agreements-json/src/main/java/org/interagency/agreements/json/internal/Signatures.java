package org.interagency.agreements.json.internal;

import org.interagency.agreements.json.signing.DetachedSignature;

import java.util.List;

/** Reading and writing detached-signature documents, with the reader's strictness. */
public final class Signatures {

    private Signatures() {
    }

    /** The pretty JSON of a signature document. */
    public static byte[] write(Documents documents, List<DetachedSignature> signatures) {
        return documents.write(new SignatureDocument(signatures), Model.instance().signatureDocument(),
                Documents.Syntax.JSON, true);
    }

    /** Reads a signature document. */
    public static List<DetachedSignature> read(Documents documents, byte[] bytes) {
        SignatureDocument document = documents.<SignatureDocument>read(bytes, bytes.length, Documents.Syntax.JSON,
                Model.instance().signatureDocument(), "a signature document").value();
        return document.signatures();
    }
}
