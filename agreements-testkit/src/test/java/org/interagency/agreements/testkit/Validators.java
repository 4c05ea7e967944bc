package org.interagency.agreements.testkit;

import org.interagency.agreements.core.AgreementValidator;

/** The validator the tests check generated agreements with: every rule, clock at the reference date. */
final class Validators {

    static final AgreementValidator AT_REFERENCE_DATE = AgreementValidator.builder()
            .clock(AgreementArbitraries.referenceClock())
            .build();

    private Validators() {
    }
}
