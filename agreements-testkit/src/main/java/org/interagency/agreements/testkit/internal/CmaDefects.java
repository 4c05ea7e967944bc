package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.Approval;
import org.interagency.agreements.ApprovalBuilder;
import org.interagency.agreements.ApprovalKind;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.Classification;
import org.interagency.agreements.DataOrigin;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.Notice;
import org.interagency.agreements.NoticeBuilder;
import org.interagency.agreements.NoticeKind;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.Provision;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.Safeguard;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.Term;
import org.interagency.agreements.testkit.internal.DefectCatalogue.Defect;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static org.apiguardian.api.API.Status.INTERNAL;
import static org.interagency.agreements.testkit.internal.Edits.edit;
import static org.interagency.agreements.testkit.internal.Edits.index;
import static org.interagency.agreements.testkit.internal.Edits.plus;
import static org.interagency.agreements.testkit.internal.Edits.update;
import static org.interagency.agreements.testkit.internal.Edits.updateAll;
import static org.interagency.agreements.testkit.internal.Edits.without;

/**
 * The defects of the us-cma pack (5 U.S.C. 552a(o), (p), (u), (e)(12)), one per rule but
 * {@code us-cma.renewal-without-change} (which compares two versions: see
 * {@link DefectCatalogue#versionDefects()}).
 *
 * <p>Each starts from {@link #governed(Agreement)}: the valid agreement made a computer matching
 * agreement that claims the pack and states everything the pack checks, so that no rule of the
 * pack fires on it. The defect then removes or breaks the one element its rule checks, so that
 * among the pack's rules that rule alone fires.
 */
@API(status = INTERNAL, since = "0.1")
public final class CmaDefects {

    /** The pack's id. */
    static final String PACK = "us-cma";

    // The procedures 552a(o)(1) and (p) ask the agreement to state, which the model words as provisions.
    private static final List<ProvisionTopic> TOPICS = List.of(ProvisionTopic.JUSTIFICATION,
            ProvisionTopic.INDIVIDUAL_NOTICE, ProvisionTopic.VERIFICATION, ProvisionTopic.DUPLICATION_AND_REDISCLOSURE,
            ProvisionTopic.RETURN_OR_DESTRUCTION, ProvisionTopic.NOTICE_AND_CONTEST);

    private static final Map<SafeguardKind, String> SAFEGUARDS = Map.of(
            SafeguardKind.ADMINISTRATIVE, "Access to the matched records limited to named staff, trained every year",
            SafeguardKind.TECHNICAL, "Records exchanged over an encrypted channel and kept encrypted",
            SafeguardKind.PHYSICAL, "Printed match results kept in locked rooms");

    private static final String MATCH_RESULTS = Vocabulary.INJECTED_PREFIX + "match-results";

    private CmaDefects() {
    }

    /** Adds the defects of the pack's rules to {@code d}, each starting from valid agreements of size {@code base}. */
    static void register(Map<String, Defect> d, SizeSpec base) {
        put(d, base, "us-cma.source-and-recipient", (a, c) -> {
            // No protocol from one agency to another: no recipients, or the provider alone.
            boolean none = index(c, 2) == 0;
            return comptrollerAuditsEveryRecipient(edit(a).dataSharingProtocols(updateAll(a.dataSharingProtocols(),
                    p -> protocol(p).recipients(none ? List.of() : List.of(p.providerAgencyId())).build())).build());
        });
        put(d, base, "us-cma.purpose-and-legal-authority", (a, c) -> edit(a).authorities(List.of())
                // The protocols' legal bases name the authorities removed.
                .dataSharingProtocols(updateAll(a.dataSharingProtocols(), p -> protocol(p).legalBasis(List.of()).build()))
                .build());
        for (ProvisionTopic topic : List.of(ProvisionTopic.JUSTIFICATION, ProvisionTopic.INDIVIDUAL_NOTICE,
                ProvisionTopic.VERIFICATION, ProvisionTopic.RETURN_OR_DESTRUCTION, ProvisionTopic.NOTICE_AND_CONTEST)) {
            put(d, base, "us-cma." + topic.name(), (a, c) -> withoutProvision(a, topic));
        }
        put(d, base, "us-cma.no-duplication-or-redisclosure", (a, c) -> index(c, 3) == 0
                ? withoutProvision(a, ProvisionTopic.DUPLICATION_AND_REDISCLOSURE)
                : editProtocol(a, c / 3, p -> protocol(p).onwardSharing(index(c, 3) == 1
                        ? OnwardSharing.PERMITTED : OnwardSharing.WITH_PROVIDER_CONSENT)));
        put(d, base, "us-cma.records-and-data-elements", (a, c) -> editProvidedDataSet(a, c / 2,
                s -> index(c, 2) == 0 ? DataSetBuilder.builder(s).dataElements(List.of()).build()
                        : DataSetBuilder.builder(s).approximateRecords(null).build()));
        put(d, base, "us-cma.accuracy-assessments", (a, c) -> editProvidedDataSet(a, c,
                s -> DataSetBuilder.builder(s).accuracyAssessment(null).build()));
        put(d, base, "us-cma.retention-and-destruction", (a, c) -> switch (index(c, 3)) {
            case 0 -> editProtocol(a, 0, p -> protocol(p).retention(null).retentionStart(null));
            case 1 -> editProtocol(a, 0, p -> protocol(p).disposal(List.of(DisposalMethod.ARCHIVAL,
                    DisposalMethod.RETURN_TO_PROVIDER).get(index(c / 3, 2))));
            // No records created by the recipient described at all.
            default -> edit(a).dataSharingProtocols(updateAll(a.dataSharingProtocols(), p -> protocol(p)
                    .dataSets(without(p.dataSets(), DataSet::isCreatedByRecipient)).build())).build();
        });
        put(d, base, "us-cma.security-safeguards", (a, c) -> {
            SafeguardKind kind = SafeguardKind.values()[index(c, SafeguardKind.values().length)];
            return editProtocol(a, c / 3, p -> {
                DataSharingProtocolBuilder b = protocol(p).safeguards(without(p.safeguards(), s -> s.kind() == kind));
                // Encryption is a technical safeguard too.
                return kind == SafeguardKind.TECHNICAL ? b.encryptedInTransit(false).encryptedAtRest(false) : b;
            });
        });
        put(d, base, "us-cma.comptroller-general-access", (a, c) -> {
            if (index(c, 2) == 0) {
                return edit(a).auditRights(without(a.auditRights(), r -> r.auditor() == AuditorKind.COMPTROLLER_GENERAL)).build();
            }
            // The right covers every recipient but one.
            List<AuditRight> rights = new ArrayList<>();
            for (AuditRight r : a.auditRights()) {
                if (r.auditor() != AuditorKind.COMPTROLLER_GENERAL) {
                    rights.add(r);
                } else if (r.audited().size() > 1) {
                    String left = r.audited().get(index(c / 2, r.audited().size()));
                    rights.add(new AuditRight(r.id(), r.auditor(), r.auditorAgencyId(),
                            without(r.audited(), left::equals), r.scope(), r.provisionId()));
                }
            }
            return edit(a).auditRights(rights).build();
        });
        put(d, base, "us-cma.congress-transmittal", (a, c) -> index(c, 2) == 0
                ? edit(a).notices(without(a.notices(), n -> n.kind() == NoticeKind.CONGRESS_TRANSMITTAL)).build()
                // Sent fewer than 30 days before the agreement takes effect.
                : withNotices(a, NoticeKind.CONGRESS_TRANSMITTAL,
                        n -> n.givenOn(a.term().effective().minusDays(index(c / 2, 30)))));
        put(d, base, "us-cma.dib-approval", (a, c) -> {
            List<String> federal = a.parties().stream().filter(p -> p.governmentLevel() == GovernmentLevel.FEDERAL)
                    .map(Party::agencyId).toList();
            String party = federal.get(index(c / 2, federal.size()));
            Predicate<Approval> its = x -> x.kind() == ApprovalKind.DATA_INTEGRITY_BOARD && x.agencyId().equals(party);
            return index(c, 2) == 0
                    ? edit(a).approvals(without(a.approvals(), its)).build()
                    // Approved only after the agreement took effect.
                    : edit(a).approvals(updateAll(a.approvals(), x -> its.test(x)
                            ? ApprovalBuilder.builder(x).approvedOn(a.term().effective().plusDays(1 + index(c / 7, 30))).build()
                            : x)).build();
        });
        // A non-federal party takes part, so the Federal Register notice is due.
        d.put("us-cma.federal-register-notice", Defect.injected("us-cma.federal-register-notice", base, PACK,
                a -> governed(withNonFederalParty(a)), (a, c) -> {
                    String nonFederal = a.parties().stream().filter(p -> p.governmentLevel() != GovernmentLevel.FEDERAL)
                            .findFirst().orElseThrow().agencyId();
                    return switch (index(c, 3)) {
                        case 0 -> edit(a).notices(without(a.notices(), n -> n.kind() == NoticeKind.FEDERAL_REGISTER)).build();
                        // Published fewer than 30 days before the program starts.
                        case 1 -> withNotices(a, NoticeKind.FEDERAL_REGISTER,
                                n -> n.givenOn(a.term().effective().minusDays(index(c / 3, 30))));
                        // Published by the non-federal party, which the statute does not ask.
                        default -> withNotices(a, NoticeKind.FEDERAL_REGISTER, n -> n.agencyId(nonFederal));
                    };
                }));
        put(d, base, "term.matching-duration", (a, c) -> {
            // One day to six months longer than 18 months: a term includes its last day.
            Term t = a.term();
            return edit(a).term(new Term(t.effective(), t.effective().plusMonths(18).plusDays(index(c, 180)), t.renewal(),
                    t.reviewCycle(), t.terminationNotice())).build();
        });
        put(d, base, "us-cma.single-renewal", (a, c) -> edit(a).term(new Term(a.term().effective(),
                a.term().expires(), new Renewal(2 + index(c, 3), Period.ofMonths(12), false), a.term().reviewCycle(),
                a.term().terminationNotice())).build());
    }

    /**
     * {@code a} as a computer matching agreement that claims us-cma and satisfies each of its
     * rules: a term of at most 18 months, renewable once for a year; every party's government level
     * stated (the first federal); each federal party's Data Integrity Board approval, the Federal
     * Register notice and the transmittal to Congress, all before the term; the six procedures
     * the statute asks for as provisions; protocols that prohibit onward sharing, with
     * administrative, technical and physical safeguards and destruction of the records, whose
     * data sets state their data elements, number of records and accuracy; the match results,
     * created by the recipient, in the first protocol, whose recipients include another agency;
     * and the Comptroller General's right to audit every recipient.
     */
    static Agreement governed(Agreement a) {
        Term t = a.term();
        LocalDate longest = t.effective().plusMonths(18).minusDays(1);
        LocalDate expires = t.expires() != null && !t.expires().isAfter(longest) ? t.expires() : longest;
        @Nullable Renewal renewal = t.renewal() == null ? null : new Renewal(1, Period.ofYears(1), false);
        Agreement fitted = Edits.fitTo(a, new Term(t.effective(), expires, renewal, t.reviewCycle(), t.terminationNotice()));

        List<Party> parties = new ArrayList<>();
        for (int i = 0; i < fitted.parties().size(); i++) {
            Party p = fitted.parties().get(i);
            parties.add(i == 0 || p.governmentLevel() == null
                    ? PartyBuilder.builder(p).governmentLevel(GovernmentLevel.FEDERAL).build() : p);
        }
        LocalDate effective = fitted.term().effective();
        String lead = parties.get(0).agencyId();
        List<Approval> approvals = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).governmentLevel() == GovernmentLevel.FEDERAL) {
                approvals.add(new Approval(Vocabulary.INJECTED_PREFIX + "dib-approval-" + (i + 1),
                        ApprovalKind.DATA_INTEGRITY_BOARD, parties.get(i).agencyId(), "Data Integrity Board",
                        effective.minusDays(45 + i), null));
            }
        }
        List<Notice> notices = List.of(
                new Notice(Vocabulary.INJECTED_PREFIX + "federal-register", NoticeKind.FEDERAL_REGISTER, lead, null,
                        effective.minusDays(60), null),
                new Notice(Vocabulary.INJECTED_PREFIX + "congress-transmittal", NoticeKind.CONGRESS_TRANSMITTAL, lead,
                        "Committees on Homeland Security and Governmental Affairs, and on Oversight", effective.minusDays(40),
                        null));
        List<String> partyIds = parties.stream().map(Party::agencyId).toList();
        List<Provision> provisions = without(fitted.provisions(), p -> TOPICS.contains(p.topic()));
        for (ProvisionTopic topic : TOPICS) {
            provisions.add(new Provision(Vocabulary.INJECTED_PREFIX + topic.name(), topic, "The parties follow the"
                    + " procedures for " + topic.name().replace('-', ' ') + " set out in this agreement.", partyIds, null));
        }
        List<DataSharingProtocol> protocols = updateAll(fitted.dataSharingProtocols(), CmaDefects::matched);
        protocols = update(protocols, 0, p -> protocol(p).recipients(withOtherRecipient(p, partyIds))
                .dataSets(plus(p.dataSets(), DataSetBuilder.builder(new DataSet(MATCH_RESULTS, "Match results",
                        Classification.CONTROLLED, true)).origin(DataOrigin.CREATED_BY_RECIPIENT).build()))
                .build());
        Agreement governed = edit(fitted).kind(AgreementKind.COMPUTER_MATCHING_AGREEMENT).claims(List.of(PACK))
                .parties(parties).approvals(approvals).notices(notices).provisions(provisions)
                .dataSharingProtocols(protocols).build();
        return comptrollerAuditsEveryRecipient(governed);
    }

    /** A protocol of a matching program: no onward sharing, every kind of safeguard, destruction, described data sets. */
    private static DataSharingProtocol matched(DataSharingProtocol p) {
        List<Safeguard> safeguards = new ArrayList<>(p.safeguards());
        for (SafeguardKind kind : SafeguardKind.values()) {
            if (p.safeguards().stream().noneMatch(s -> s.kind() == kind)) {
                safeguards.add(new Safeguard(kind, SAFEGUARDS.get(kind)));
            }
        }
        return protocol(p).onwardSharing(OnwardSharing.PROHIBITED).safeguards(safeguards)
                .retention(p.retention() == null ? Period.ofYears(1) : p.retention())
                .disposal(p.disposal() == DisposalMethod.SECURE_DELETION ? DisposalMethod.SECURE_DELETION : DisposalMethod.DESTRUCTION)
                .dataSets(updateAll(p.dataSets(), s -> s.isCreatedByRecipient() ? s : DataSetBuilder.builder(s)
                        .dataElements(s.dataElements().isEmpty() ? List.of("case number", "name", "date of birth") : s.dataElements())
                        .approximateRecords(s.approximateRecords() == null ? Long.valueOf(25_000) : s.approximateRecords())
                        .accuracyAssessment(s.accuracyAssessment() == null
                                ? "The source's quality review of its own records, the latest a year ago" : s.accuracyAssessment())
                        .build()))
                .build();
    }

    /** The protocol's recipients, with a party other than the provider added if there is none. */
    private static List<String> withOtherRecipient(DataSharingProtocol p, List<String> partyIds) {
        if (p.recipients().stream().anyMatch(r -> !r.equals(p.providerAgencyId()))) {
            return p.recipients();
        }
        String other = partyIds.stream().filter(id -> !id.equals(p.providerAgencyId())).findFirst().orElseThrow();
        return plus(p.recipients(), other);
    }

    /** {@code a} with the Comptroller General's audit rights replaced by one over every recipient, if there is any. */
    private static Agreement comptrollerAuditsEveryRecipient(Agreement a) {
        Set<String> recipients = new LinkedHashSet<>();
        a.dataSharingProtocols().forEach(p -> recipients.addAll(p.recipients()));
        List<AuditRight> rights = without(a.auditRights(), r -> r.auditor() == AuditorKind.COMPTROLLER_GENERAL);
        if (!recipients.isEmpty()) {
            rights.add(new AuditRight(Vocabulary.INJECTED_PREFIX + "comptroller-general", AuditorKind.COMPTROLLER_GENERAL,
                    null, List.copyOf(recipients), "All records of the matching program", null));
        }
        return edit(a).auditRights(rights).build();
    }

    /** {@code a} with its last party a state agency. */
    private static Agreement withNonFederalParty(Agreement a) {
        return edit(a).parties(update(a.parties(), a.parties().size() - 1,
                p -> PartyBuilder.builder(p).governmentLevel(GovernmentLevel.STATE).build())).build();
    }

    private static Agreement withoutProvision(Agreement a, ProvisionTopic topic) {
        return edit(a).provisions(without(a.provisions(), p -> p.topic().equals(topic))).build();
    }

    private static Agreement withNotices(Agreement a, NoticeKind kind, UnaryOperator<NoticeBuilder> change) {
        return edit(a).notices(updateAll(a.notices(), n -> n.kind() == kind ? change.apply(NoticeBuilder.builder(n)).build() : n))
                .build();
    }

    /** Edits the protocol {@code c} picks. */
    private static Agreement editProtocol(Agreement a, int c, Function<DataSharingProtocol, DataSharingProtocolBuilder> f) {
        return edit(a).dataSharingProtocols(update(a.dataSharingProtocols(), index(c, a.dataSharingProtocols().size()),
                p -> f.apply(p).build())).build();
    }

    /** Edits the data set a source provides that {@code c} picks. */
    private static Agreement editProvidedDataSet(Agreement a, int c, UnaryOperator<DataSet> f) {
        List<int[]> provided = new ArrayList<>();
        for (int p = 0; p < a.dataSharingProtocols().size(); p++) {
            List<DataSet> sets = a.dataSharingProtocols().get(p).dataSets();
            for (int s = 0; s < sets.size(); s++) {
                if (!sets.get(s).isCreatedByRecipient()) {
                    provided.add(new int[] {p, s});
                }
            }
        }
        int[] at = provided.get(index(c, provided.size()));
        return edit(a).dataSharingProtocols(update(a.dataSharingProtocols(), at[0],
                p -> protocol(p).dataSets(update(p.dataSets(), at[1], f)).build())).build();
    }

    private static DataSharingProtocolBuilder protocol(DataSharingProtocol p) {
        return DataSharingProtocolBuilder.builder(p);
    }

    private static void put(Map<String, Defect> d, SizeSpec base, String ruleId,
            BiFunction<Agreement, Integer, Agreement> breach) {
        d.put(ruleId, Defect.injected(ruleId, base, PACK, CmaDefects::governed, breach));
    }
}
