package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.Approval;
import org.interagency.agreements.ApprovalKind;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
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
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.PaymentMethod;
import org.interagency.agreements.PaymentTerms;
import org.interagency.agreements.Provision;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.Safeguard;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.Term;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
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
 * The edits of us-cma and us-hipaa are those their defects start from ({@link CmaDefects},
 * {@link HipaaDefects}); every defect of a pack's rule starts from its pack's edit ({@link
 * DefectCatalogue.Defect#before()}). The agreements start from valid ones with at least one
 * data-sharing protocol, so that the packs about data have something to govern.
 */
@API(status = INTERNAL, since = "0.1")
public final class PackSatisfaction {

    /** The size of the valid agreements the edits start from: two to six parties, one to three protocols. */
    public static final SizeSpec BASE = SizeSpec.DEFAULT.withProtocols(1, 3);

    /** The prefix of the ids of the elements the edits add. */
    static final String PREFIX = Vocabulary.INJECTED_PREFIX + "pack-";

    private static final Map<String, UnaryOperator<Agreement>> EDITS = edits();

    private PackSatisfaction() {
    }

    private static Map<String, UnaryOperator<Agreement>> edits() {
        Map<String, UnaryOperator<Agreement>> edits = new LinkedHashMap<>();
        edits.put("eu-gdpr", PackSatisfaction::gdpr);
        edits.put("uk-ico-dsa", PackSatisfaction::ico);
        edits.put(CmaDefects.PACK, CmaDefects::governed);
        edits.put("us-emac", PackSatisfaction::emac);
        edits.put(HipaaDefects.PACK, HipaaDefects::governed);
        edits.put("us-iaa", PackSatisfaction::iaa);
        return Collections.unmodifiableMap(edits);
    }

    /** The ids of the packs there is an edit for, in alphabetical order. */
    public static Set<String> packIds() {
        return EDITS.keySet();
    }

    /**
     * The edit that makes a valid agreement (of size {@link #BASE}) one that {@code pack} governs
     * and accepts.
     *
     * @throws IllegalArgumentException if there is no edit for {@code pack}
     */
    public static UnaryOperator<Agreement> satisfier(String pack) {
        UnaryOperator<Agreement> edit = EDITS.get(pack);
        if (edit == null) {
            throw new IllegalArgumentException("no edit for pack " + pack);
        }
        return edit;
    }

    // us-iaa: 31 U.S.C. 1535, FAR 17.502-1, 17.502-2, 17.503, FS Form 7600A.

    /**
     * The first party requests, the second services; an Economy Act order with all FAR 17.503 asks
     * for. The day the order takes effect picks the method of payment and the day of the D&amp;F.
     */
    static Agreement iaa(Agreement a) {
        int c = (int) a.term().effective().toEpochDay();
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
                : withFunds(r, r.funds() == null ? funds(FUNDS_CITATION, term.expires()) : new Funds(r.funds().citation(),
                        term.expires(), r.funds().directCost(), r.funds().overhead(), r.funds().overheadExplanation())));
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

    private static final List<String> ELEMENTS = List.of("name", "date of birth", "case number");

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
