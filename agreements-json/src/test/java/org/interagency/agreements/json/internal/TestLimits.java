package org.interagency.agreements.json.internal;

import org.interagency.agreements.json.AgreementJson;

/** The limits of a default reader, for tests that build the reader's parts directly. */
final class TestLimits {

    /** Every limit at its documented default. */
    static final Limits DEFAULTS = withMaxPropertyNameLength(AgreementJson.DEFAULT_MAX_PROPERTY_NAME_LENGTH);

    private TestLimits() {
    }

    /** The defaults, with another limit on property names. */
    static Limits withMaxPropertyNameLength(int maxPropertyNameLength) {
        return new Limits(AgreementJson.DEFAULT_MAX_DOCUMENT_BYTES, AgreementJson.DEFAULT_MAX_DEPTH,
                AgreementJson.DEFAULT_MAX_STRING_LENGTH, maxPropertyNameLength, AgreementJson.DEFAULT_MAX_NUMBER_LENGTH,
                AgreementJson.DEFAULT_MAX_TOKEN_COUNT, AgreementJson.DEFAULT_MAX_PROBLEMS);
    }
}
