package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.Approval;
import org.interagency.agreements.ApprovalKind;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.DataOrigin;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSetBuilder;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DataSharingProtocolBuilder;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.Funds;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.Notice;
import org.interagency.agreements.NoticeKind;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.PaymentMethod;
import org.interagency.agreements.PaymentTerms;
import org.interagency.agreements.Provision;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.Safeguard;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.Term;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * How to make a valid agreement one that a legal pack governs and accepts: for each built-in pack,
 * an edit that gives the agreement the kind, parties, roles and sections the pack's applicability
 * test asks for, and then everything its rules check, and that claims the pack.
 *
 * <p>The testkit does not depend on agreements-packs: each edit is written from the pack's rules
 * ({@code docs/packs/<pack>.md}), and the packs' own tests check the result with the real rules.
 * Every edit is idempotent (the elements it adds have fixed ids and replace themselves), so a
 * defect can start from a satisfying agreement by satisfying it again. The agreements start from
 * valid ones with at least one data-sharing protocol, so that the packs about data have
 * something to govern.
 */
@API(status = INTERNAL, since = "0.1")
public final class PackSatisfaction {

    /** The size of the valid agreements the edits start from: two to six parties, one to three protocols. */
    public static final SizeSpec BASE = SizeSpec.DEFAULT.withProtocols(1, 3);

    /** The prefix of the ids of the elements the edits add. */
    static final String PREFIX = Vocabulary.INJECTED_PREFIX + "pack-";

    private static final Map<String, BiFunction<Agreement, Integer, Agreement>> EDITS = edits();

    private PackSatisfaction() {
    }

    private static Map<String, BiFunction<Agreement, Integer, Agreement>> edits() {
        Map<String, BiFunction<Agreement, Integer, Agreement>> edits = new LinkedHashMap<>();
        edits.put("eu-gdpr", (a, c) -> gdpr(a));
        edits.put("uk-ico-dsa", (a, c) -> ico(a));
        edits.put("us-cma", PackSatisfaction::cma);
        edits.put("us-emac", (a, c) -> emac(a));
        edits.put("us-hipaa", (a, c) -> hipaa(a));
        edits.put("us-iaa", PackSatisfaction::iaa);
        return Collections.unmodifiableMap(edits);
    }

    /** The ids of the packs there is an edit for, in alphabetical order. */
    public static Set<String> packIds() {
        return EDITS.keySet();
    }

    /**
     * {@code agreement} made one that {@code pack} governs and accepts, steered by {@code choice}
     * (the term, the method of payment…).
     *
     * @throws IllegalArgumentException if there is no edit for {@code pack}
     */
    public static Agreement satisfy(String pack, Agreement agreement, int choice) {
        BiFunction<Agreement, Integer, Agreement> edit = EDITS.get(pack);
        if (edit == null) {
            throw new IllegalArgumentException("no edit for pack " + pack);
        }
        return edit.apply(agreement, choice);
    }

    // us-iaa: 31 U.S.C. 1535, FAR 17.502-1, 17.502-2, 17.503, FS Form 7600A.

    /** The first party requests, the second services; an Economy Act order with all FAR 17.503 asks for. */
    static Agreement iaa(Agreement a, int c) {
        List<Party> parties = update(update(a.parties(), 0, p -> withRole(p, PartyRole.REQUESTING)),
                1, p -> PartyBuilder.builder(p).roles(List.of(PartyRole.SERVICING)).build());
        String requesting = parties.get(0).agencyId();
        String servicing = parties.get(1).agencyId();
        Term term = a.term();
        List<LegalAuthority> authorities = a.authorities();
        String economyAct = authorities.stream().filter(x -> x.citation().contains("31 U.S.C. 1535")).map(LegalAuthority::id)
                .findFirst().orElse(PREFIX + "economy-act");
        authorities = replace(authorities, LegalAuthority::id, new LegalAuthority(economyAct, "31 U.S.C. 1535", "Economy Act"));
        // 31 U.S.C. 1535(d): the funds stay available as long as the order runs; an open-ended order
        // states no end of availability (which the rule reads as "not before the term ends").
        List<ResourceCommitment> commitments = updateAll(a.resourceCommitments(), r -> r.kind() != ResourceKind.FUNDING ? r
                : withFunds(r, funds(r.funds() == null ? FUNDS_CITATION : r.funds().citation(), term.expires())));
        commitments = replace(commitments, ResourceCommitment::id, new ResourceCommitment(PREFIX + "iaa-funding", requesting,
                ResourceKind.FUNDING, "Reimbursable order for the services of the servicing agency",
                BigDecimal.valueOf(250_000L), "USD", new DateRange(term.effective(), term.expires()),
                funds(FUNDS_CITATION, term.expires())));
        PaymentTerms payment = a.payment() != null && (a.payment().method() != PaymentMethod.ADVANCE
                || a.payment().advanceAuthorityId() != null) ? a.payment()
                : index(c, 3) == 0 ? new PaymentTerms(PaymentMethod.ADVANCE, economyAct, null, null)
                : new PaymentTerms(PaymentMethod.REIMBURSEMENT, null, Period.ofMonths(1), null);
        Agreement order = edit(a).kind(AgreementKind.INTERAGENCY_AGREEMENT).claims(List.of("us-iaa"))
                .parties(parties)
                .authorities(authorities)
                .resourceCommitments(commitments)
                .payment(payment)
                .approvals(replace(a.approvals(), Approval::id, new Approval(PREFIX + "iaa-determination",
                        ApprovalKind.DETERMINATION_AND_FINDINGS, requesting, "Head of the contracting activity",
                        term.effective().minusDays(10 + index(c / 3, 50)), null)))
                .build();
        order = provision(order, ProvisionTopic.AGENCY_UNIQUE_REQUIREMENTS, List.of(requesting),
                "The requesting agency has no unique terms, conditions or requirements beyond this order.");
        order = provision(order, ProvisionTopic.BONA_FIDE_NEED, List.of(requesting),
                "The servicing agency provides analysis services that meet a bona fide need of the fiscal year.");
        return provision(order, ProvisionTopic.DELIVERY, List.of(servicing),
                "The servicing agency delivers a monthly report and the final analysis by the end of the term.");
    }

    static final String FUNDS_CITATION = "TAS 070-0700; object class 25.3";

    static Funds funds(String citation, @Nullable LocalDate availableUntil) {
        return new Funds(citation, availableUntil, null, null, null);
    }

    static ResourceCommitment withFunds(ResourceCommitment r, @Nullable Funds funds) {
        return new ResourceCommitment(r.id(), r.agencyId(), r.kind(), r.description(), r.amount(), r.unit(), r.period(), funds);
    }

    // us-cma: 5 U.S.C. 552a(o), (e)(12), (u).

    /** A computer matching agreement of 12 to 17 months, the first party federal, with every (o)(1) element. */
    static Agreement cma(Agreement a, int c) {
        // 5 U.S.C. 552a(o)(2)(C)-(D): at most 18 months, one renewal of at most a year; in force on the reference date.
        LocalDate earliest = Assembler.REFERENCE_DATE.minusMonths(11);
        LocalDate effective = a.term().effective().isBefore(earliest) ? earliest : a.term().effective();
        Term term = new Term(effective, effective.plusMonths(12 + index(c, 6)).minusDays(1),
                index(c / 6, 2) == 0 ? null : new Renewal(1, Period.ofMonths(12), false), a.term().reviewCycle(),
                a.term().terminationNotice());
        Agreement m = Edits.fitTo(edit(a).kind(AgreementKind.COMPUTER_MATCHING_AGREEMENT).claims(List.of("us-cma")).build(), term);
        List<Party> parties = update(m.parties(), 0, p -> PartyBuilder.builder(p).governmentLevel(GovernmentLevel.FEDERAL).build());
        String federal = parties.get(0).agencyId();
        List<Approval> approvals = m.approvals();
        for (Party party : parties) {
            if (party.governmentLevel() == GovernmentLevel.FEDERAL) {
                approvals = replace(approvals, Approval::id, new Approval(PREFIX + "dib-" + party.agencyId(),
                        ApprovalKind.DATA_INTEGRITY_BOARD, party.agencyId(), "Data Integrity Board", effective.minusDays(50), null));
            }
        }
        List<Notice> notices = replace(m.notices(), Notice::id, new Notice(PREFIX + "federal-register", NoticeKind.FEDERAL_REGISTER,
                federal, null, effective.minusDays(40), null));
        notices = replace(notices, Notice::id, new Notice(PREFIX + "congress-transmittal", NoticeKind.CONGRESS_TRANSMITTAL,
                federal, null, effective.minusDays(35), null));
        List<DataSharingProtocol> protocols = updateAll(m.dataSharingProtocols(), p -> {
            DataSharingProtocolBuilder b = DataSharingProtocolBuilder.builder(p).onwardSharing(OnwardSharing.PROHIBITED)
                    .safeguards(allSafeguards(p.safeguards()))
                    .dataSets(updateAll(p.dataSets(), s -> s.isCreatedByRecipient() ? s : DataSetBuilder.builder(s)
                            .dataElements(s.dataElements().isEmpty() ? ELEMENTS : s.dataElements())
                            .approximateRecords(s.approximateRecords() == null ? Long.valueOf(120_000L) : s.approximateRecords())
                            .accuracyAssessment(s.accuracyAssessment() == null ? ACCURACY : s.accuracyAssessment())
                            .build()));
            return b.build();
        });
        if (protocols.stream().noneMatch(p -> p.dataSets().stream().anyMatch(DataSet::isCreatedByRecipient))) {
            protocols = update(protocols, 0, p -> DataSharingProtocolBuilder.builder(p).dataSets(plus(p.dataSets(),
                    DataSetBuilder.builder(p.dataSets().get(0)).id(PREFIX + "match-results").name("Match results")
                            .dataElements(List.of()).approximateRecords(null).accuracyAssessment(null)
                            .origin(DataOrigin.CREATED_BY_RECIPIENT).build())).build());
        }
        // (o)(1)(F): the records the recipient creates are kept for a while and then destroyed.
        protocols = updateAll(protocols, p -> p.dataSets().stream().noneMatch(DataSet::isCreatedByRecipient) ? p
                : DataSharingProtocolBuilder.builder(p).retention(p.retention() == null ? Period.ofYears(1) : p.retention())
                        .disposal(p.disposal() == DisposalMethod.DESTRUCTION ? p.disposal() : DisposalMethod.SECURE_DELETION)
                        .build());
        Set<String> recipients = new LinkedHashSet<>();
        protocols.forEach(p -> recipients.addAll(p.recipients()));
        Agreement matching = edit(m).parties(parties).approvals(approvals).notices(notices).dataSharingProtocols(protocols)
                .auditRights(replace(m.auditRights(), AuditRight::id, new AuditRight(PREFIX + "comptroller-general",
                        AuditorKind.COMPTROLLER_GENERAL, null, List.copyOf(recipients), null, null)))
                .build();
        List<String> all = matching.parties().stream().map(Party::agencyId).toList();
        for (ProvisionTopic topic : List.of(ProvisionTopic.JUSTIFICATION, ProvisionTopic.INDIVIDUAL_NOTICE,
                ProvisionTopic.VERIFICATION, ProvisionTopic.NOTICE_AND_CONTEST, ProvisionTopic.RETURN_OR_DESTRUCTION,
                ProvisionTopic.DUPLICATION_AND_REDISCLOSURE)) {
            matching = provision(matching, topic, all, "The parties follow the procedures for "
                    + topic.name().replace('-', ' ') + " set out in the annex to this agreement.");
        }
        return matching;
    }

    private static final List<String> ELEMENTS = List.of("name", "date of birth", "case number");
    private static final String ACCURACY = "The source agency verified a sample of its records against case files last year.";

    // us-hipaa: 45 CFR 164.504(e), 164.314(a), 164.514(e)(4).

    /** The first protocol's provider a covered entity, its first recipient the business associate. */
    static Agreement hipaa(Agreement a) {
        DataSharingProtocol first = a.dataSharingProtocols().get(0);
        String coveredEntity = first.providerAgencyId();
        String associate = recipientOf(a, first);
        List<Party> parties = updateAll(a.parties(), p -> {
            PartyBuilder b = PartyBuilder.builder(p);
            if (p.agencyId().equals(coveredEntity)) {
                b.legalRoles(withLegalRole(p.legalRoles(), LegalRole.COVERED_ENTITY));
            } else if (p.agencyId().equals(associate)) {
                b.legalRoles(withLegalRole(p.legalRoles(), LegalRole.BUSINESS_ASSOCIATE));
            }
            // 164.504(e)(3)(i)(A): only governmental entities may use a memorandum of understanding.
            if (a.kind() == AgreementKind.MEMORANDUM_OF_UNDERSTANDING
                    && (p.governmentLevel() == null || p.governmentLevel() == GovernmentLevel.NON_GOVERNMENTAL)) {
                b.governmentLevel(GovernmentLevel.STATE);
            }
            return b.build();
        });
        List<DataSharingProtocol> protocols = update(a.dataSharingProtocols(), 0, p -> DataSharingProtocolBuilder.builder(p)
                .recipients(p.recipients().contains(associate) ? p.recipients() : plus(p.recipients(), associate)).build());
        protocols = updateAll(protocols, p -> DataSharingProtocolBuilder.builder(p)
                .breachNotificationWindow(p.breachNotificationWindow() == null ? Duration.ofHours(72) : p.breachNotificationWindow())
                .onwardSharing(p.onwardSharing() == OnwardSharing.PERMITTED ? OnwardSharing.WITH_PROVIDER_CONSENT : p.onwardSharing())
                .disposal(deletedOrReturned(p.disposal()))
                .safeguards(allSafeguards(p.safeguards()))
                .build());
        Agreement baa = edit(a).claims(List.of("us-hipaa")).parties(parties).dataSharingProtocols(protocols).build();
        List<String> associates = baa.parties().stream().filter(p -> p.hasLegalRole(LegalRole.BUSINESS_ASSOCIATE))
                .map(Party::agencyId).toList();
        baa = edit(baa).auditRights(replace(baa.auditRights(), AuditRight::id, new AuditRight(PREFIX + "hhs-secretary",
                AuditorKind.HHS_SECRETARY, null, associates, null, null))).build();
        for (ProvisionTopic topic : List.of(ProvisionTopic.PERMITTED_USES, ProvisionTopic.SUBCONTRACTOR_FLOW_DOWN,
                ProvisionTopic.INDIVIDUAL_ACCESS, ProvisionTopic.INDIVIDUAL_AMENDMENT, ProvisionTopic.ACCOUNTING_OF_DISCLOSURES,
                ProvisionTopic.COVERED_ENTITY_OBLIGATIONS, ProvisionTopic.TERMINATION_FOR_CAUSE, ProvisionTopic.NO_REIDENTIFICATION)) {
            baa = provision(baa, topic, associates, "The business associate undertakes the " + topic.name().replace('-', ' ')
                    + " obligations of 45 CFR 164.504(e) as set out in the annex.");
        }
        return baa;
    }

    // eu-gdpr: GDPR Art. 28(3).

    /** The first protocol's provider a controller, its first recipient a processor, both in Ireland. */
    static Agreement gdpr(Agreement a) {
        DataSharingProtocol first = a.dataSharingProtocols().get(0);
        String controller = first.providerAgencyId();
        String processor = recipientOf(a, first);
        List<Party> parties = updateAll(a.parties(), p -> p.agencyId().equals(controller) || p.agencyId().equals(processor)
                ? PartyBuilder.builder(p).jurisdiction(Jurisdiction.of("ie"))
                        .legalRoles(List.of(p.agencyId().equals(controller) ? LegalRole.CONTROLLER : LegalRole.PROCESSOR)).build()
                : PartyBuilder.builder(p).legalRoles(without(p.legalRoles(), r -> r == LegalRole.PROCESSOR
                        || r == LegalRole.JOINT_CONTROLLER)).build());
        List<DataSharingProtocol> protocols = update(a.dataSharingProtocols(), 0, p -> DataSharingProtocolBuilder.builder(p)
                .recipients(p.recipients().contains(processor) ? p.recipients() : plus(p.recipients(), processor))
                .dataSets(update(p.dataSets(), 0, s -> DataSetBuilder.builder(s).personalData(true).build())).build());
        protocols = updateAll(protocols, p -> DataSharingProtocolBuilder.builder(p)
                .disposal(deletedOrReturned(p.disposal()))
                .safeguards(allSafeguards(p.safeguards()))
                .dataSets(updateAll(p.dataSets(), s -> !s.personalData() ? s : DataSetBuilder.builder(s)
                        .dataElements(s.dataElements().isEmpty() ? ELEMENTS : s.dataElements())
                        .dataSubjectCategories(s.dataSubjectCategories().isEmpty() ? List.of("service users")
                                : s.dataSubjectCategories())
                        .build()))
                .build());
        Agreement contract = edit(a).claims(List.of("eu-gdpr")).parties(parties).dataSharingProtocols(protocols)
                .auditRights(replace(a.auditRights(), AuditRight::id, new AuditRight(PREFIX + "controller-audit",
                        AuditorKind.PARTY, controller, List.of(processor), null, null)))
                .build();
        for (ProvisionTopic topic : List.of(ProvisionTopic.PROCESSOR_INSTRUCTIONS, ProvisionTopic.CONFIDENTIALITY,
                ProvisionTopic.SUBPROCESSOR_AUTHORISATION, ProvisionTopic.SUBCONTRACTOR_FLOW_DOWN,
                ProvisionTopic.RIGHTS_REQUEST_ASSISTANCE, ProvisionTopic.COMPLIANCE_ASSISTANCE,
                ProvisionTopic.INFRINGING_INSTRUCTION_NOTICE)) {
            contract = provision(contract, topic, List.of(processor), "The processor undertakes the "
                    + topic.name().replace('-', ' ') + " obligations of GDPR Art. 28(3) as set out in the annex.");
        }
        return contract;
    }

    // uk-ico-dsa: the ICO data sharing code.

    /** The first party in England, the first protocol sharing personal data, with everything the code asks for. */
    static Agreement ico(Agreement a) {
        List<Party> parties = update(a.parties(), 0, p -> PartyBuilder.builder(p).jurisdiction(Jurisdiction.of("gb", "eng")).build());
        List<DataSharingProtocol> protocols = update(a.dataSharingProtocols(), 0, p -> DataSharingProtocolBuilder.builder(p)
                .dataSets(update(p.dataSets(), 0, s -> DataSetBuilder.builder(s).personalData(true).build())).build());
        Set<String> involved = new LinkedHashSet<>();
        for (DataSharingProtocol p : protocols) {
            if (p.dataSets().stream().anyMatch(DataSet::personalData)) {
                involved.add(p.providerAgencyId());
                involved.addAll(p.recipients());
            }
        }
        parties = updateAll(parties, p -> !involved.contains(p.agencyId()) || p.hasLegalRole(LegalRole.CONTROLLER)
                || p.hasLegalRole(LegalRole.JOINT_CONTROLLER) || p.hasLegalRole(LegalRole.PROCESSOR) ? p
                : PartyBuilder.builder(p).legalRoles(withLegalRole(p.legalRoles(), LegalRole.CONTROLLER)).build());
        protocols = updateAll(protocols, p -> p.dataSets().stream().noneMatch(DataSet::personalData) ? p
                : DataSharingProtocolBuilder.builder(p)
                        .retention(p.retention() == null ? Period.ofYears(2) : p.retention())
                        .disposal(deletedOrReturned(p.disposal()))
                        .safeguards(allSafeguards(p.safeguards()))
                        .dataSets(updateAll(p.dataSets(), s -> !s.personalData() || !s.dataElements().isEmpty() ? s
                                : DataSetBuilder.builder(s).dataElements(ELEMENTS).build()))
                        .build());
        Agreement dsa = edit(a).claims(List.of("uk-ico-dsa")).parties(parties).dataSharingProtocols(protocols).build();
        List<String> all = dsa.parties().stream().map(Party::agencyId).toList();
        List<ProvisionTopic> topics = new ArrayList<>(List.of(ProvisionTopic.LAWFUL_BASIS, ProvisionTopic.INDIVIDUAL_RIGHTS,
                ProvisionTopic.DATA_QUALITY, ProvisionTopic.SANCTIONS));
        if (protocols.stream().flatMap(p -> p.dataSets().stream()).anyMatch(s -> !s.specialCategories().isEmpty())) {
            topics.add(ProvisionTopic.SPECIAL_CATEGORY_CONDITIONS);
        }
        for (ProvisionTopic topic : topics) {
            dsa = provision(dsa, topic, all, "The parties agree the " + topic.name().replace('-', ' ')
                    + " arrangements set out in the annex to this agreement.");
        }
        return dsa;
    }

    // us-emac: the Emergency Management Assistance Compact.

    /**
     * A mutual-aid mission: the first party, Louisiana's, requests; the second, Texas's, assists
     * with equipment for the whole term. No assisting state sends personnel, so the explanations of
     * what applies to personnel by law (INFO findings on every mission that sends any) are not due.
     */
    static Agreement emac(Agreement a) {
        // The other parties neither request nor assist: a party in Texas that requested would make
        // Texas a requesting state, and leave no assisting state of another state.
        List<Party> parties = updateAll(a.parties(), p -> {
            List<PartyRole> rest = without(p.roles(), r -> r == PartyRole.RESPONDING || r == PartyRole.REQUESTING);
            return rest.size() == p.roles().size() ? p
                    : PartyBuilder.builder(p).roles(rest.isEmpty() ? List.of(PartyRole.PARTICIPANT) : rest).build();
        });
        parties = update(update(parties, 0, p -> PartyBuilder.builder(p).jurisdiction(Jurisdiction.of("us", "la"))
                        .governmentLevel(GovernmentLevel.STATE).roles(List.of(PartyRole.REQUESTING)).build()),
                1, p -> PartyBuilder.builder(p).jurisdiction(Jurisdiction.of("us", "tx"))
                        .governmentLevel(GovernmentLevel.STATE).roles(List.of(PartyRole.RESPONDING)).build());
        String assisting = parties.get(1).agencyId();
        Term term = a.term();
        List<ResourceCommitment> commitments = plus(without(a.resourceCommitments(), r -> r.agencyId().equals(assisting)),
                new ResourceCommitment(PREFIX + "emac-boats", assisting, ResourceKind.EQUIPMENT, "Flat-bottom rescue boats",
                        BigDecimal.valueOf(6), "boats", new DateRange(term.effective(), term.expires())));
        return edit(a).kind(AgreementKind.MUTUAL_AID).claims(List.of("us-emac")).parties(parties).resourceCommitments(commitments)
                .payment(a.payment() != null ? a.payment()
                        : new PaymentTerms(PaymentMethod.REIMBURSEMENT, null, Period.ofMonths(1), null))
                .build();
    }

    // Shared edits.

    /** {@code a} with a provision on {@code topic} that binds {@code binds}, replacing the one added before. */
    static Agreement provision(Agreement a, ProvisionTopic topic, List<String> binds, String text) {
        return edit(a).provisions(replace(a.provisions(), Provision::id, new Provision(PREFIX + topic.name(), topic, text,
                binds, null))).build();
    }

    /** {@code a} without any provision on {@code topic}. */
    public static Agreement withoutProvisions(Agreement a, ProvisionTopic topic) {
        return edit(a).provisions(without(a.provisions(), p -> p.topic().equals(topic))).build();
    }

    /** {@code list} with {@code element} in place of the element of the same id, or at its end. */
    static <T> List<T> replace(List<T> list, Function<T, String> id, T element) {
        String key = id.apply(element);
        for (int i = 0; i < list.size(); i++) {
            if (id.apply(list.get(i)).equals(key)) {
                return update(list, i, x -> element);
            }
        }
        return plus(list, element);
    }

    /** The first recipient of {@code protocol} that is not its provider, or another party. */
    private static String recipientOf(Agreement a, DataSharingProtocol protocol) {
        for (String recipient : protocol.recipients()) {
            if (!recipient.equals(protocol.providerAgencyId())) {
                return recipient;
            }
        }
        return a.partyIds().stream().filter(id -> !id.equals(protocol.providerAgencyId())).findFirst().orElseThrow();
    }

    private static Party withRole(Party p, PartyRole role) {
        return p.hasRole(role) ? p : PartyBuilder.builder(p).roles(plus(p.roles(), role)).build();
    }

    private static List<LegalRole> withLegalRole(List<LegalRole> roles, LegalRole role) {
        return roles.contains(role) ? roles : plus(roles, role);
    }

    private static DisposalMethod deletedOrReturned(@Nullable DisposalMethod disposal) {
        return disposal == null || disposal == DisposalMethod.ARCHIVAL ? DisposalMethod.SECURE_DELETION : disposal;
    }

    /** {@code safeguards} with one of each kind it lacks. */
    private static List<Safeguard> allSafeguards(List<Safeguard> safeguards) {
        Set<SafeguardKind> missing = EnumSet.allOf(SafeguardKind.class);
        safeguards.forEach(s -> missing.remove(s.kind()));
        List<Safeguard> all = new ArrayList<>(safeguards);
        for (SafeguardKind kind : missing) {
            all.add(new Safeguard(kind, switch (kind) {
                case ADMINISTRATIVE -> "Access limited to named staff, trained every year";
                case TECHNICAL -> "Records encrypted in transit and at rest";
                case PHYSICAL -> "Servers in locked rooms with logged entry";
            }));
        }
        return List.copyOf(all);
    }

    /** An edit of one protocol of {@code a}. */
    static Agreement protocol(Agreement a, int index, UnaryOperator<DataSharingProtocolBuilder> change) {
        return edit(a).dataSharingProtocols(update(a.dataSharingProtocols(), index,
                p -> change.apply(DataSharingProtocolBuilder.builder(p)).build())).build();
    }
}
