package org.interagency.agreements.json.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.signing.DetachedSignature;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/** Reading and writing detached-signature documents, with the reader's strictness. */
@API(status = INTERNAL, since = "0.1")
public final class Signatures {

    private Signatures() {
    }

    /** The pretty JSON of a signature document. */
    public static byte[] write(Documents documents, List<DetachedSignature> signatures) {
        return documents.write(new SignatureDocument(signatures), Model.instance().signatureDocument(),
                DocumentSyntax.JSON, true);
    }

    /** Reads a signature document. */
    public static List<DetachedSignature> read(Documents documents, byte[] bytes) {
        SignatureDocument document = documents.<SignatureDocument>read(bytes, bytes.length, DocumentSyntax.JSON,
                Model.instance().signatureDocument(), "a signature document").value();
        return document.signatures();
    }
}
