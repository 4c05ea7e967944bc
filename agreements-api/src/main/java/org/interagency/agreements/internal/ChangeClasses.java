package org.interagency.agreements.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.versions.ChangeClass;

import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.interagency.agreements.versions.ChangeClass.ADMINISTRATIVE;
import static org.interagency.agreements.versions.ChangeClass.MATERIAL;

/**
 * The one table that classes each component of each model record as material or administrative,
 * read through {@link ChangeClass#of(Class, String)}. A change is classed by the innermost
 * component it touches (a contact's phone, not the party); adding or removing a list element by
 * the list component. {@code docs/versions.md} shows the same table, and a test keeps the two
 * equal and this one complete.
 *
 * <p>Adding a component to a model record? Add a row here and in {@code docs/versions.md}:
 * material if the change alters what a party must or may do, administrative otherwise.
 */
@API(status = INTERNAL, since = "0.1")
public final class ChangeClasses {

    private static final Map<String, ChangeClass> TABLE = table();

    private ChangeClasses() {
    }

    /** The class of {@code type.component}; see {@link ChangeClass#of(Class, String)}. */
    public static ChangeClass of(Class<? extends Record> type, String component) {
        ChangeClass changeClass = TABLE.get(type.getSimpleName() + "." + component);
        if (changeClass == null) {
            boolean exists = false;
            for (RecordComponent declared : type.getRecordComponents()) {
                exists |= declared.getName().equals(component);
            }
            throw new IllegalArgumentException(exists
                    ? type.getSimpleName() + "." + component + " has no change class: add it to ChangeClasses"
                    : type.getSimpleName() + " has no component " + component);
        }
        return changeClass;
    }

    /** Every row, {@code Type.component} to its class, in the table's order. */
    public static Map<String, ChangeClass> rows() {
        return Collections.unmodifiableMap(TABLE);
    }

    private static Map<String, ChangeClass> table() {
        Map<String, ChangeClass> t = new LinkedHashMap<>();
        row(t, "Agreement", ADMINISTRATIVE, "schemaVersion", "title", "vision", "lineage", "reviews", "sponsors",
                "amendments");
        row(t, "Agreement", MATERIAL, "id", "kind", "status", "term", "authorities", "parties", "goals",
                "responsibilities", "channels", "trustMeasures", "governanceBodies", "dataSharingProtocols",
                "trainingProgrammes", "escalationPaths", "milestones", "resourceCommitments", "signatories");
        row(t, "Lineage", ADMINISTRATIVE, "version", "supersedes", "renews");
        // A reference to one version of an agreement is compared whole, as one value: a change to it
        // is a change of the component that holds it (Lineage.supersedes, Agreement.generalTerms),
        // classed there.
        row(t, "AgreementVersion", ADMINISTRATIVE, "id", "version");
        row(t, "Term", MATERIAL, "effective", "expires", "renewal", "reviewCycle");
        row(t, "Renewal", MATERIAL, "maxRenewals", "renewalTerm", "automatic");
        row(t, "LegalAuthority", MATERIAL, "id", "citation");
        row(t, "LegalAuthority", ADMINISTRATIVE, "title");
        row(t, "Party", MATERIAL, "agencyId", "jurisdiction", "parentAgencyId", "roles");
        row(t, "Party", ADMINISTRATIVE, "name", "contacts");
        row(t, "Contact", ADMINISTRATIVE, "name", "role", "email", "phone");
        row(t, "Goal", MATERIAL, "id", "measures", "contributors", "due");
        row(t, "Goal", ADMINISTRATIVE, "statement");
        row(t, "Measure", MATERIAL, "name", "unit", "baseline", "target");
        row(t, "Responsibility", MATERIAL, "id", "scope", "assignments");
        row(t, "Responsibility", ADMINISTRATIVE, "description");
        row(t, "Assignment", MATERIAL, "agencyId", "role", "jurisdiction", "period");
        row(t, "DateRange", MATERIAL, "start", "end");
        row(t, "CommunicationChannel", MATERIAL, "id", "kind", "ownerAgencyId", "participants", "cadence");
        row(t, "CommunicationChannel", ADMINISTRATIVE, "name");
        row(t, "TrustMeasure", MATERIAL, "id", "kind", "participants", "cadence");
        row(t, "TrustMeasure", ADMINISTRATIVE, "description");
        row(t, "GovernanceBody", MATERIAL, "id", "members", "chairAgencyId", "decisionRule", "quorum", "jointDecisions");
        row(t, "GovernanceBody", ADMINISTRATIVE, "name");
        row(t, "DecisionRule", MATERIAL, "method", "numerator", "denominator");
        row(t, "DataSharingProtocol", MATERIAL, "id", "providerAgencyId", "recipients", "dataSets", "purpose",
                "legalBasis", "transferMethod", "encryptedInTransit", "encryptedAtRest", "retention", "disposal",
                "onwardSharing", "breachNotificationWindow");
        row(t, "DataSet", MATERIAL, "id", "classification", "personalData");
        row(t, "DataSet", ADMINISTRATIVE, "name");
        row(t, "TrainingProgramme", MATERIAL, "id", "providerAgencyId", "audience", "cadence", "topics", "protocols");
        row(t, "TrainingProgramme", ADMINISTRATIVE, "title");
        row(t, "EscalationPath", MATERIAL, "id", "scopes", "levels", "finalResolution");
        row(t, "EscalationLevel", MATERIAL, "governanceBodyId", "responseTime");
        row(t, "EscalationLevel", ADMINISTRATIVE, "forum");
        row(t, "Milestone", MATERIAL, "id", "goalId", "due");
        row(t, "Milestone", ADMINISTRATIVE, "title", "achievedOn");
        row(t, "Review", ADMINISTRATIVE, "id", "heldOn", "participants", "successes", "lessonsLearned");
        row(t, "Sponsor", ADMINISTRATIVE, "agencyId", "name", "title");
        row(t, "ResourceCommitment", MATERIAL, "id", "agencyId", "kind", "amount", "unit", "period");
        row(t, "ResourceCommitment", ADMINISTRATIVE, "description");
        row(t, "Signatory", MATERIAL, "agencyId", "name", "title", "signedOn");
        row(t, "Amendment", ADMINISTRATIVE, "id", "effective", "summary", "approvedBy");
        // Schema 1.1. Dated approvals, notices and certifications record what happened (a renewal
        // comes with a new certification of compliance); they bind no one.
        row(t, "Agreement", MATERIAL, "provisions", "auditRights", "payment");
        // The packs an agreement claims decide which law it is checked against.
        row(t, "Agreement", MATERIAL, "claims");
        row(t, "Agreement", ADMINISTRATIVE, "approvals", "notices", "certifications");
        row(t, "Party", MATERIAL, "governmentLevel", "legalRoles");
        row(t, "Party", ADMINISTRATIVE, "identifiers");
        row(t, "PartyIdentifier", ADMINISTRATIVE, "scheme", "value");
        row(t, "DataSet", MATERIAL, "dataElements", "dataSubjectCategories", "specialCategories", "origin",
                "systemOfRecords");
        row(t, "DataSet", ADMINISTRATIVE, "approximateRecords", "accuracyAssessment");
        row(t, "DataSharingProtocol", MATERIAL, "retentionStart", "safeguards");
        row(t, "Safeguard", MATERIAL, "kind", "description");
        // Who leads, for how long, and a DPIA's record: they change how the agreement is run and
        // assessed, not what any party must do.
        row(t, "DataSharingProtocol", ADMINISTRATIVE, "impactAssessment");
        row(t, "ImpactAssessment", ADMINISTRATIVE, "kind", "completedOn", "reference");
        row(t, "Sponsor", ADMINISTRATIVE, "period", "alternate");
        row(t, "Term", MATERIAL, "terminationNotice");
        row(t, "ResourceCommitment", MATERIAL, "funds");
        row(t, "Funds", MATERIAL, "citation", "availableUntil", "directCost", "overhead");
        row(t, "Funds", ADMINISTRATIVE, "overheadExplanation");
        row(t, "PaymentTerms", MATERIAL, "method", "advanceAuthorityId", "billingFrequency", "terms");
        row(t, "Provision", MATERIAL, "id", "topic", "text", "binds");
        row(t, "Provision", ADMINISTRATIVE, "citation");
        row(t, "AuditRight", MATERIAL, "id", "auditor", "auditorAgencyId", "audited", "scope", "provisionId");
        row(t, "Approval", ADMINISTRATIVE, "id", "kind", "agencyId", "approver", "approvedOn", "reference");
        row(t, "Notice", ADMINISTRATIVE, "id", "kind", "agencyId", "recipient", "givenOn", "citation");
        row(t, "Certification", ADMINISTRATIVE, "id", "kind", "agencyId", "certifiedTo", "certifiedOn", "statement");
        // A waiver the parties agreed accepts a finding of the validator for a time: it changes how
        // the agreement is checked, not what any party must or may do (a renewal that only adds or
        // extends a waiver is a renewal without change).
        row(t, "Agreement", ADMINISTRATIVE, "waivers");
        row(t, "AgreedWaiver", ADMINISTRATIVE, "ruleId", "location", "fingerprint", "justification", "approvedBy",
                "approved", "expires");
        // The general terms and conditions an order is placed under bind both parties to that
        // agreement's terms: naming other ones (or another version of them) changes what they must do.
        row(t, "Agreement", MATERIAL, "generalTerms");
        // Written as one string in a document ("us/tx/harris-county"): a change to one is a change
        // of the component that holds it, classed there.
        row(t, "ScopePath", MATERIAL, "segments");
        row(t, "Jurisdiction", MATERIAL, "segments");
        row(t, "ProvisionTopic", MATERIAL, "name");
        return t;
    }

    private static void row(Map<String, ChangeClass> table, String type, ChangeClass changeClass, String... components) {
        for (String component : components) {
            if (table.put(type + "." + component, changeClass) != null) {
                throw new IllegalStateException(type + "." + component + " is classed twice");
            }
        }
    }
}
