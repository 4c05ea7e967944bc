package org.interagency.agreements.packs.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.AgreementKind;

import java.util.Locale;

import static org.apiguardian.api.API.Status.INTERNAL;

/** How a kind of agreement is named in a pack's messages: as a document writes it. */
@API(status = INTERNAL, since = "0.1")
public final class Kinds {

    private Kinds() {
    }

    /** The kind as the document writes it, {@code computer-matching-agreement}. */
    public static String name(AgreementKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
