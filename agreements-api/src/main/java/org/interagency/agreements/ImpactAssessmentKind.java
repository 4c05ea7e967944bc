package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The kind of assessment of a data flow's risk to the people the data is about. Added in schema
 * version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ImpactAssessmentKind {
    /** A data protection impact assessment (DPIA), as the UK ICO's data sharing code asks for. */
    DATA_PROTECTION_IMPACT_ASSESSMENT,

    /** A privacy impact assessment (PIA), as US federal agencies write them. */
    PRIVACY_IMPACT_ASSESSMENT
}
