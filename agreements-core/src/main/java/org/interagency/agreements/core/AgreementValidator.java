package org.interagency.agreements.core;

import org.interagency.agreements.rules.Messages;
import org.apiguardian.api.API;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.internal.AgreedWaivers;
import org.interagency.agreements.core.internal.BeanValidation;
import org.interagency.agreements.core.internal.FindingCollector;
import org.interagency.agreements.core.internal.ParallelTasks;
import org.interagency.agreements.core.internal.PortfolioCheck;
import org.interagency.agreements.core.internal.PortfolioCollector;
import org.interagency.agreements.core.internal.versions.PortfolioFingerprints;
import org.interagency.agreements.core.internal.SharedFacts;
import org.interagency.agreements.core.internal.WaiverApplication;
import org.interagency.agreements.core.internal.roles.AccountableOverlapRule;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Outcome;
import org.interagency.agreements.rules.PortfolioRule;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.versions.VersionComparison;
import org.interagency.agreements.rules.RulePack;
import org.interagency.agreements.core.internal.PrinciplePack;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.internal.CheckFindings;
import org.interagency.agreements.rules.Rule;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;
import org.interagency.agreements.rules.Waiver;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

/**
 * Checks agreements: runs Bean Validation over the model's constraints and every enabled rule,
 * and returns one {@link Report}.
 *
 * <p>Build a validator once and share it: it is immutable and safe to use from many threads at
 * once. Bean Validation is bootstrapped once per process, not per validator or per check.
 * <pre>{@code
 * AgreementValidator validator = AgreementValidator.builder()
 *         .disable("trust.party-excluded")
 *         .severity("roles.responsible-duplicate", Severity.ERROR)
 *         .build();
 * Report report = validator.validate(agreement);
 * if (report.hasErrors()) {
 *     report.errors().forEach(finding -> log.warn("{}", finding));
 * }
 * }</pre>
 *
 * <h2>What a report holds</h2>
 * <ul>
 *   <li>One finding per Bean Validation violation, with rule id
 *       {@value Finding#BEAN_VALIDATION_RULE_ID}, severity {@link Severity#ERROR} (unless
 *       configured otherwise), located by the JSON Pointer of the violation's property path
 *       ({@code parties[2].agencyId} is {@code /parties/2/agencyId}) and the constraint's
 *       message. Messages are interpolated from message keys and constraint attributes only,
 *       never as Expression Language, and never contain the invalid value.</li>
 *   <li>The findings of each enabled rule, with the rule's configured severity.</li>
 *   <li>Every finding carries a {@linkplain Finding#fingerprint() fingerprint}, its identity
 *       across versions of the agreement (see {@link ElementKeys} and {@code docs/versions.md}).</li>
 *   <li>For each rule that throws an exception instead of returning: one {@link Severity#ERROR}
 *       finding with rule id {@value #RULE_FAILED_ID} at the document root, naming the rule and
 *       the exception. The findings the rule had reported before it failed are left out; the
 *       other rules still run.</li>
 * </ul>
 * Findings are sorted in {@link Finding#ORDER} (location, then rule id, then message), so the
 * same agreement always gives the same report.
 *
 * <h2>Rules and packs</h2>
 * Rules are found with {@link ServiceLoader} (the built-in catalogue and a user's own rules
 * alike, from {@code META-INF/services/org.interagency.agreements.rules.Rule} or
 * {@code provides} clauses) and can be added in code with {@link Builder#addRule(Rule)}; each
 * belongs to the pack of the {@link Principle} it serves. Packs of other rules, such as the law
 * of one kind of agreement, are found as {@link RulePack} services or added with
 * {@link Builder#addPack(RulePack)}. {@link Builder#packs(String...)} selects the packs that run:
 * by default the principle packs. A pack that does not govern an agreement
 * ({@link RulePack#applicability(Agreement)}) runs none of its rules on it, and the report says
 * so. An agreement that {@linkplain Agreement#claims() claims} a pack has it run even when it is
 * not selected; a claim of a pack the validator does not know is an {@value #UNKNOWN_PACK_ID}
 * finding at the claim, not an exception. Every rule id names one rule and every pack id one
 * pack: two with the same id, or a
 * configuration that names an id nothing has, fail {@link Builder#build()} with a
 * {@link RuleConfigurationException}.
 *
 * <h2>Waivers</h2>
 * A waiver ({@link Builder#waivers(Collection)}) accepts one finding of one rule in one agreement,
 * for a reason, by someone, until a day. Waivers are applied after the rules have run, on the day
 * the validator's clock gives (so an {@code --as-of} date applies to expiry too):
 * <ul>
 *   <li>a finding a waiver accepts stays in the report, marked with its
 *       {@linkplain Finding#waiver() waiver}; {@link Report#hasErrors()} and
 *       {@link Report#hasFindingsAtLeast(Severity)} leave it out;</li>
 *   <li>an expired waiver accepts nothing: its findings stay active, and one
 *       {@value #WAIVER_EXPIRED_ID} finding ({@link Severity#WARNING}) says so;</li>
 *   <li>a waiver that holds but matches no finding is reported by one {@value #WAIVER_UNUSED_ID}
 *       finding ({@link Severity#INFO}), so that stale waivers are cleaned up;</li>
 *   <li>a waiver for a rule that does not exist, one that runs longer than
 *       {@link Builder#maxWaiverLength(Period)} after its approval, and two waivers of the same
 *       finding fail {@link Builder#build()}.</li>
 * </ul>
 * A waiver targets a finding by its location or its fingerprint (see {@link Waiver}); waivers of
 * other agreements are ignored by {@link #validate(Agreement)}.
 *
 * <p>An agreement may record waivers its parties agreed ({@link Agreement#waivers()}, schema
 * 1.1). They are applied with the validator's, first (where two waivers accept one finding, the
 * first wins), and match, expire and are reported alike; each finding's waiver says where it was
 * recorded ({@link Waiver#origin()}). As the agreement is checked, not configured, what would fail
 * {@link Builder#build()} for a waiver given to the validator is a {@value #WAIVER_INVALID_ID}
 * finding at the agreement's waiver, which then waives nothing; a waiver given to the validator
 * for a finding the agreement already waives (the same rule and target) is ignored and reported
 * by a {@value #WAIVER_DUPLICATE_ID} finding. A waiver of the agreement that matches no finding
 * is reported at the waiver itself ({@code /waivers/0}).
 *
 * <p>The time a rule takes is logged through SLF4J at debug level; nothing is printed.
 */
@API(status = STABLE, since = "0.1")
public final class AgreementValidator {

    /**
     * The rule id of the finding that reports a rule that failed with an exception. Its
     * severity is always {@link Severity#ERROR}, and it cannot be disabled: a report that lacks
     * a rule's findings says so.
     */
    public static final String RULE_FAILED_ID = "engine.rule-failed";

    /**
     * The rule id of the finding that reports an agreement's claim of a pack the validator does
     * not know ({@code claims: [us-cmaa]}), at the claim, naming the nearest known pack. Its
     * severity is always {@link Severity#ERROR}: the agreement asks for a check that cannot run.
     */
    public static final String UNKNOWN_PACK_ID = "engine.unknown-pack";

    /**
     * The rule id of the findings that report accountable overlaps, in one agreement and
     * between the agreements of a portfolio.
     */
    public static final String ACCOUNTABLE_OVERLAP_ID = AccountableOverlapRule.ID;

    /** The rule id of the finding that reports an expired waiver ({@link Severity#WARNING}). */
    public static final String WAIVER_EXPIRED_ID = WaiverApplication.EXPIRED_ID;

    /** The rule id of the finding that reports a waiver that matches no finding ({@link Severity#INFO}). */
    public static final String WAIVER_UNUSED_ID = WaiverApplication.UNUSED_ID;

    /**
     * The rule id of the finding that reports a waiver recorded in the agreement that cannot apply
     * ({@link Severity#ERROR}): it names a rule that does not exist (the hint names the nearest
     * known id), runs longer than {@link Builder#maxWaiverLength(Period)}, or repeats another
     * waiver of the agreement. It is at the waiver, which waives nothing.
     */
    public static final String WAIVER_INVALID_ID = AgreedWaivers.INVALID_ID;

    /**
     * The rule id of the finding that reports a waiver given to the validator (a waiver file) for
     * the finding a waiver of the agreement already accepts: the same rule and target
     * ({@link Severity#WARNING}). The agreement's waiver applies and the other is ignored; the
     * finding is at the agreement's waiver.
     */
    public static final String WAIVER_DUPLICATE_ID = AgreedWaivers.DUPLICATE_ID;

    /**
     * The longest a waiver may run unless configured otherwise: one year from the day it was
     * approved, so that every accepted finding is looked at again at least once a year.
     */
    public static final Period DEFAULT_MAX_WAIVER_LENGTH = Period.ofYears(1);

    /** The agreements of a portfolio one thread checks at a time; see {@link #validatePortfolio}. */
    private static final int AGREEMENTS_PER_TASK = 16;

    /** The findings between agreements one thread fingerprints at a time; see {@link #stamped}. */
    private static final int FINDINGS_PER_TASK = 4096;

    private static final Logger LOG = LoggerFactory.getLogger(AgreementValidator.class);

    /** The ids of the principles' packs, which a claim of {@value RulePack#PRINCIPLES} stands for. */
    private static final Set<String> PRINCIPLE_IDS = Arrays.stream(Principle.values()).map(Principle::id)
            .collect(Collectors.toUnmodifiableSet());

    /** The outcome of Bean Validation when disabled, the same in every report. */
    private static final RuleOutcome BEANS_DISABLED =
            new RuleOutcome(Finding.BEAN_VALIDATION_RULE_ID, Outcome.DISABLED, 0, "disabled by the configuration");

    private static final Object DEFAULTS_LOCK = new Object();
    private static volatile @Nullable AgreementValidator defaults;

    private static final Pattern PACK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final Pattern RULE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

    private final List<ConfiguredPack> packs;
    /** The packs not selected, with their enabled rules: they run on an agreement that claims them. */
    private final List<ConfiguredPack> claimable;
    /**
     * The outcomes of each claimable pack's rules when an agreement does not claim it, in the order
     * of {@link #claimable}: made once and shared by every report, rather than made per agreement
     * (with the overlap rule alone, a report of a portfolio held 77 of them per agreement,
     * each with its reason's own copy, 112 bytes per assignment of 184).
     */
    private final List<List<RuleOutcome>> notSelected;
    /** The ids an agreement may claim: every pack's, and {@value RulePack#PRINCIPLES}. */
    private final Set<String> packIds;
    private final List<ConfiguredRule> rules;
    private final Map<String, Severity> severities;
    private final @Nullable Severity beanValidationSeverity;
    private final Clock clock;
    /** The outcomes of the rules that never run: disabled, or of a pack not selected. */
    private final List<RuleOutcome> skipped;
    private final List<Waiver> waivers;
    private final Map<String, List<Waiver>> waiversByAgreement;
    private final Period maxWaiverLength;
    private final int portfolioThreads;
    /** Every rule id the validator knows, enabled or not: a waiver of the agreement must name one. */
    private final Set<String> knownRules;

    private AgreementValidator(List<ConfiguredPack> packs, List<ConfiguredPack> claimable, Set<String> packIds,
            List<RuleOutcome> skipped, Map<String, Severity> severities, @Nullable Severity beanValidationSeverity,
            Clock clock, List<Waiver> waivers, Period maxWaiverLength, Set<String> knownRules, int portfolioThreads) {
        this.portfolioThreads = portfolioThreads;
        this.packs = List.copyOf(packs);
        this.claimable = List.copyOf(claimable);
        this.notSelected = this.claimable.stream().map(AgreementValidator::notSelected).toList();
        this.packIds = Set.copyOf(packIds);
        List<ConfiguredRule> running = new ArrayList<>();
        packs.forEach(pack -> running.addAll(pack.rules()));
        running.sort(Comparator.comparing(ConfiguredRule::id));
        this.rules = List.copyOf(running);
        this.waivers = List.copyOf(waivers);
        Map<String, List<Waiver>> byAgreement = new HashMap<>();
        for (Waiver waiver : this.waivers) {
            byAgreement.computeIfAbsent(waiver.agreementId(), id -> new ArrayList<>()).add(waiver);
        }
        byAgreement.replaceAll((id, list) -> List.copyOf(list));
        this.waiversByAgreement = Map.copyOf(byAgreement);
        this.maxWaiverLength = maxWaiverLength;
        this.knownRules = Set.copyOf(knownRules);
        this.severities = Map.copyOf(severities);
        this.beanValidationSeverity = beanValidationSeverity;
        this.clock = clock;
        this.skipped = List.copyOf(skipped);
    }

    /**
     * {@return a builder with every discovered rule, default severities and the system UTC clock}
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the validator with every discovered rule at its default severity, Bean Validation,
     * and the system clock in UTC; built on first use and shared}
     */
    public static AgreementValidator defaults() {
        AgreementValidator instance = defaults;
        if (instance == null) {
            // Not a holder class: if the rules on the class path cannot be built (two with one
            // id, say), every call reports the RuleConfigurationException, not a NoClassDefFoundError.
            synchronized (DEFAULTS_LOCK) {
                instance = defaults;
                if (instance == null) {
                    instance = builder().build();
                    defaults = instance;
                }
            }
        }
        return instance;
    }

    /**
     * Checks {@code agreement} with Bean Validation and every enabled rule.
     *
     * <p>The report explains itself rule by rule: one {@link RuleOutcome} for Bean Validation
     * and each rule the validator knows, enabled or not. Each finding carries its rule's
     * {@linkplain Rule#citations() citations}. The waivers of this agreement are applied last (see
     * the class description).
     *
     * @param agreement the agreement to check
     * @return every finding, sorted, and every rule's outcome; never {@code null}
     */
    public Report validate(Agreement agreement) {
        Objects.requireNonNull(agreement, "agreement");
        return check(agreement, null);
    }

    /**
     * Checks {@code current}, a version that renews or supersedes {@code previous}, as
     * {@link #validate(Agreement)} does, and gives every rule the comparison of the two
     * versions through {@link RuleContext#previousVersion()} (a rule about renewals "without any
     * change" reads its material changes). {@code previous} itself is not checked.
     *
     * @param current the version to check
     * @param previous the version it renews or supersedes
     * @return the report on {@code current}
     * @throws IllegalArgumentException if the two are not versions of one agreement (see
     *     {@link AgreementDiff#between(Agreement, Agreement)})
     */
    public Report validate(Agreement current, Agreement previous) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
        return check(current, AgreementDiff.between(previous, current));
    }

    private Report check(Agreement agreement, @Nullable VersionComparison comparison) {
        LocalDate today = today(clock);
        // Every finding is stamped with its fingerprint as it joins the list (the rules' through
        // their collectors, as they are made): a waiver that targets a fingerprint matches only a
        // finding that carries one. Stamped, not computed: each is computed when first read (by an
        // output that prints it, a waiver that targets one, a comparison of versions), as most
        // checks read none.
        Function<Finding, String> fingerprints = new LazyFingerprints(agreement);
        // Kept as the rules report them (some in runs made when read) until the report orders them.
        CheckFindings findings = new CheckFindings();
        List<RuleOutcome> outcomes = new ArrayList<>(rules.size() + skipped.size() + 1);
        outcomes.add(validateBeans(agreement, findings, fingerprints));
        // Rules that derive the same facts from the agreement (the roles rules' index of its
        // assignments) derive them once per validation.
        SharedFacts facts = SharedFacts.of(agreement);
        for (ConfiguredPack pack : packs) {
            runPack(pack, agreement, today, facts, comparison, findings, outcomes, fingerprints);
        }
        Set<String> claimed = claimedPacks(agreement, findings, fingerprints);
        for (int p = 0; p < claimable.size(); p++) {
            ConfiguredPack pack = claimable.get(p);
            if (claimed.contains(pack.pack().id())) {
                runPack(pack, agreement, today, facts, comparison, findings, outcomes, fingerprints);
            } else {
                outcomes.addAll(notSelected.get(p));
            }
        }
        outcomes.addAll(skipped);
        // Waivers come last, after anything that completes the findings.
        List<Waiver> ofAgreement = waiversByAgreement.getOrDefault(agreement.id(), List.of());
        AgreedWaivers.Combined combined = AgreedWaivers.combine(agreement, ofAgreement, knownRules, maxWaiverLength);
        int found = findings.size();
        // The findings themselves when no waiver applies (the runs among them still unread), not
        // a copy of each reference.
        List<Finding> all = WaiverApplication.apply(findings, combined.waivers(), today, combined.recordedAt());
        // The waivers' own findings (expired, unused, invalid, duplicate), which come after the
        // rules', are fingerprinted like the others.
        for (int i = found; i < all.size(); i++) {
            all.set(i, all.get(i).withFingerprintFrom(fingerprints));
        }
        for (Finding problem : combined.problems()) {
            all.add(problem.withFingerprintFrom(fingerprints));
        }
        return new Report(all, outcomes);
    }

    /** The outcomes of {@code pack}'s rules on an agreement that does not claim it. */
    private static List<RuleOutcome> notSelected(ConfiguredPack pack) {
        String reason = "its pack " + pack.pack().id() + " was not selected, nor claimed by the agreement";
        return pack.rules().stream().map(configured -> new RuleOutcome(configured.id(), Outcome.NOT_SELECTED, 0, reason))
                .toList();
    }

    private static void runPack(ConfiguredPack pack, Agreement agreement, LocalDate today, SharedFacts facts,
            @Nullable VersionComparison comparison, List<Finding> findings, List<RuleOutcome> outcomes,
            Function<Finding, String> fingerprints) {
        RulePack.Applicability applicability = pack.pack().applicability(agreement);
        for (ConfiguredRule configured : pack.rules()) {
            outcomes.add(applicability.applies()
                    ? run(configured, agreement, today, facts, comparison, findings, fingerprints)
                    : new RuleOutcome(configured.id(), Outcome.NOT_APPLICABLE, 0, applicability.reason()));
        }
    }

    /**
     * The ids of the packs {@code agreement} claims ({@value RulePack#PRINCIPLES} standing for
     * every principle); a claim of a pack this validator does not know is a finding, at the claim.
     */
    private Set<String> claimedPacks(Agreement agreement, List<Finding> findings, Function<Finding, String> fingerprints) {
        if (agreement.claims().isEmpty()) {
            return Set.of();
        }
        Set<String> claimed = new HashSet<>();
        List<String> claims = agreement.claims();
        for (int i = 0; i < claims.size(); i++) {
            String id = claims.get(i);
            if (id.equals(RulePack.PRINCIPLES)) {
                claimed.addAll(PRINCIPLE_IDS);
            } else if (packIds.contains(id)) {
                claimed.add(id);
            } else {
                String suggestion = Messages.didYouMean(id, new TreeSet<>(packIds)).orElse(null);
                findings.add(new Finding(UNKNOWN_PACK_ID, Severity.ERROR, "the agreement claims to satisfy the pack "
                        + Messages.quote(id) + ", which this validator does not know, so that claim is not checked",
                        JsonPointer.of("claims", i), List.of(), suggestion != null
                                ? "did you mean " + Messages.quote(suggestion) + "?"
                                : "claim one of the packs " + String.join(", ", new TreeSet<>(packIds))
                                        + ", or add the module that provides the pack").withFingerprintFrom(fingerprints));
            }
        }
        return claimed;
    }

    private RuleOutcome validateBeans(Agreement agreement, List<Finding> findings, Function<Finding, String> fingerprints) {
        if (beanValidationSeverity == null) {
            return BEANS_DISABLED;
        }
        long started = System.nanoTime();
        try {
            List<Finding> violations = BeanValidation.shared().validate(agreement, beanValidationSeverity);
            for (Finding violation : violations) {
                findings.add(violation.withFingerprintFrom(fingerprints));
            }
            return violations.isEmpty()
                    ? new RuleOutcome(Finding.BEAN_VALIDATION_RULE_ID, Outcome.PASSED, 0, "every constraint holds")
                    : new RuleOutcome(Finding.BEAN_VALIDATION_RULE_ID, Outcome.FOUND, violations.size(), null);
        } catch (RuntimeException e) {
            // A constraint validator that throws makes Hibernate Validator throw a ValidationException.
            findings.add(failure(Finding.BEAN_VALIDATION_RULE_ID, e).withFingerprintFrom(fingerprints));
            return new RuleOutcome(Finding.BEAN_VALIDATION_RULE_ID, Outcome.FAILED, 0, e.getClass().getName());
        } finally {
            logTime(Finding.BEAN_VALIDATION_RULE_ID, started);
        }
    }

    /**
     * Checks each agreement of a portfolio, and the portfolio as a whole: two agencies
     * accountable for overlapping scope, jurisdiction and time under two different agreements
     * are reported as {@value #ACCOUNTABLE_OVERLAP_ID} findings between the agreements (the
     * conflicts within one agreement are in that agreement's own report). The check between
     * agreements runs when that rule is enabled, with its configured severity; it costs
     * O((n + k) log n) for n assignments in all and k conflicts. It runs on up to {@link
     * Builder#portfolioThreads(int)} threads; the report does not depend on how many. Each enabled
     * {@link PortfolioRule} (a pack's rule between two documents, such as an order and the general
     * terms and conditions it names) then checks the portfolio, on the calling thread, when its pack
     * runs on at least one agreement of it (selected or claimed, and governing the agreement); its
     * findings at the agreements its pack does not run on are dropped, and a rule that throws is one
     * {@value #RULE_FAILED_ID} finding instead of its findings. Each finding
     * between agreements carries a {@linkplain PortfolioFinding#fingerprint() fingerprint} made from
     * the rule id and the agreement ids and key paths of its locations ({@code docs/versions.md}).
     *
     * @param agreements the agreements of the portfolio
     * @return the report of each agreement and the findings between them
     * @throws IllegalArgumentException if two agreements have the same id
     */
    public PortfolioReport validatePortfolio(Collection<Agreement> agreements) {
        List<Agreement> list = List.copyOf(agreements);
        Set<String> ids = new HashSet<>();
        for (Agreement agreement : list) {
            if (!ids.add(agreement.id())) {
                throw new IllegalArgumentException("two agreements of the portfolio have the id " + Messages.quote(agreement.id())
                        + ": a portfolio holds each agreement once, under its own id");
            }
        }
        Report[] checked = new Report[list.size()];
        // Each agreement's report is its own: they split cleanly, in runs of agreements so that
        // taking the next run costs nothing beside checking it.
        int runs = (list.size() + AGREEMENTS_PER_TASK - 1) / AGREEMENTS_PER_TASK;
        ParallelTasks.run(runs, portfolioThreads, run -> {
            for (int i = run * AGREEMENTS_PER_TASK; i < Math.min(list.size(), (run + 1) * AGREEMENTS_PER_TASK); i++) {
                checked[i] = validate(list.get(i));
            }
        });
        Map<String, Report> reports = new LinkedHashMap<>();
        for (int i = 0; i < checked.length; i++) {
            reports.put(list.get(i).id(), checked[i]);
        }
        List<PortfolioFinding> between = new ArrayList<>();
        for (ConfiguredRule configured : rules) {
            if (configured.rule() instanceof PortfolioCheck check) {
                long started = System.nanoTime();
                between.addAll(check.checkPortfolio(list, configured.severity(), portfolioThreads));
                logTime("portfolio " + configured.id(), started);
            }
        }
        LocalDate today = today(clock);
        for (ConfiguredPack pack : packs) {
            runPortfolioRules(pack, true, list, today, between);
        }
        for (ConfiguredPack pack : claimable) {
            runPortfolioRules(pack, false, list, today, between);
        }
        // Fingerprinted here, from the findings' agreement ids and key paths, so no check needs to.
        return new PortfolioReport(reports, Arrays.asList(stamped(list, between)));
    }

    /**
     * The findings between agreements, each with its fingerprint, in the same order: in runs, on
     * up to {@link #portfolioThreads} threads. On one thread, at 10⁷ assignments, stamping them
     * was a twentieth of the check, and all of it on one core.
     */
    private PortfolioFinding[] stamped(List<Agreement> list, List<PortfolioFinding> between) {
        PortfolioFinding[] stamped = between.toArray(new PortfolioFinding[0]);
        PortfolioFingerprints shared = new PortfolioFingerprints(list);
        int runs = (stamped.length + FINDINGS_PER_TASK - 1) / FINDINGS_PER_TASK;
        ParallelTasks.run(runs, portfolioThreads, run -> {
            // Each run its own: the key tables an instance remembers are of the agreements its
            // findings name, which few findings share.
            PortfolioFingerprints fingerprints = shared.forAnotherThread();
            for (int i = run * FINDINGS_PER_TASK; i < Math.min(stamped.length, (run + 1) * FINDINGS_PER_TASK); i++) {
                stamped[i] = fingerprints.stamp(stamped[i]);
            }
        });
        return stamped;
    }

    /**
     * Runs the {@link PortfolioRule}s of {@code pack} over the portfolio, when the pack runs on at
     * least one of its agreements: it is {@code selected}, or the agreement claims it, and it
     * governs the agreement. Findings at the other agreements are dropped.
     */
    private static void runPortfolioRules(ConfiguredPack pack, boolean selected, List<Agreement> portfolio,
            LocalDate today, List<PortfolioFinding> between) {
        List<ConfiguredRule> portfolioRules = pack.rules().stream()
                .filter(configured -> configured.rule() instanceof PortfolioRule).toList();
        if (portfolioRules.isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        Set<String> governed = new TreeSet<>();
        for (Agreement agreement : portfolio) {
            ids.add(agreement.id());
            if ((selected || claims(agreement, pack.pack().id())) && pack.pack().applicability(agreement).applies()) {
                governed.add(agreement.id());
            }
        }
        if (governed.isEmpty()) {
            return;
        }
        for (ConfiguredRule configured : portfolioRules) {
            PortfolioCollector collector = new PortfolioCollector(configured.id(), configured.severity(), today, ids,
                    governed);
            long started = System.nanoTime();
            try {
                ((PortfolioRule) configured.rule()).checkPortfolio(portfolio, collector);
                between.addAll(collector.findings());
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                LOG.debug("rule {} failed on the portfolio", configured.id(), e);
                Finding failed = failure(configured.id(), e);
                // A portfolio finding is in an agreement: the first the rule's pack runs on.
                between.add(new PortfolioFinding(failed.ruleId(), failed.severity(), failed.message(),
                        new AgreementLocation(governed.iterator().next(), JsonPointer.root()), List.of(), failed.hint()));
            } finally {
                logTime("portfolio " + configured.id(), started);
            }
        }
    }

    /** Whether {@code agreement} claims the pack {@code packId} ({@value RulePack#PRINCIPLES} claims every principle). */
    private static boolean claims(Agreement agreement, String packId) {
        return agreement.claims().contains(packId)
                || PRINCIPLE_IDS.contains(packId) && agreement.claims().contains(RulePack.PRINCIPLES);
    }

    /**
     * {@return the day this validator's rules take as today ({@code RuleContext.today()}): the date
     * of its clock now}
     */
    public LocalDate today() {
        return today(clock);
    }

    /**
     * {@return the waivers this validator applies, in the order given to the builder}
     */
    public List<Waiver> waivers() {
        return waivers;
    }

    /**
     * {@return the longest a waiver may run after the day it was approved}
     */
    public Period maxWaiverLength() {
        return maxWaiverLength;
    }

    /**
     * {@return the rules that run: enabled, of a selected pack; sorted by id (Bean Validation is
     * not among them)}
     */
    public List<Rule> rules() {
        return rules.stream().map(ConfiguredRule::rule).toList();
    }

    /**
     * {@return the ids of the packs that run, in the order they run (the principles' first)}
     */
    public List<String> packs() {
        return packs.stream().map(pack -> pack.pack().id()).toList();
    }

    /**
     * {@return the severity findings of {@code ruleId} are given, for an enabled rule or
     * {@value Finding#BEAN_VALIDATION_RULE_ID}}
     *
     * @param ruleId the id of the rule
     * @throws RuleConfigurationException if no enabled rule has that id
     */
    public Severity severity(String ruleId) {
        Severity severity = severities.get(ruleId);
        if (severity == null) {
            String suggestion = Messages.didYouMean(ruleId, severities.keySet()).orElse(null);
            throw new RuleConfigurationException("no enabled rule has the id " + Messages.quote(ruleId)
                    + (suggestion == null ? "" : "; did you mean " + Messages.quote(suggestion) + "?"), ruleId, suggestion);
        }
        return severity;
    }

    /**
     * {@code LocalDate.now(clock)}, without its cost for a fixed offset such as UTC: there
     * {@link ZoneOffset#getRules()} builds new rules on every call, about a microsecond per
     * validation.
     */
    static LocalDate today(Clock clock) {
        Instant now = clock.instant();
        if (clock.getZone() instanceof ZoneOffset offset) {
            return LocalDate.ofEpochDay(Math.floorDiv(now.getEpochSecond() + offset.getTotalSeconds(), 86_400L));
        }
        return LocalDate.ofInstant(now, clock.getZone());
    }

    private static RuleOutcome run(ConfiguredRule configured, Agreement agreement, LocalDate today, SharedFacts facts,
            @Nullable VersionComparison comparison, List<Finding> findings, Function<Finding, String> fingerprints) {
        FindingCollector collector = new FindingCollector(configured.id(), configured.severity(), today, facts,
                configured.rule().citations(), comparison, fingerprints, findings);
        long started = System.nanoTime();
        try {
            configured.rule().check(agreement, collector);
            return collector.outcome();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            LOG.debug("rule {} failed", configured.id(), e);
            // Its findings are missing from the report, as the failure's finding says.
            collector.discard();
            findings.add(failure(configured.id(), e).withFingerprintFrom(fingerprints));
            return new RuleOutcome(configured.id(), Outcome.FAILED, 0, e.getClass().getName());
        } finally {
            logTime(configured.id(), started);
        }
    }

    private static Finding failure(String ruleId, Throwable e) {
        String detail = e.getMessage() == null ? "" : ": " + Messages.quote(e.getMessage());
        return new Finding(RULE_FAILED_ID, Severity.ERROR,
                "rule " + Messages.quote(ruleId) + " failed with " + e.getClass().getName() + detail
                        + "; its findings are missing from this report",
                JsonPointer.root(), List.of(),
                "this is a defect in the rule, not necessarily in the agreement: report it to the rule's author,"
                        + " or disable the rule " + Messages.quote(ruleId) + " to check without it");
    }

    private static void logTime(String ruleId, long startedNanos) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("rule {} took {} µs", ruleId, (System.nanoTime() - startedNanos) / 1_000);
        }
    }

    /** A rule with its configured severity. */
    private record ConfiguredRule(Rule rule, String id, Severity severity) {
    }

    /** A selected pack with its enabled rules, sorted by id. */
    private record ConfiguredPack(RulePack pack, List<ConfiguredRule> rules) {
    }

    /**
     * Configures an {@link AgreementValidator}. A builder is not thread-safe; the validator it
     * builds is. Settings accumulate: {@link #configuration(RuleConfiguration)} adds to what
     * {@link #disable(String)}, {@link #severity(String, Severity)} and
     * {@link #packs(String...)} set, and a later severity for the same rule wins.
     */
    @API(status = STABLE, since = "0.1")
    public static final class Builder {

        private Clock clock = Clock.systemUTC();
        private final List<Rule> added = new ArrayList<>();
        private boolean discover = true;
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private final List<RulePack> addedPacks = new ArrayList<>();
        private final Set<String> selected = new LinkedHashSet<>();
        private final List<Waiver> waivers = new ArrayList<>();
        private Period maxWaiverLength = DEFAULT_MAX_WAIVER_LENGTH;
        private int portfolioThreads = Runtime.getRuntime().availableProcessors();

        private Builder() {
        }

        /**
         * The clock that gives rules today's date ({@code RuleContext.today()}); the system UTC clock by default.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Adds a rule in code, besides the discovered ones. Its id must not be taken by another rule.
         *
         * @param rule the rule to add
         * @return this builder
         */
        public Builder addRule(Rule rule) {
            added.add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Whether to find rules with {@link ServiceLoader}, which includes the built-in catalogue; {@code true} by default.
         *
         * @param discover whether to discover rules
         * @return this builder
         */
        public Builder discoverRules(boolean discover) {
            this.discover = discover;
            return this;
        }

        /**
         * Does not run the rule {@code ruleId} ({@value Finding#BEAN_VALIDATION_RULE_ID} turns Bean Validation off).
         *
         * @param ruleId the id of the rule to turn off
         * @return this builder
         */
        public Builder disable(String ruleId) {
            disabled.add(Objects.requireNonNull(ruleId, "ruleId"));
            return this;
        }

        /**
         * Gives the findings of {@code ruleId} this severity in place of the rule's default.
         *
         * @param ruleId the id of the rule
         * @param severity the severity its findings get
         * @return this builder
         */
        public Builder severity(String ruleId, Severity severity) {
            severities.put(Objects.requireNonNull(ruleId, "ruleId"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Adds a pack in code, besides the discovered ones. Its id and its rules' ids must not be taken.
         *
         * @param pack the pack to add
         * @return this builder
         */
        public Builder addPack(RulePack pack) {
            addedPacks.add(Objects.requireNonNull(pack, "pack"));
            return this;
        }

        /**
         * Runs only the rules of these packs (and Bean Validation): principle ids such as
         * {@code roles}, {@value RulePack#PRINCIPLES} for every principle, and the ids of legal
         * packs such as {@code us-cma}. Calls add to the selection. With none selected, the
         * principle packs run and no legal pack does.
         *
         * @param ids the ids of the packs to run
         * @return this builder
         */
        public Builder packs(String... ids) {
            for (String id : ids) {
                selected.add(Objects.requireNonNull(id, "pack id"));
            }
            return this;
        }

        /**
         * Adds waivers, applied to the findings of the agreements they name (see the class
         * description). Calls add to the waivers.
         *
         * @param accepted the waivers accepted
         * @return this builder
         */
        public Builder waivers(Collection<Waiver> accepted) {
            for (Waiver waiver : accepted) {
                waivers.add(Objects.requireNonNull(waiver, "waiver"));
            }
            return this;
        }

        /**
         * The longest a waiver may run, from the day it was approved to the day it expires
         * ({@link AgreementValidator#DEFAULT_MAX_WAIVER_LENGTH} by default).
         *
         * @param length the longest waiver
         * @return this builder
         * @throws IllegalArgumentException if the period is zero or negative
         */
        public Builder maxWaiverLength(Period length) {
            Objects.requireNonNull(length, "length");
            if (length.isZero() || length.isNegative()) {
                throw new IllegalArgumentException("the longest a waiver may run must be positive, not " + length);
            }
            this.maxWaiverLength = length;
            return this;
        }

        /**
         * The most threads {@link AgreementValidator#validatePortfolio(Collection)} uses, the
         * calling thread included: by default the number of processors the JVM has. A portfolio
         * splits cleanly into its agreements, each checked on its own, and its check between
         * agreements into the top-level scope segments (no two assignments under different
         * ones overlap); with 1 it is checked on the calling thread alone. The report is the
         * same whatever the number. {@link AgreementValidator#validate(Agreement)} always runs
         * on the calling thread.
         *
         * @param threads the most threads, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code threads} is less than 1
         */
        @API(status = EXPERIMENTAL, since = "0.1")
        public Builder portfolioThreads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("a portfolio is checked on at least 1 thread, not " + threads);
            }
            this.portfolioThreads = threads;
            return this;
        }

        /**
         * Applies a configuration read from a file: its disabled rules, severities, packs and
         * longest waiver.
         *
         * @param configuration the configuration read
         * @return this builder
         */
        public Builder configuration(RuleConfiguration configuration) {
            Objects.requireNonNull(configuration, "configuration");
            new TreeSet<>(configuration.disabled()).forEach(this::disable);
            new TreeMap<>(configuration.severities()).forEach(this::severity);
            selected.addAll(new TreeSet<>(configuration.packs()));
            Period length = configuration.maxWaiverLength();
            if (length != null) {
                maxWaiverLength(length);
            }
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return a validator with this builder's settings
         * @throws RuleConfigurationException if two rules or two packs have the same id, a rule's
         *     id, severity, principle, description or citations are missing or its id is
         *     malformed, a pack's id is malformed or taken by a principle, or a disabled rule, a
         *     severity or a selected pack names an id that nothing has (the message names the
         *     nearest known id), or a waiver names a rule that does not exist, runs longer than
         *     {@link #maxWaiverLength(Period)}, or accepts the same finding as another
         */
        public AgreementValidator build() {
            List<RulePack> all = allPacks();
            Map<String, Rule> byId = new HashMap<>();
            for (RulePack pack : all) {
                for (Rule rule : pack.rules()) {
                    String id = checkDescription(rule);
                    Rule previous = byId.putIfAbsent(id, rule);
                    if (previous != null) {
                        throw new RuleConfigurationException("two rules have the id " + Messages.quote(id) + ": "
                                + previous.getClass().getName() + " and " + rule.getClass().getName()
                                + "; rule ids are unique (remove one, or give a rule of your own an id in your own area)",
                                id, null);
                    }
                }
            }
            Set<String> known = new HashSet<>(byId.keySet());
            known.add(Finding.BEAN_VALIDATION_RULE_ID);
            for (String id : disabled) {
                checkKnown(id, known, "disabled", "rule");
            }
            for (String id : severities.keySet()) {
                checkKnown(id, known, "given a severity", "rule");
            }
            checkWaivers(known);
            Set<String> runs = selectedPacks(all);
            List<ConfiguredPack> configured = new ArrayList<>();
            List<ConfiguredPack> claimable = new ArrayList<>();
            Set<String> packIds = new HashSet<>();
            packIds.add(RulePack.PRINCIPLES);
            List<RuleOutcome> skipped = new ArrayList<>();
            Map<String, Severity> effective = new HashMap<>();
            for (RulePack pack : all) {
                List<ConfiguredRule> enabled = new ArrayList<>();
                for (Rule rule : pack.rules()) {
                    if (disabled.contains(rule.id())) {
                        skipped.add(new RuleOutcome(rule.id(), Outcome.DISABLED, 0, "disabled by the configuration"));
                    } else {
                        Severity severity = severities.getOrDefault(rule.id(), rule.defaultSeverity());
                        enabled.add(new ConfiguredRule(rule, rule.id(), severity));
                        if (runs.contains(pack.id())) {
                            effective.put(rule.id(), severity);
                        }
                    }
                }
                enabled.sort(Comparator.comparing(ConfiguredRule::id));
                // A pack not selected still runs on an agreement that claims it (see claimedPacks).
                (runs.contains(pack.id()) ? configured : claimable).add(new ConfiguredPack(pack, enabled));
                packIds.add(pack.id());
            }
            Severity beanValidation = null;
            if (!disabled.contains(Finding.BEAN_VALIDATION_RULE_ID)) {
                beanValidation = severities.getOrDefault(Finding.BEAN_VALIDATION_RULE_ID, Severity.ERROR);
                effective.put(Finding.BEAN_VALIDATION_RULE_ID, beanValidation);
            }
            return new AgreementValidator(configured, claimable, packIds, skipped, effective, beanValidation, clock,
                    waivers, maxWaiverLength, known, portfolioThreads);
        }

        /**
         * The principle packs (of the rules found as services and added in code), then the other
         * packs, found and added, sorted by id within each kind.
         */
        private List<RulePack> allPacks() {
            List<Rule> rules = new ArrayList<>();
            List<RulePack> others = new ArrayList<>();
            if (discover) {
                ServiceLoader.load(Rule.class).forEach(rules::add);
                ServiceLoader.load(RulePack.class).forEach(others::add);
            }
            rules.addAll(added);
            others.addAll(addedPacks);
            Map<Principle, List<Rule>> byPrinciple = new EnumMap<>(Principle.class);
            for (Rule rule : rules) {
                checkDescription(rule);
                byPrinciple.computeIfAbsent(rule.principle(), p -> new ArrayList<>()).add(rule);
            }
            List<RulePack> packs = new ArrayList<>();
            byPrinciple.forEach((principle, served) -> packs.add(new PrinciplePack(principle, served)));
            others.sort(Comparator.comparing(RulePack::id, Comparator.nullsFirst(Comparator.naturalOrder())));
            Set<String> ids = new HashSet<>();
            for (Principle principle : Principle.values()) {
                ids.add(principle.id());
            }
            ids.add(RulePack.PRINCIPLES);
            for (RulePack pack : others) {
                String id = pack.id();
                if (id == null || !PACK_ID.matcher(id).matches()) {
                    throw new RuleConfigurationException("pack " + pack.getClass().getName() + " has "
                            + (id == null ? "no id" : "the id " + Messages.quote(id))
                            + ": pack ids are lower-case kebab-case words, for example \"us-cma\"", String.valueOf(id), null);
                }
                if (!ids.add(id)) {
                    throw new RuleConfigurationException("the pack id " + Messages.quote(id) + " of "
                            + pack.getClass().getName() + " is taken (by a principle, " + RulePack.PRINCIPLES
                            + " or another pack); give the pack an id of its own", id, null);
                }
                if (pack.title() == null || pack.rules() == null) {
                    throw new RuleConfigurationException("pack " + Messages.quote(id) + " must name its title and rules",
                            id, null);
                }
                packs.add(pack);
            }
            return packs;
        }

        /** The ids of the packs that run: the selection, or the principle packs if none is selected. */
        private Set<String> selectedPacks(List<RulePack> all) {
            Set<String> principlePacks = new HashSet<>();
            Set<String> known = new HashSet<>();
            for (Principle principle : Principle.values()) {
                principlePacks.add(principle.id());
                known.add(principle.id());
            }
            all.forEach(pack -> known.add(pack.id()));
            known.add(RulePack.PRINCIPLES);
            if (selected.isEmpty()) {
                return principlePacks;
            }
            Set<String> runs = new HashSet<>();
            for (String id : selected) {
                checkKnown(id, known, "selected", "pack");
                if (id.equals(RulePack.PRINCIPLES)) {
                    runs.addAll(principlePacks);
                } else {
                    runs.add(id);
                }
            }
            return runs;
        }

        private static String checkDescription(Rule rule) {
            String id = rule.id();
            String type = rule.getClass().getName();
            if (id == null || !RULE_ID.matcher(id).matches()) {
                String shown = id == null ? "no id" : "the id " + Messages.quote(id);
                throw new RuleConfigurationException("rule " + type + " has " + shown
                        + ": rule ids are lower-case kebab-case words in dot-separated groups, for example \"acme.goal-without-owner\"",
                        String.valueOf(id), null);
            }
            if (id.equals(Finding.BEAN_VALIDATION_RULE_ID) || id.equals(RULE_FAILED_ID) || id.equals(WAIVER_EXPIRED_ID)
                    || id.equals(WAIVER_UNUSED_ID) || id.equals(WAIVER_INVALID_ID) || id.equals(WAIVER_DUPLICATE_ID)
                    || id.equals(UNKNOWN_PACK_ID)) {
                throw new RuleConfigurationException("rule " + type + " has the id " + Messages.quote(id)
                        + ", which the engine reserves for its own findings; choose another id", id, null);
            }
            if (rule.defaultSeverity() == null || rule.principle() == null || rule.description() == null
                    || rule.citations() == null) {
                throw new RuleConfigurationException("rule " + Messages.quote(id) + " (" + type
                        + ") must name its default severity, principle, description and citations (an empty list"
                        + " for none)", id, null);
            }
            return id;
        }

        private void checkWaivers(Set<String> known) {
            Set<List<String>> seen = new HashSet<>();
            for (Waiver waiver : waivers) {
                String which = "the waiver of " + Messages.quote(waiver.ruleId()) + " in " + Messages.quote(waiver.agreementId())
                        + " at " + Messages.quote(waiver.target());
                if (!known.contains(waiver.ruleId())) {
                    String suggestion = Messages.didYouMean(waiver.ruleId(), new TreeSet<>(known)).orElse(null);
                    throw new RuleConfigurationException(which + " names a rule that does not exist"
                            + (suggestion == null ? "" : "; did you mean " + Messages.quote(suggestion) + "?"),
                            waiver.ruleId(), suggestion);
                }
                LocalDate latest = waiver.approved().plus(maxWaiverLength);
                if (waiver.expires().isAfter(latest)) {
                    throw new RuleConfigurationException(which + " runs from " + waiver.approved() + " to " + waiver.expires()
                            + ", longer than the longest a waiver may run (" + maxWaiverLength + "): let it expire by "
                            + latest + ", or raise maxWaiverLength in the configuration", waiver.ruleId(), null);
                }
                if (!seen.add(List.of(waiver.ruleId(), waiver.agreementId(), waiver.target()))) {
                    throw new RuleConfigurationException(which + " is given twice: keep one waiver per finding",
                            waiver.ruleId(), null);
                }
            }
        }

        private static void checkKnown(String id, Set<String> known, String what, String kind) {
            if (!known.contains(id)) {
                String suggestion = Messages.didYouMean(id, new TreeSet<>(known)).orElse(null);
                throw new RuleConfigurationException("the " + kind + " " + Messages.quote(id) + " is " + what
                        + " in the configuration, but no " + kind + " has that id"
                        + (suggestion == null ? "" : "; did you mean " + Messages.quote(suggestion) + "?"), id, suggestion);
            }
        }
    }

    /**
     * The fingerprints of one validation's findings, computed when a finding's is first read: a
     * report may be read by several threads at once, and {@link ElementKeys} remembers the key
     * paths it has walked, so computing one fingerprint excludes the others. It keeps the
     * agreement reachable from the report's findings, as their key paths are made from it.
     *
     * <p>The element keys are held weakly: they are what makes a run of fingerprints cheap (the
     * findings of one agreement walk the same lists), but once the fingerprints are read, a report
     * held strongly would keep every list's keys of every agreement with findings (at 10⁶
     * assignments, 26 bytes an assignment, more than the rest of the report). A collection in the
     * middle of a run costs the keys of the lists walked again, once.
     */
    private static final class LazyFingerprints implements Function<Finding, String> {
        private final Agreement agreement;
        private @Nullable WeakReference<ElementKeys> keys;

        LazyFingerprints(Agreement agreement) {
            this.agreement = agreement;
        }

        @Override
        public synchronized String apply(Finding finding) {
            ElementKeys current = keys == null ? null : keys.get();
            if (current == null) {
                current = ElementKeys.of(agreement);
                keys = new WeakReference<>(current);
            }
            return current.fingerprint(finding);
        }
    }
}
