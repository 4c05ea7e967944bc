package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * A kind of personal data that the law protects beyond ordinary personal data. A data set in any
 * of these categories is personal data ({@link DataSet#personalData()} must be true). Added in
 * schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum SpecialCategory {
    /** Health data: protected health information under HIPAA, data concerning health under GDPR Art. 9. */
    HEALTH,

    /**
     * A HIPAA limited data set: protected health information without the direct identifiers of 45
     * CFR 164.514(e)(2), shared under a data use agreement (164.514(e)(4)).
     */
    LIMITED_DATA_SET,

    /** Genetic data (GDPR Art. 9(1)). */
    GENETIC,

    /** Biometric data used to identify a person (GDPR Art. 9(1)). */
    BIOMETRIC,

    /** Racial or ethnic origin (GDPR Art. 9(1)). */
    RACIAL_OR_ETHNIC_ORIGIN,

    /** Political opinions (GDPR Art. 9(1)). */
    POLITICAL_OPINIONS,

    /** Religious or philosophical beliefs (GDPR Art. 9(1)). */
    RELIGIOUS_OR_PHILOSOPHICAL_BELIEFS,

    /** Trade union membership (GDPR Art. 9(1)). */
    TRADE_UNION_MEMBERSHIP,

    /** A person's sex life or sexual orientation (GDPR Art. 9(1)). */
    SEX_LIFE_OR_SEXUAL_ORIENTATION,

    /** Criminal records: convictions, offences and related security measures (GDPR Art. 10). */
    CRIMINAL_OFFENCES,

    /** Data about children, for which the UK ICO expects a high privacy default. */
    CHILDREN,

    /** Federal tax returns and return information (26 U.S.C. 6103). */
    FEDERAL_TAX_INFORMATION
}
