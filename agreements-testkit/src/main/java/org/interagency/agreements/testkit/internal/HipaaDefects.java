package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.Provision;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.Safeguard;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.SpecialCategory;
import org.interagency.agreements.testkit.internal.DefectCatalogue.Defect;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.interagency.agreements.testkit.internal.Edits.edit;
import static org.interagency.agreements.testkit.internal.Edits.index;
import static org.interagency.agreements.testkit.internal.Edits.plus;
import static org.interagency.agreements.testkit.internal.Edits.update;
import static org.interagency.agreements.testkit.internal.Edits.updateAll;
import static org.interagency.agreements.testkit.internal.Edits.without;

/**
 * The defects of the us-hipaa pack (45 CFR 164.504(e), 164.314(a), 164.514(e)(4)), one per rule.
 *
 * <p>Each starts from {@link #governed(Agreement)}: the valid agreement with the first protocol's
 * provider a covered entity and a recipient its business associate, claiming the pack and stating
 * everything the pack checks, so that no rule of the pack fires on it. Three rules need more of
 * the agreement first: a memorandum of understanding between governmental entities
 * ({@code government-mou}), a business associate that is not governmental
 * ({@code termination-for-violation}, which cannot be decided when every party is), and a
 * limited data set ({@code dua-no-reidentification}). The defect then removes or breaks the one
 * element its rule checks, so that among the pack's rules that rule alone fires.
 */
@API(status = INTERNAL, since = "0.1")
public final class HipaaDefects {

    /** The pack's id. */
    static final String PACK = "us-hipaa";

    // The undertakings 164.504(e)(2) and 164.514(e)(4) ask for, which the model words as provisions.
    private static final List<ProvisionTopic> TOPICS = List.of(ProvisionTopic.PERMITTED_USES,
            ProvisionTopic.SUBCONTRACTOR_FLOW_DOWN, ProvisionTopic.INDIVIDUAL_ACCESS, ProvisionTopic.INDIVIDUAL_AMENDMENT,
            ProvisionTopic.ACCOUNTING_OF_DISCLOSURES, ProvisionTopic.COVERED_ENTITY_OBLIGATIONS,
            ProvisionTopic.TERMINATION_FOR_CAUSE, ProvisionTopic.NO_REIDENTIFICATION);

    private static final List<Safeguard> SAFEGUARDS = List.of(
            new Safeguard(SafeguardKind.ADMINISTRATIVE, "A security officer, and access to the records by role only"),
            new Safeguard(SafeguardKind.TECHNICAL, "Records encrypted in transit and at rest, with audit logs"),
            new Safeguard(SafeguardKind.PHYSICAL, "Servers in a badge-controlled data centre"));

    private HipaaDefects() {
    }

    /** Adds the defects of the pack's rules to {@code d}, each starting from valid agreements of size {@code base}. */
    static void register(Map<String, Defect> d, SizeSpec base) {
        for (ProvisionTopic topic : List.of(ProvisionTopic.PERMITTED_USES, ProvisionTopic.INDIVIDUAL_ACCESS,
                ProvisionTopic.INDIVIDUAL_AMENDMENT, ProvisionTopic.ACCOUNTING_OF_DISCLOSURES,
                ProvisionTopic.COVERED_ENTITY_OBLIGATIONS)) {
            put(d, base, "us-hipaa." + topic.name(), HipaaDefects::governed, (a, c) -> withoutProvision(a, topic));
        }
        put(d, base, "us-hipaa.subcontractors", HipaaDefects::governed,
                (a, c) -> withoutProvision(a, ProvisionTopic.SUBCONTRACTOR_FLOW_DOWN));
        put(d, base, "us-hipaa.no-other-use", HipaaDefects::governed,
                (a, c) -> firstProtocol(a, p -> protocol(p).onwardSharing(OnwardSharing.PERMITTED)));
        put(d, base, "us-hipaa.safeguards", HipaaDefects::governed, (a, c) -> firstProtocol(a,
                p -> protocol(p).safeguards(List.of()).encryptedInTransit(false).encryptedAtRest(false)));
        put(d, base, "us-hipaa.report-incidents", HipaaDefects::governed,
                (a, c) -> firstProtocol(a, p -> protocol(p).breachNotificationWindow(null)));
        put(d, base, "us-hipaa.return-or-destroy", HipaaDefects::governed,
                (a, c) -> firstProtocol(a, p -> protocol(p).disposal(index(c, 2) == 0 ? null : DisposalMethod.ARCHIVAL)));
        put(d, base, "us-hipaa.secretary-access", HipaaDefects::governed, (a, c) -> {
            if (index(c, 2) == 0) {
                return edit(a).auditRights(without(a.auditRights(), r -> r.auditor() == AuditorKind.HHS_SECRETARY)).build();
            }
            // The Secretary may inspect the covered entity's records, not the business associate's.
            String coveredEntity = a.dataSharingProtocols().get(0).providerAgencyId();
            return edit(a).auditRights(updateAll(a.auditRights(), r -> r.auditor() == AuditorKind.HHS_SECRETARY
                    ? new AuditRight(r.id(), r.auditor(), r.auditorAgencyId(), List.of(coveredEntity), r.scope(), r.provisionId())
                    : r)).build();
        });
        put(d, base, "us-hipaa.termination-for-violation", a -> governed(nonGovernmentalAssociate(a)),
                (a, c) -> withoutProvision(a, ProvisionTopic.TERMINATION_FOR_CAUSE));
        put(d, base, "us-hipaa.government-mou", a -> governed(edit(a).kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING).build()),
                (a, c) -> edit(a).parties(update(a.parties(), index(c / 2, a.parties().size()), p -> PartyBuilder.builder(p)
                        .governmentLevel(index(c, 2) == 0 ? null : GovernmentLevel.NON_GOVERNMENTAL).build())).build());
        put(d, base, "us-hipaa.dua-no-reidentification", a -> withLimitedDataSet(governed(a)),
                (a, c) -> withoutProvision(a, ProvisionTopic.NO_REIDENTIFICATION));
    }

    /**
     * {@code a} as a business associate agreement that claims us-hipaa and satisfies each of its
     * rules: the first protocol's provider a covered entity sharing health information with a
     * recipient that is its business associate; the undertakings the regulation asks for as
     * provisions; protocols that allow no onward sharing at will, with safeguards, a window to
     * report incidents and destruction of the information at the end; the Secretary's right to
     * inspect every business associate's records; and, for a memorandum of understanding, every
     * party a governmental entity.
     */
    static Agreement governed(Agreement a) {
        DataSharingProtocol first = a.dataSharingProtocols().get(0);
        String coveredEntity = first.providerAgencyId();
        String associate = first.recipients().stream().filter(r -> !r.equals(coveredEntity)).findFirst()
                .orElseGet(() -> a.partyIds().stream().filter(id -> !id.equals(coveredEntity)).findFirst().orElseThrow());
        boolean mou = a.kind() == AgreementKind.MEMORANDUM_OF_UNDERSTANDING;
        List<Party> parties = updateAll(a.parties(), p -> {
            PartyBuilder b = PartyBuilder.builder(p);
            if (p.agencyId().equals(coveredEntity)) {
                b.legalRoles(List.of(LegalRole.COVERED_ENTITY));
            } else if (p.agencyId().equals(associate)) {
                b.legalRoles(plus(without(p.legalRoles(), LegalRole.COVERED_ENTITY::equals), LegalRole.BUSINESS_ASSOCIATE));
            }
            // 164.504(e)(3)(i)(A): a memorandum serves only between governmental entities.
            if (mou && (p.governmentLevel() == null || p.governmentLevel() == GovernmentLevel.NON_GOVERNMENTAL)) {
                b.governmentLevel(GovernmentLevel.LOCAL);
            }
            return b.build();
        });
        List<DataSharingProtocol> protocols = updateAll(a.dataSharingProtocols(), HipaaDefects::safeguarded);
        protocols = update(protocols, 0, p -> protocol(p)
                .recipients(p.recipients().contains(associate) ? p.recipients() : plus(p.recipients(), associate))
                .dataSets(update(p.dataSets(), 0, HipaaDefects::health)).build());
        List<String> partyIds = parties.stream().map(Party::agencyId).toList();
        List<Provision> provisions = without(a.provisions(), p -> TOPICS.contains(p.topic()));
        for (ProvisionTopic topic : TOPICS) {
            provisions.add(new Provision(Vocabulary.INJECTED_PREFIX + topic.name(), topic, "The business associate"
                    + " undertakes " + topic.name().replace('-', ' ') + " as this agreement sets out.", partyIds, null));
        }
        List<String> associates = parties.stream().filter(p -> p.hasLegalRole(LegalRole.BUSINESS_ASSOCIATE))
                .map(Party::agencyId).toList();
        List<AuditRight> rights = without(a.auditRights(), r -> r.auditor() == AuditorKind.HHS_SECRETARY);
        rights.add(new AuditRight(Vocabulary.INJECTED_PREFIX + "hhs-secretary", AuditorKind.HHS_SECRETARY, null,
                associates, "Internal practices, books and records relating to the protected health information", null));
        return edit(a).claims(List.of(PACK)).parties(parties).dataSharingProtocols(protocols).provisions(provisions)
                .auditRights(rights).build();
    }

    /** A protocol that shares no further than allowed, is safeguarded, reports incidents and destroys the data at the end. */
    private static DataSharingProtocol safeguarded(DataSharingProtocol p) {
        boolean safeguards = Arrays.stream(SafeguardKind.values()).anyMatch(p::hasSafeguard);
        return protocol(p)
                .onwardSharing(p.onwardSharing() == OnwardSharing.PERMITTED ? OnwardSharing.PROHIBITED : p.onwardSharing())
                .safeguards(safeguards ? p.safeguards() : SAFEGUARDS)
                .breachNotificationWindow(p.breachNotificationWindow() == null ? Duration.ofHours(24) : p.breachNotificationWindow())
                .disposal(p.disposal() == null || p.disposal() == DisposalMethod.ARCHIVAL ? DisposalMethod.SECURE_DELETION
                        : p.disposal())
                .build();
    }

    /** The data set as protected health information. */
    private static DataSet health(DataSet s) {
        return DataSetBuilder.builder(s).personalData(true).specialCategories(s.isIn(SpecialCategory.HEALTH)
                ? s.specialCategories() : plus(s.specialCategories(), SpecialCategory.HEALTH)).build();
    }

    /** {@code a} with the first protocol's first data set a limited data set (164.514(e)(2)). */
    private static Agreement withLimitedDataSet(Agreement a) {
        return firstProtocol(a, p -> protocol(p).dataSets(update(p.dataSets(), 0, s -> DataSetBuilder.builder(s)
                .specialCategories(plus(s.specialCategories(), SpecialCategory.LIMITED_DATA_SET)).build())));
    }

    /**
     * {@code a} as an agreement that is not a memorandum, whose business associate (the first
     * protocol's first recipient other than its provider, as {@link #governed} picks it) is
     * non-governmental.
     */
    private static Agreement nonGovernmentalAssociate(Agreement a) {
        DataSharingProtocol first = a.dataSharingProtocols().get(0);
        String associate = first.recipients().stream().filter(r -> !r.equals(first.providerAgencyId())).findFirst()
                .orElseGet(() -> a.partyIds().stream().filter(id -> !id.equals(first.providerAgencyId())).findFirst()
                        .orElseThrow());
        AgreementKind kind = a.kind() == AgreementKind.MEMORANDUM_OF_UNDERSTANDING ? AgreementKind.DATA_SHARING_AGREEMENT : a.kind();
        return edit(a).kind(kind).parties(updateAll(a.parties(), p -> p.agencyId().equals(associate)
                ? PartyBuilder.builder(p).governmentLevel(GovernmentLevel.NON_GOVERNMENTAL).build() : p)).build();
    }

    private static Agreement withoutProvision(Agreement a, ProvisionTopic topic) {
        return edit(a).provisions(without(a.provisions(), p -> p.topic().equals(topic))).build();
    }

    private static Agreement firstProtocol(Agreement a, Function<DataSharingProtocol, DataSharingProtocolBuilder> f) {
        return edit(a).dataSharingProtocols(update(a.dataSharingProtocols(), 0, p -> f.apply(p).build())).build();
    }

    private static DataSharingProtocolBuilder protocol(DataSharingProtocol p) {
        return DataSharingProtocolBuilder.builder(p);
    }

    private static void put(Map<String, Defect> d, SizeSpec base, String ruleId, UnaryOperator<Agreement> before,
            BiFunction<Agreement, Integer, Agreement> breach) {
        d.put(ruleId, Defect.injected(ruleId, base, PACK, before, breach));
    }
}
