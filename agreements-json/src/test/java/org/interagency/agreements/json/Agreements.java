package org.interagency.agreements.json;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.interagency.agreements.AgreedWaiver;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Amendment;
import org.interagency.agreements.Approval;
import org.interagency.agreements.ApprovalKind;
import org.interagency.agreements.AuditRight;
import org.interagency.agreements.AuditorKind;
import org.interagency.agreements.Certification;
import org.interagency.agreements.CertificationKind;
import org.interagency.agreements.DataOrigin;
import org.interagency.agreements.Funds;
import org.interagency.agreements.GovernmentLevel;
import org.interagency.agreements.IdentifierScheme;
import org.interagency.agreements.LegalRole;
import org.interagency.agreements.Notice;
import org.interagency.agreements.NoticeKind;
import org.interagency.agreements.PartyIdentifier;
import org.interagency.agreements.PaymentMethod;
import org.interagency.agreements.PaymentTerms;
import org.interagency.agreements.Provision;
import org.interagency.agreements.ProvisionTopic;
import org.interagency.agreements.RetentionStart;
import org.interagency.agreements.Safeguard;
import org.interagency.agreements.SafeguardKind;
import org.interagency.agreements.SpecialCategory;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.Classification;
import org.interagency.agreements.CommunicationChannel;
import org.interagency.agreements.Contact;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.DecisionRule;
import org.interagency.agreements.DisposalMethod;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.FinalResolution;
import org.interagency.agreements.Goal;
import org.interagency.agreements.GovernanceBody;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.LegalAuthority;
import org.interagency.agreements.Measure;
import org.interagency.agreements.Milestone;
import org.interagency.agreements.OnwardSharing;
import org.interagency.agreements.Party;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Renewal;
import org.interagency.agreements.ResourceCommitment;
import org.interagency.agreements.ResourceKind;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.Review;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.Signatory;
import org.interagency.agreements.Sponsor;
import org.interagency.agreements.Term;
import org.interagency.agreements.TrainingProgramme;
import org.interagency.agreements.TransferMethod;
import org.interagency.agreements.TrustMeasure;
import org.interagency.agreements.TrustMeasureKind;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * A compact generator of agreements for this module's properties: every section, every optional
 * value present or absent, text with quotes, backslashes, line breaks and non-ASCII characters.
 * The agreements are well-formed for the document format, not necessarily sound by the rules
 * (this module does not validate them). The shared generators live in agreements-testkit.
 */
final class Agreements {

    private Agreements() {
    }

    static Arbitrary<Agreement> agreements() {
        Arbitrary<Agreement> head = Combinators.combine(ids(), text(), Arbitraries.of(AgreementKind.class),
                Arbitraries.of(AgreementStatus.class), terms(), list(authorities(), 2), list(parties(), 4),
                text().injectNull(0.3))
                .as((id, title, kind, status, term, authorities, parties, vision) -> new Agreement(
                        Agreement.SCHEMA_VERSION, id, title, kind, status, term, authorities, parties, vision,
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                        List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
        Arbitrary<Principles> principles = Combinators.combine(list(goals(), 2), list(responsibilities(), 3),
                list(channels(), 2), list(trustMeasures(), 2), list(governanceBodies(), 2), list(protocols(), 2),
                list(trainings(), 2)).as(Principles::new);
        Arbitrary<Records> records = Combinators.combine(list(escalationPaths(), 2), list(milestones(), 2),
                list(reviews(), 2), list(sponsors(), 2), list(commitments(), 2), list(signatories(), 2),
                list(amendments(), 2)).as(Records::new);
        Arbitrary<LegalSections> legal = Combinators.combine(list(provisions(), 3), list(approvals(), 2),
                list(notices(), 2), list(certifications(), 2), list(auditRights(), 2),
                paymentTerms().injectNull(0.4), list(ids(), 2), list(agreedWaivers(), 2)).as(LegalSections::new);
        return Combinators.combine(head, principles, records, legal).as((a, p, r, l) -> new Agreement(
                a.schemaVersion(), a.id(), a.title(), a.kind(), a.status(), a.lineage(), a.term(), a.authorities(), a.parties(),
                a.vision(), p.goals(), p.responsibilities(), p.channels(), p.trustMeasures(), p.governanceBodies(),
                p.protocols(), p.trainings(), r.paths(), r.milestones(), r.reviews(), r.sponsors(), r.commitments(),
                r.signatories(), r.amendments(), l.provisions(), l.approvals(), l.notices(), l.certifications(),
                l.auditRights(), l.payment(), l.claims(), l.waivers()));
    }

    /** The sections schema version 1.1 added, generated together. */
    private record LegalSections(List<Provision> provisions, List<Approval> approvals, List<Notice> notices,
            List<Certification> certifications, List<AuditRight> auditRights, PaymentTerms payment,
            List<String> claims, List<AgreedWaiver> waivers) {
    }

    /** Waivers the parties agreed, by location (the root, a section, an escaped token) or by fingerprint. */
    static Arbitrary<AgreedWaiver> agreedWaivers() {
        Arbitrary<String> ruleIds = Combinators.combine(ids(), ids()).as((area, name) -> area + "." + name);
        Arbitrary<String> locations = Arbitraries.of("", "/responsibilities/0", "/parties/1/contacts/0",
                "/title", "/a~1b/~0c");
        Arbitrary<String> fingerprints = Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f')
                .ofLength(32);
        Arbitrary<String> notBlank = text().map(t -> "accepted: " + t);
        return Combinators.combine(ruleIds, Arbitraries.of(true, false), locations, fingerprints, notBlank, notBlank,
                dates(), Arbitraries.integers().between(0, 400))
                .as((ruleId, byLocation, location, fingerprint, justification, approvedBy, approved, days) ->
                        new AgreedWaiver(ruleId, byLocation ? location : null, byLocation ? null : fingerprint,
                                justification, approvedBy, approved, approved.plusDays(days)));
    }

    /** Known topics and topics of one's own. */
    static Arbitrary<ProvisionTopic> topics() {
        Arbitrary<ProvisionTopic> known = Arbitraries.of(ProvisionTopic.known());
        Arbitrary<ProvisionTopic> own = Arbitraries.of("x-tribal-consultation", "x-a", "x-b2-c3").map(ProvisionTopic::of);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, known), net.jqwik.api.Tuple.of(1, own));
    }

    static Arbitrary<Provision> provisions() {
        return Combinators.combine(ids(), topics(), text(), list(ids(), 2), text().injectNull(0.4)).as(Provision::new);
    }

    static Arbitrary<Approval> approvals() {
        return Combinators.combine(ids(), Arbitraries.of(ApprovalKind.class), ids(), text(), dates(),
                text().injectNull(0.5)).as(Approval::new);
    }

    static Arbitrary<Notice> notices() {
        return Combinators.combine(ids(), Arbitraries.of(NoticeKind.class), ids(), text().injectNull(0.5), dates(),
                text().injectNull(0.5)).as(Notice::new);
    }

    static Arbitrary<Certification> certifications() {
        return Combinators.combine(ids(), Arbitraries.of(CertificationKind.class), ids(), text(), dates(), text())
                .as(Certification::new);
    }

    static Arbitrary<AuditRight> auditRights() {
        return Combinators.combine(ids(), Arbitraries.of(AuditorKind.class), ids(), list(ids(), 2),
                text().injectNull(0.5), ids().injectNull(0.5))
                .as((id, auditor, agency, audited, scope, provision) -> new AuditRight(id, auditor,
                        auditor == AuditorKind.PARTY ? agency : null, audited, scope, provision));
    }

    static Arbitrary<PaymentTerms> paymentTerms() {
        return Combinators.combine(Arbitraries.of(PaymentMethod.class), ids().injectNull(0.5),
                periods().injectNull(0.5), text().injectNull(0.5))
                .as((method, authority, billing, terms) -> new PaymentTerms(method,
                        method == PaymentMethod.ADVANCE ? authority : null, billing, terms));
    }

    static Arbitrary<Funds> funds() {
        return Combinators.combine(text(), dates().injectNull(0.4), decimals().map(BigDecimal::abs).injectNull(0.4),
                decimals().map(BigDecimal::abs).injectNull(0.4), text().injectNull(0.5)).as(Funds::new);
    }

    /** The sections of principles 1 to 7, generated together. */
    private record Principles(List<Goal> goals, List<Responsibility> responsibilities,
            List<CommunicationChannel> channels, List<TrustMeasure> trustMeasures,
            List<GovernanceBody> governanceBodies, List<DataSharingProtocol> protocols,
            List<TrainingProgramme> trainings) {
    }

    /** The sections of principles 8 to 10 and the amendments, generated together. */
    private record Records(List<EscalationPath> paths, List<Milestone> milestones, List<Review> reviews,
            List<Sponsor> sponsors, List<ResourceCommitment> commitments, List<Signatory> signatories,
            List<Amendment> amendments) {
    }

    static Arbitrary<String> ids() {
        return Arbitraries.of("county-oem", "txdot", "dshs", "fema-r6", "ssa", "state-dhs", "a", "x1-y2");
    }

    /** Free text, including the characters JSON and YAML must escape or quote. */
    static Arbitrary<String> text() {
        Arbitrary<String> plain = Arbitraries.strings().withCharRange('a', 'z').withChars(" ÉéçÑ€中—'\"\\\n:#-&*!|>%@`")
                .ofMinLength(1).ofMaxLength(24);
        Arbitrary<String> tricky = Arbitraries.of("yes", "no", "null", "~", "true", "123", "1e3", "0x1F", "2026-01-01",
                "- item", "key: value", "🌊 flood response", "  leading and trailing  ", "line one\nline two");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, plain), net.jqwik.api.Tuple.of(1, tricky));
    }

    static Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 60).map(days -> LocalDate.of(2000, 1, 1).plusDays(days));
    }

    static Arbitrary<Period> periods() {
        return Arbitraries.of(Period.ofYears(1), Period.ofMonths(18), Period.ofDays(90), Period.ofWeeks(2),
                Period.of(1, 6, 0));
    }

    static Arbitrary<Duration> durations() {
        return Arbitraries.of(Duration.ofHours(72), Duration.ofHours(4), Duration.ofMinutes(90), Duration.ofDays(3),
                Duration.ofSeconds(30));
    }

    /** Decimals of at most 15 significant digits, which the canonical form holds exactly. */
    static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L),
                Arbitraries.integers().between(-3, 3)).as(BigDecimal::valueOf);
    }

    static Arbitrary<DateRange> ranges() {
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 4000).injectNull(0.3))
                .as((start, length) -> new DateRange(start, length == null ? null : start.plusDays(length)));
    }

    static <T> Arbitrary<List<T>> list(Arbitrary<T> element, int max) {
        return element.list().ofMaxSize(max);
    }

    static Arbitrary<ScopePath> scopes() {
        return Arbitraries.of("emergency", "flood", "evacuation", "shelter-medical", "x2")
                .list().ofMinSize(1).ofMaxSize(4).map(ScopePath::new);
    }

    static Arbitrary<Jurisdiction> jurisdictions() {
        return Arbitraries.of("us", "tx", "harris-county", "wa").list().ofMinSize(1).ofMaxSize(3).map(Jurisdiction::new);
    }

    static Arbitrary<Term> terms() {
        Arbitrary<Renewal> renewals = Combinators.combine(Arbitraries.integers().between(0, 5), periods(),
                Arbitraries.of(true, false)).as(Renewal::new);
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 3000).injectNull(0.3),
                renewals.injectNull(0.5), periods())
                .as((effective, length, renewal, cycle) ->
                        new Term(effective, length == null ? null : effective.plusDays(length), renewal, cycle))
                .flatMap(term -> periods().injectNull(0.5).map(notice -> new Term(term.effective(), term.expires(),
                        term.renewal(), term.reviewCycle(), notice)));
    }

    static Arbitrary<LegalAuthority> authorities() {
        return Combinators.combine(ids(), text(), text()).as(LegalAuthority::new);
    }

    static Arbitrary<Party> parties() {
        Arbitrary<Contact> contacts = Combinators.combine(text(), text(), Arbitraries.of("a@b.example", "x.y@agency.gov"),
                Arbitraries.of("+1-713-555-0110").injectNull(0.5)).as(Contact::new);
        Arbitrary<PartyIdentifier> identifiers = Combinators.combine(Arbitraries.of(IdentifierScheme.class),
                Arbitraries.of("028", "28000001", "ABC123DEF456", "1e3")).as(PartyIdentifier::new);
        Arbitrary<Party> head = Combinators.combine(ids(), text(), jurisdictions(), ids().injectNull(0.7),
                Arbitraries.of(PartyRole.class).list().ofMinSize(1).ofMaxSize(2), list(contacts, 2))
                .as(Party::new);
        return Combinators.combine(head, Arbitraries.of(GovernmentLevel.class).injectNull(0.4),
                Arbitraries.of(LegalRole.class).list().ofMaxSize(2), list(identifiers, 2))
                .as((p, level, legalRoles, ids) -> new Party(p.agencyId(), p.name(), p.jurisdiction(),
                        p.parentAgencyId(), p.roles(), p.contacts(), level, legalRoles, ids));
    }

    static Arbitrary<Goal> goals() {
        Arbitrary<Measure> measures = Combinators.combine(text(), text(), decimals().injectNull(0.4), decimals())
                .as(Measure::new);
        return Combinators.combine(ids(), text(), list(measures, 2), list(ids(), 3), dates().injectNull(0.4))
                .as(Goal::new);
    }

    static Arbitrary<Responsibility> responsibilities() {
        Arbitrary<Assignment> assignments = Combinators.combine(ids(), Arbitraries.of(RaciRole.class),
                jurisdictions().injectNull(0.5), ranges().injectNull(0.5)).as(Assignment::new);
        return Combinators.combine(ids(), scopes(), text(), list(assignments, 3)).as(Responsibility::new);
    }

    static Arbitrary<CommunicationChannel> channels() {
        return Combinators.combine(ids(), Arbitraries.of(ChannelKind.class), text(), ids(), list(ids(), 3),
                periods().injectNull(0.4)).as(CommunicationChannel::new);
    }

    static Arbitrary<TrustMeasure> trustMeasures() {
        return Combinators.combine(ids(), Arbitraries.of(TrustMeasureKind.class), text(), list(ids(), 3),
                periods().injectNull(0.4)).as(TrustMeasure::new);
    }

    static Arbitrary<GovernanceBody> governanceBodies() {
        Arbitrary<DecisionRule> rules = Arbitraries.of(DecisionRule.consensus(), DecisionRule.majority(),
                DecisionRule.unanimity(), DecisionRule.supermajority(2, 3));
        return Combinators.combine(ids(), text(), list(ids(), 3), ids(), rules, Arbitraries.integers().between(1, 9),
                list(text(), 2)).as(GovernanceBody::new);
    }

    static Arbitrary<DataSharingProtocol> protocols() {
        Arbitrary<DataSet> basic = Combinators.combine(ids(), text(), Arbitraries.of(Classification.class),
                Arbitraries.of(true, false)).as(DataSet::new);
        Arbitrary<DataSet> dataSets = Combinators.combine(basic, list(text(), 3),
                Arbitraries.longs().between(0, (1L << 53) - 1).injectNull(0.4), list(text(), 2),
                Arbitraries.of(SpecialCategory.class).list().ofMaxSize(2), Arbitraries.of(DataOrigin.class).injectNull(0.4),
                text().injectNull(0.5), text().injectNull(0.5))
                .as((d, elements, records, subjects, special, origin, accuracy, sorn) -> new DataSet(d.id(), d.name(),
                        d.classification(), d.personalData() || !special.isEmpty(), elements, records, subjects, special,
                        origin, accuracy, sorn));
        Arbitrary<Safeguard> safeguards = Combinators.combine(Arbitraries.of(SafeguardKind.class), text())
                .as(Safeguard::new);
        Arbitrary<DataSharingProtocol> head = Combinators.combine(ids(), ids(), list(ids(), 2), list(dataSets, 2),
                text(), list(ids(), 2), Arbitraries.of(TransferMethod.class), Arbitraries.of(true, false))
                .as((id, provider, recipients, sets, purpose, basis, method, inTransit) -> new DataSharingProtocol(
                        id, provider, recipients, sets, purpose, basis, method, inTransit, false, null, null,
                        OnwardSharing.PROHIBITED, null));
        return Combinators.combine(head, Arbitraries.of(true, false), periods().injectNull(0.4),
                Arbitraries.of(DisposalMethod.class).injectNull(0.4), Arbitraries.of(OnwardSharing.class),
                durations().injectNull(0.4))
                .as((p, atRest, retention, disposal, onward, window) -> new DataSharingProtocol(p.id(),
                        p.providerAgencyId(), p.recipients(), p.dataSets(), p.purpose(), p.legalBasis(),
                        p.transferMethod(), p.encryptedInTransit(), atRest, retention, disposal, onward, window))
                .flatMap(p -> Combinators.combine(Arbitraries.of(RetentionStart.class).injectNull(0.5),
                        list(safeguards, 3)).as((start, measures) -> new DataSharingProtocol(p.id(),
                        p.providerAgencyId(), p.recipients(), p.dataSets(), p.purpose(), p.legalBasis(),
                        p.transferMethod(), p.encryptedInTransit(), p.encryptedAtRest(), p.retention(), p.disposal(),
                        p.onwardSharing(), p.breachNotificationWindow(), p.retention() == null ? null : start,
                        measures)));
    }

    static Arbitrary<TrainingProgramme> trainings() {
        return Combinators.combine(ids(), text(), ids(), list(ids(), 3), periods().injectNull(0.4), list(text(), 2),
                list(ids(), 2)).as(TrainingProgramme::new);
    }

    static Arbitrary<EscalationPath> escalationPaths() {
        Arbitrary<EscalationLevel> levels = Combinators.combine(text(), ids().injectNull(0.5),
                durations().injectNull(0.4)).as(EscalationLevel::new);
        return Combinators.combine(ids(), list(scopes(), 2), list(levels, 3),
                Arbitraries.of(FinalResolution.class).injectNull(0.3)).as(EscalationPath::new);
    }

    static Arbitrary<Milestone> milestones() {
        return Combinators.combine(ids(), ids(), text(), dates(), dates().injectNull(0.5)).as(Milestone::new);
    }

    static Arbitrary<Review> reviews() {
        return Combinators.combine(ids(), dates(), list(ids(), 3), list(text(), 2), list(text(), 2)).as(Review::new);
    }

    static Arbitrary<Sponsor> sponsors() {
        return Combinators.combine(ids(), text(), text()).as(Sponsor::new);
    }

    static Arbitrary<ResourceCommitment> commitments() {
        return Combinators.combine(ids(), ids(), Arbitraries.of(ResourceKind.class), text(),
                decimals().map(BigDecimal::abs).injectNull(0.3), Arbitraries.of("USD", "FTE", "signs").injectNull(0.3),
                ranges().injectNull(0.5), funds().injectNull(0.4))
                .as((id, agency, kind, description, amount, unit, period, funds) -> new ResourceCommitment(id, agency,
                        kind, description, amount, unit, period, kind == ResourceKind.FUNDING ? funds : null));
    }

    static Arbitrary<Signatory> signatories() {
        return Combinators.combine(ids(), text(), text(), dates()).as(Signatory::new);
    }

    static Arbitrary<Amendment> amendments() {
        return Combinators.combine(ids(), dates(), text(), list(ids(), 3)).as(Amendment::new);
    }
}
