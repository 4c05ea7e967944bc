package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Who holds an audit right. Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AuditorKind {
    /** One of the parties, named by {@link AuditRight#auditorAgencyId()}. */
    PARTY,

    /** The Comptroller General of the United States (GAO), as 5 U.S.C. 552a(o)(1)(K) provides. */
    COMPTROLLER_GENERAL,

    /** The Secretary of Health and Human Services, as 45 CFR 164.504(e)(2)(ii)(I) provides. */
    HHS_SECRETARY,

    /** An inspector general of a party. */
    INSPECTOR_GENERAL,

    /** An independent auditor mandated by a party (GDPR Art. 28(3)(h)). */
    INDEPENDENT_AUDITOR
}
