package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * An agreement between agencies: a memorandum of understanding, an interagency, data-sharing or
 * computer matching agreement, or a mutual-aid compact.
 *
 * <p>Besides its identity, term, legal authorities and parties, an agreement has one section for
 * each of the ten principles of interagency collaboration:
 * <ol>
 *   <li>shared vision and common goals: {@link #vision()}, {@link #goals()};</li>
 *   <li>clear roles and responsibilities: {@link #responsibilities()};</li>
 *   <li>communication channels: {@link #channels()} (and each party's {@link Party#contacts()});</li>
 *   <li>trust-building measures: {@link #trustMeasures()};</li>
 *   <li>joint planning and decision making: {@link #governanceBodies()};</li>
 *   <li>information sharing and data exchange: {@link #dataSharingProtocols()};</li>
 *   <li>cross-agency training: {@link #trainingProgrammes()};</li>
 *   <li>conflict resolution: {@link #escalationPaths()};</li>
 *   <li>celebrating successes and learning: {@link #milestones()}, {@link #reviews()};</li>
 *   <li>supportive leadership: {@link #sponsors()}, {@link #resourceCommitments()},
 *       {@link #signatories()}.</li>
 * </ol>
 *
 * <p>Elements refer to one another by stable ids ({@link Party#agencyId()}, {@link Goal#id()},
 * …). The constructor checks each element on its own; whether the references resolve, whether two
 * agencies are accountable for the same work and the like are checked by the rules engine in
 * agreements-core, which also runs Bean Validation over the constraints declared here.
 *
 * <p>Beyond the principles, the law governing some kinds of agreement asks them to state more
 * (schema version 1.1): {@link #provisions()} on topics such as individual notice or the
 * accounting of disclosures, dated {@link #approvals()}, {@link #notices()} and
 * {@link #certifications()}, {@link #auditRights()} and the {@link #payment()} terms, the
 * rule packs it {@link #claims()} to satisfy, the {@link #waivers()} its parties agreed, and for an
 * order the {@link #generalTerms()} it is placed under; parties,
 * data sets, protocols, the term and funding commitments have fields of 1.1 as well. An agreement
 * of schema version 1.0 has none of them: its new lists are empty and its new values absent.
 *
 * <p>Every list is immutable; a missing list is empty. Write an agreement with
 * {@link AgreementBuilder}:
 * <pre>{@code
 * Agreement mou = AgreementBuilder.builder()
 *         .id("harris-flood-mou-2026")
 *         .title("Flood Response Memorandum of Understanding")
 *         .kind(AgreementKind.MEMORANDUM_OF_UNDERSTANDING)
 *         .status(AgreementStatus.IN_FORCE)
 *         .term(new Term(LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), null, Period.ofYears(1)))
 *         .addParties(countyOem)
 *         .addParties(stateDot)
 *         .addResponsibilities(evacuation)
 *         .build();
 * }</pre>
 *
 * @param schemaVersion the version of the document format the agreement is written in,
 *     {@code MAJOR.MINOR}: {@code 1.0}, or {@value #SCHEMA_VERSION}, the newest this library
 *     knows, for an agreement that uses what 1.1 added
 * @param id the stable id of the agreement
 * @param title the agreement's title
 * @param kind the kind of instrument
 * @param status where the agreement stands in its life
 * @param lineage which version of the agreement this is, and which version it supersedes or
 *     renews (schema 1.1); {@code null} if the document does not say
 * @param generalTerms for an order placed under general terms and conditions that are an agreement
 *     of their own (an FS Form 7600B order under its FS Form 7600A GT&amp;C), the id and version of
 *     that agreement (schema 1.1); {@code null} for an agreement that stands on its own
 * @param term when the agreement applies
 * @param authorities the statutes and orders the agreement rests on
 * @param parties the agencies that are party to the agreement
 * @param vision the parties' shared vision in a few sentences; {@code null} if not stated
 * @param goals the common goals
 * @param responsibilities the work the agreement assigns, with each agency's role
 * @param channels how the parties communicate
 * @param trustMeasures how the parties build trust between their staff
 * @param governanceBodies where the parties plan and decide together
 * @param dataSharingProtocols the terms on which the parties share data
 * @param trainingProgrammes the training the parties give one another
 * @param escalationPaths how disagreements are resolved
 * @param milestones steps towards the goals
 * @param reviews joint reviews, with successes and lessons learned
 * @param sponsors the executives who champion the agreement
 * @param resourceCommitments what each party contributes
 * @param signatories who signed for each party
 * @param amendments changes approved after signature
 * @param provisions the clauses on topics the law asks the agreement to address (schema 1.1)
 * @param approvals the dated approvals the agreement needed, such as a Data Integrity Board's
 *     (schema 1.1)
 * @param notices the dated notices given of the agreement, such as its Federal Register notice
 *     (schema 1.1)
 * @param certifications the dated certifications of the parties, such as of compliance for a
 *     renewal (schema 1.1)
 * @param auditRights who may audit whom (schema 1.1)
 * @param payment how the servicing agency is paid; {@code null} if the agreement moves no money
 *     or does not say (schema 1.1)
 * @param claims the ids of the rule packs whose law the agreement claims to satisfy, for example
 *     {@code us-cma}: the validator runs them on this agreement whether or not they are selected,
 *     and reports a claim of a pack it does not know (schema 1.1)
 * @param waivers the waivers the parties agreed: findings of the validator they accept, each
 *     for a reason, by someone, until a day; applied like the waivers given to the validator
 *     (schema 1.1)
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Agreement(
        @NotBlank @Pattern(regexp = "[0-9]{1,3}\\.[0-9]{1,3}") String schemaVersion,
        @ElementId String id,
        @NotBlank @Size(max = 500) String title,
        AgreementKind kind,
        AgreementStatus status,
        @Valid @Nullable Lineage lineage,
        @Valid @Nullable AgreementVersion generalTerms,
        @Valid Term term,
        @Size(max = 200) List<@Valid LegalAuthority> authorities,
        @NotEmpty @Size(max = 1000) List<@Valid Party> parties,
        @Nullable @Size(max = 10_000) String vision,
        @Size(max = 1000) List<@Valid Goal> goals,
        @Size(max = 100_000) List<@Valid Responsibility> responsibilities,
        @Size(max = 1000) List<@Valid CommunicationChannel> channels,
        @Size(max = 1000) List<@Valid TrustMeasure> trustMeasures,
        @Size(max = 1000) List<@Valid GovernanceBody> governanceBodies,
        @Size(max = 1000) List<@Valid DataSharingProtocol> dataSharingProtocols,
        @Size(max = 1000) List<@Valid TrainingProgramme> trainingProgrammes,
        @Size(max = 1000) List<@Valid EscalationPath> escalationPaths,
        @Size(max = 10_000) List<@Valid Milestone> milestones,
        @Size(max = 1000) List<@Valid Review> reviews,
        @Size(max = 1000) List<@Valid Sponsor> sponsors,
        @Size(max = 10_000) List<@Valid ResourceCommitment> resourceCommitments,
        @Size(max = 1000) List<@Valid Signatory> signatories,
        @Size(max = 1000) List<@Valid Amendment> amendments,
        @Size(max = 1000) List<@Valid Provision> provisions,
        @Size(max = 1000) List<@Valid Approval> approvals,
        @Size(max = 1000) List<@Valid Notice> notices,
        @Size(max = 1000) List<@Valid Certification> certifications,
        @Size(max = 1000) List<@Valid AuditRight> auditRights,
        @Valid @Nullable PaymentTerms payment,
        @Size(max = 100) List<@ElementId String> claims,
        @Size(max = 1000) List<@Valid AgreedWaiver> waivers) {

    /**
     * The newest schema version this library reads, and the one a new agreement is written in. A
     * document keeps the version it declares: one read as {@code 1.0} is written as {@code 1.0}.
     */
    public static final String SCHEMA_VERSION = "1.1";

    /**
     * Checks that the required parts are present and copies every list.
     *
     * @param schemaVersion the version of the document format the agreement is written in, {@code
     *     MAJOR.MINOR}: {@code 1.0}, or {@value #SCHEMA_VERSION}, the newest this library knows, for an
     *     agreement that uses what 1.1 added
     * @param id the stable id of the agreement
     * @param title the agreement's title
     * @param kind the kind of instrument
     * @param status where the agreement stands in its life
     * @param lineage which version of the agreement this is, and which version it supersedes or
     *     renews (schema 1.1); {@code null} if the document does not say
     * @param generalTerms for an order placed under general terms and conditions that are an
     *     agreement of their own, the id and version of that agreement (schema 1.1); {@code null}
     *     for an agreement that stands on its own
     * @param term when the agreement applies
     * @param authorities the statutes and orders the agreement rests on
     * @param parties the agencies that are party to the agreement
     * @param vision the parties' shared vision in a few sentences; {@code null} if not stated
     * @param goals the common goals
     * @param responsibilities the work the agreement assigns, with each agency's role
     * @param channels how the parties communicate
     * @param trustMeasures how the parties build trust between their staff
     * @param governanceBodies where the parties plan and decide together
     * @param dataSharingProtocols the terms on which the parties share data
     * @param trainingProgrammes the training the parties give one another
     * @param escalationPaths how disagreements are resolved
     * @param milestones steps towards the goals
     * @param reviews joint reviews, with successes and lessons learned
     * @param sponsors the executives who champion the agreement
     * @param resourceCommitments what each party contributes
     * @param signatories who signed for each party
     * @param amendments changes approved after signature
     * @param provisions the clauses on topics the law asks the agreement to address (schema 1.1)
     * @param approvals the dated approvals the agreement needed, such as a Data Integrity Board's
     *     (schema 1.1)
     * @param notices the dated notices given of the agreement, such as its Federal Register notice
     *     (schema 1.1)
     * @param certifications the dated certifications of the parties, such as of compliance for a
     *     renewal (schema 1.1)
     * @param auditRights who may audit whom (schema 1.1)
     * @param payment how the servicing agency is paid; {@code null} if the agreement moves no money
     *     or does not say (schema 1.1)
     * @param claims the ids of the rule packs whose law the agreement claims to satisfy, for
     *     example {@code us-cma}: the validator runs them on this agreement whether or not they are
     *     selected, and reports a claim of a pack it does not know (schema 1.1)
     * @param waivers the waivers the parties agreed: findings of the validator they accept, each
     *     for a reason, by someone, until a day; applied like the waivers given to the validator
     *     (schema 1.1)
     */
    public Agreement {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(term, "term");
        authorities = Lists.copy(authorities, "authorities");
        parties = Lists.copy(parties, "parties");
        goals = Lists.copy(goals, "goals");
        responsibilities = Lists.copy(responsibilities, "responsibilities");
        channels = Lists.copy(channels, "channels");
        trustMeasures = Lists.copy(trustMeasures, "trustMeasures");
        governanceBodies = Lists.copy(governanceBodies, "governanceBodies");
        dataSharingProtocols = Lists.copy(dataSharingProtocols, "dataSharingProtocols");
        trainingProgrammes = Lists.copy(trainingProgrammes, "trainingProgrammes");
        escalationPaths = Lists.copy(escalationPaths, "escalationPaths");
        milestones = Lists.copy(milestones, "milestones");
        reviews = Lists.copy(reviews, "reviews");
        sponsors = Lists.copy(sponsors, "sponsors");
        resourceCommitments = Lists.copy(resourceCommitments, "resourceCommitments");
        signatories = Lists.copy(signatories, "signatories");
        amendments = Lists.copy(amendments, "amendments");
        provisions = Lists.copy(provisions, "provisions");
        approvals = Lists.copy(approvals, "approvals");
        notices = Lists.copy(notices, "notices");
        certifications = Lists.copy(certifications, "certifications");
        auditRights = Lists.copy(auditRights, "auditRights");
        claims = Lists.copy(claims, "claims");
        waivers = Lists.copy(waivers, "waivers");
    }

    /**
     * An agreement that names no general terms and conditions: it stands on its own.
     *
     * @param schemaVersion the version of the document format the agreement is written in, {@code
     *     MAJOR.MINOR}: {@code 1.0}, or {@value #SCHEMA_VERSION}, the newest this library knows, for an
     *     agreement that uses what 1.1 added
     * @param id the stable id of the agreement
     * @param title the agreement's title
     * @param kind the kind of instrument
     * @param status where the agreement stands in its life
     * @param lineage which version of the agreement this is, and which version it supersedes or
     *     renews (schema 1.1); {@code null} if the document does not say
     * @param term when the agreement applies
     * @param authorities the statutes and orders the agreement rests on
     * @param parties the agencies that are party to the agreement
     * @param vision the parties' shared vision in a few sentences; {@code null} if not stated
     * @param goals the common goals
     * @param responsibilities the work the agreement assigns, with each agency's role
     * @param channels how the parties communicate
     * @param trustMeasures how the parties build trust between their staff
     * @param governanceBodies where the parties plan and decide together
     * @param dataSharingProtocols the terms on which the parties share data
     * @param trainingProgrammes the training the parties give one another
     * @param escalationPaths how disagreements are resolved
     * @param milestones steps towards the goals
     * @param reviews joint reviews, with successes and lessons learned
     * @param sponsors the executives who champion the agreement
     * @param resourceCommitments what each party contributes
     * @param signatories who signed for each party
     * @param amendments changes approved after signature
     * @param provisions the clauses on topics the law asks the agreement to address (schema 1.1)
     * @param approvals the dated approvals the agreement needed, such as a Data Integrity Board's
     *     (schema 1.1)
     * @param notices the dated notices given of the agreement, such as its Federal Register notice
     *     (schema 1.1)
     * @param certifications the dated certifications of the parties, such as of compliance for a
     *     renewal (schema 1.1)
     * @param auditRights who may audit whom (schema 1.1)
     * @param payment how the servicing agency is paid; {@code null} if the agreement moves no money
     *     or does not say (schema 1.1)
     * @param claims the ids of the rule packs whose law the agreement claims to satisfy, for
     *     example {@code us-cma} (schema 1.1)
     * @param waivers the waivers the parties agreed (schema 1.1)
     */
    public Agreement(String schemaVersion, String id, String title, AgreementKind kind, AgreementStatus status,
            @Nullable Lineage lineage, Term term, List<LegalAuthority> authorities, List<Party> parties,
            @Nullable String vision, List<Goal> goals, List<Responsibility> responsibilities,
            List<CommunicationChannel> channels, List<TrustMeasure> trustMeasures,
            List<GovernanceBody> governanceBodies, List<DataSharingProtocol> dataSharingProtocols,
            List<TrainingProgramme> trainingProgrammes, List<EscalationPath> escalationPaths,
            List<Milestone> milestones, List<Review> reviews, List<Sponsor> sponsors,
            List<ResourceCommitment> resourceCommitments, List<Signatory> signatories,
            List<Amendment> amendments, List<Provision> provisions, List<Approval> approvals, List<Notice> notices,
            List<Certification> certifications, List<AuditRight> auditRights, @Nullable PaymentTerms payment,
            List<String> claims, List<AgreedWaiver> waivers) {
        this(schemaVersion, id, title, kind, status, lineage, null, term, authorities, parties, vision, goals,
                responsibilities, channels, trustMeasures, governanceBodies, dataSharingProtocols, trainingProgrammes,
                escalationPaths, milestones, reviews, sponsors, resourceCommitments, signatories, amendments, provisions,
                approvals, notices, certifications, auditRights, payment, claims, waivers);
    }

    /**
     * An agreement that records no waivers.
     *
     * @param schemaVersion the version of the document format the agreement is written in, {@code
     *     MAJOR.MINOR}: {@code 1.0}, or {@value #SCHEMA_VERSION}, the newest this library knows, for an
     *     agreement that uses what 1.1 added
     * @param id the stable id of the agreement
     * @param title the agreement's title
     * @param kind the kind of instrument
     * @param status where the agreement stands in its life
     * @param lineage which version of the agreement this is, and which version it supersedes or
     *     renews (schema 1.1); {@code null} if the document does not say
     * @param term when the agreement applies
     * @param authorities the statutes and orders the agreement rests on
     * @param parties the agencies that are party to the agreement
     * @param vision the parties' shared vision in a few sentences; {@code null} if not stated
     * @param goals the common goals
     * @param responsibilities the work the agreement assigns, with each agency's role
     * @param channels how the parties communicate
     * @param trustMeasures how the parties build trust between their staff
     * @param governanceBodies where the parties plan and decide together
     * @param dataSharingProtocols the terms on which the parties share data
     * @param trainingProgrammes the training the parties give one another
     * @param escalationPaths how disagreements are resolved
     * @param milestones steps towards the goals
     * @param reviews joint reviews, with successes and lessons learned
     * @param sponsors the executives who champion the agreement
     * @param resourceCommitments what each party contributes
     * @param signatories who signed for each party
     * @param amendments changes approved after signature
     * @param provisions the clauses on topics the law asks the agreement to address (schema 1.1)
     * @param approvals the dated approvals the agreement needed, such as a Data Integrity Board's
     *     (schema 1.1)
     * @param notices the dated notices given of the agreement, such as its Federal Register notice
     *     (schema 1.1)
     * @param certifications the dated certifications of the parties, such as of compliance for a
     *     renewal (schema 1.1)
     * @param auditRights who may audit whom (schema 1.1)
     * @param payment how the servicing agency is paid; {@code null} if the agreement moves no money
     *     or does not say (schema 1.1)
     * @param claims the ids of the rule packs whose law the agreement claims to satisfy, for
     *     example {@code us-cma}: the validator runs them on this agreement whether or not they are
     *     selected, and reports a claim of a pack it does not know (schema 1.1)
     */
    public Agreement(String schemaVersion, String id, String title, AgreementKind kind, AgreementStatus status,
            @Nullable Lineage lineage, Term term, List<LegalAuthority> authorities, List<Party> parties,
            @Nullable String vision, List<Goal> goals, List<Responsibility> responsibilities,
            List<CommunicationChannel> channels, List<TrustMeasure> trustMeasures,
            List<GovernanceBody> governanceBodies, List<DataSharingProtocol> dataSharingProtocols,
            List<TrainingProgramme> trainingProgrammes, List<EscalationPath> escalationPaths,
            List<Milestone> milestones, List<Review> reviews, List<Sponsor> sponsors,
            List<ResourceCommitment> resourceCommitments, List<Signatory> signatories,
            List<Amendment> amendments, List<Provision> provisions, List<Approval> approvals, List<Notice> notices,
            List<Certification> certifications, List<AuditRight> auditRights, @Nullable PaymentTerms payment,
            List<String> claims) {
        this(schemaVersion, id, title, kind, status, lineage, null, term, authorities, parties, vision, goals,
                responsibilities, channels, trustMeasures, governanceBodies, dataSharingProtocols, trainingProgrammes,
                escalationPaths, milestones, reviews, sponsors, resourceCommitments, signatories, amendments, provisions,
                approvals, notices, certifications, auditRights, payment, claims, List.of());
    }

    /**
     * An agreement that claims to satisfy no rule pack.
     *
     * @param schemaVersion the version of the document format the agreement is written in, {@code
     *     MAJOR.MINOR}: {@code 1.0}, or {@value #SCHEMA_VERSION}, the newest this library knows, for an
     *     agreement that uses what 1.1 added
     * @param id the stable id of the agreement
     * @param title the agreement's title
     * @param kind the kind of instrument
     * @param status where the agreement stands in its life
     * @param lineage which version of the agreement this is, and which version it supersedes or
     *     renews (schema 1.1); {@code null} if the document does not say
     * @param term when the agreement applies
     * @param authorities the statutes and orders the agreement rests on
     * @param parties the agencies that are party to the agreement
     * @param vision the parties' shared vision in a few sentences; {@code null} if not stated
     * @param goals the common goals
     * @param responsibilities the work the agreement assigns, with each agency's role
     * @param channels how the parties communicate
     * @param trustMeasures how the parties build trust between their staff
     * @param governanceBodies where the parties plan and decide together
     * @param dataSharingProtocols the terms on which the parties share data
     * @param trainingProgrammes the training the parties give one another
     * @param escalationPaths how disagreements are resolved
     * @param amendments changes approved after signature
     * @param approvals the dated approvals the agreement needed, such as a Data Integrity Board's
     *     (schema 1.1)
     * @param auditRights who may audit whom (schema 1.1)
     * @param certifications the dated certifications of the parties, such as of compliance for a
     *     renewal (schema 1.1)
     * @param milestones steps towards the goals
     * @param notices the dated notices given of the agreement, such as its Federal Register notice
     *     (schema 1.1)
     * @param payment how the servicing agency is paid; {@code null} if the agreement moves no money
     *     or does not say (schema 1.1)
     * @param provisions the clauses on topics the law asks the agreement to address (schema 1.1)
     * @param resourceCommitments what each party contributes
     * @param reviews joint reviews, with successes and lessons learned
     * @param signatories who signed for each party
     * @param sponsors the executives who champion the agreement
     */
    public Agreement(String schemaVersion, String id, String title, AgreementKind kind, AgreementStatus status,
            @Nullable Lineage lineage, Term term, List<LegalAuthority> authorities, List<Party> parties,
            @Nullable String vision, List<Goal> goals, List<Responsibility> responsibilities,
            List<CommunicationChannel> channels, List<TrustMeasure> trustMeasures,
            List<GovernanceBody> governanceBodies, List<DataSharingProtocol> dataSharingProtocols,
            List<TrainingProgramme> trainingProgrammes, List<EscalationPath> escalationPaths,
            List<Milestone> milestones, List<Review> reviews, List<Sponsor> sponsors,
            List<ResourceCommitment> resourceCommitments, List<Signatory> signatories,
            List<Amendment> amendments, List<Provision> provisions, List<Approval> approvals, List<Notice> notices,
            List<Certification> certifications, List<AuditRight> auditRights, @Nullable PaymentTerms payment) {
        this(schemaVersion, id, title, kind, status, lineage, null, term, authorities, parties, vision, goals,
                responsibilities, channels, trustMeasures, governanceBodies, dataSharingProtocols, trainingProgrammes,
                escalationPaths, milestones, reviews, sponsors, resourceCommitments, signatories, amendments, provisions,
                approvals, notices, certifications, auditRights, payment, List.of(), List.of());
    }

    /**
     * An agreement with the sections of schema version 1.0 only: no lineage, provisions,
     * approvals, notices, certifications or audit rights, and no payment terms.
     *
     * @param schemaVersion the version of the document format the agreement is written in, {@code
     *     MAJOR.MINOR}: {@code 1.0}, or {@value #SCHEMA_VERSION}, the newest this library knows, for an
     *     agreement that uses what 1.1 added
     * @param id the stable id of the agreement
     * @param title the agreement's title
     * @param kind the kind of instrument
     * @param status where the agreement stands in its life
     * @param term when the agreement applies
     * @param authorities the statutes and orders the agreement rests on
     * @param parties the agencies that are party to the agreement
     * @param vision the parties' shared vision in a few sentences; {@code null} if not stated
     * @param goals the common goals
     * @param responsibilities the work the agreement assigns, with each agency's role
     * @param channels how the parties communicate
     * @param trustMeasures how the parties build trust between their staff
     * @param governanceBodies where the parties plan and decide together
     * @param dataSharingProtocols the terms on which the parties share data
     * @param trainingProgrammes the training the parties give one another
     * @param escalationPaths how disagreements are resolved
     * @param amendments changes approved after signature
     * @param milestones steps towards the goals
     * @param resourceCommitments what each party contributes
     * @param reviews joint reviews, with successes and lessons learned
     * @param signatories who signed for each party
     * @param sponsors the executives who champion the agreement
     */
    public Agreement(String schemaVersion, String id, String title, AgreementKind kind, AgreementStatus status,
            Term term, List<LegalAuthority> authorities, List<Party> parties,
            @Nullable String vision, List<Goal> goals, List<Responsibility> responsibilities,
            List<CommunicationChannel> channels, List<TrustMeasure> trustMeasures,
            List<GovernanceBody> governanceBodies, List<DataSharingProtocol> dataSharingProtocols,
            List<TrainingProgramme> trainingProgrammes, List<EscalationPath> escalationPaths,
            List<Milestone> milestones, List<Review> reviews, List<Sponsor> sponsors,
            List<ResourceCommitment> resourceCommitments, List<Signatory> signatories,
            List<Amendment> amendments) {
        this(schemaVersion, id, title, kind, status, null, null, term, authorities, parties, vision, goals, responsibilities,
                channels, trustMeasures, governanceBodies, dataSharingProtocols, trainingProgrammes, escalationPaths,
                milestones, reviews, sponsors, resourceCommitments, signatories, amendments, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, List.of(), List.of());
    }

    /**
     * {@return the provisions on {@code topic}, in the order they are listed}
     *
     * @param topic the topic to look for
     */
    public List<Provision> provisions(ProvisionTopic topic) {
        List<Provision> found = new ArrayList<>();
        for (Provision provision : provisions) {
            if (provision.topic().equals(topic)) {
                found.add(provision);
            }
        }
        return List.copyOf(found);
    }

    /**
     * {@return this document's version of the agreement, if its {@link #lineage()} says}
     */
    public Optional<AgreementVersion> version() {
        return lineage == null ? Optional.empty() : Optional.of(new AgreementVersion(id, lineage.version()));
    }

    /**
     * {@return the party with {@code agencyId}, if it is a party to this agreement}
     *
     * @param agencyId the id of the agency
     */
    public Optional<Party> party(String agencyId) {
        for (Party party : parties) {
            if (party.agencyId().equals(agencyId)) {
                return Optional.of(party);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return the ids of the parties, in the order they are listed}
     */
    public Set<String> partyIds() {
        Set<String> ids = new LinkedHashSet<>();
        for (Party party : parties) {
            ids.add(party.agencyId());
        }
        return Collections.unmodifiableSet(ids);
    }
}
