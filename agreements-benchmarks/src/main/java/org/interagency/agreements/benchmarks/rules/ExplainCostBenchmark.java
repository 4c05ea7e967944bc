package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.AgreedWaiver;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.RuleOutcome;
import org.interagency.agreements.rules.Waiver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * What explaining a report and applying waivers cost on the typical agreement, side by side with
 * the validation they belong to, in the same run (the target: explain at most 5 % of
 * {@link #validate()}).
 *
 * <p>Outcomes are always recorded, so their cost is measured where it arises: one
 * {@link RuleOutcome} per rule while the rules run (a few objects against thousands of findings'
 * worth of work), and the report's sort and check of the outcomes, which
 * {@link #reportWithOutcomes()} and {@link #reportWithoutOutcomes()} isolate from the same
 * findings. {@link #validateWithWaivers()} adds the waivers a team typically keeps for one
 * agreement (five, three of which match findings); {@link #validateWithAgreedWaivers()} the same
 * five recorded in the agreement itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ExplainCostBenchmark {

    private Agreement agreement;
    private AgreementValidator validator;
    private AgreementValidator withWaivers;
    private Agreement recordingWaivers;
    private List<Finding> findings;
    private List<RuleOutcome> outcomes;

    /** Builds the agreement, the validators and the lists a report is made of. */
    @Setup(Level.Trial)
    public void setUp() {
        agreement = BenchmarkAgreements.typical();
        validator = AgreementValidator.builder().build();
        Report report = validator.validate(agreement);
        findings = report.findings();
        outcomes = report.outcomes();
        List<Waiver> waivers = new ArrayList<>();
        LocalDate approved = LocalDate.now().minusDays(1);
        Set<String> waived = new HashSet<>();
        for (Finding finding : findings) {
            if (waivers.size() < 3 && waived.add(finding.ruleId() + " " + finding.location())) {
                waivers.add(new Waiver(finding.ruleId(), agreement.id(), finding.location().toString(), "accepted",
                        "counsel", approved, approved.plusMonths(6)));
            }
        }
        while (waivers.size() < 5) {
            waivers.add(new Waiver("roles.no-responsible", agreement.id(), "/responsibilities/" + (900 + waivers.size()),
                    "accepted", "counsel", approved, approved.plusMonths(6)));
        }
        withWaivers = AgreementValidator.builder().waivers(waivers).build();
        List<AgreedWaiver> agreed = new ArrayList<>();
        for (Waiver waiver : waivers) {
            agreed.add(new AgreedWaiver(waiver.ruleId(), waiver.target(), null, waiver.justification(),
                    waiver.approvedBy(), waiver.approved(), waiver.expires()));
        }
        recordingWaivers = AgreementBuilder.builder(agreement).schemaVersion(Agreement.SCHEMA_VERSION).waivers(agreed)
                .build();
    }

    /** Bean Validation and all rules, outcomes recorded: the whole of a validation. */
    @Benchmark
    public Report validate() {
        return validator.validate(agreement);
    }

    /** The same, with five waivers applied after the rules. */
    @Benchmark
    public Report validateWithWaivers() {
        return withWaivers.validate(agreement);
    }

    /** The same five waivers, recorded in the agreement and applied by the plain validator. */
    @Benchmark
    public Report validateWithAgreedWaivers() {
        return validator.validate(recordingWaivers);
    }

    /** A report of the typical findings with every rule's outcome: the findings' sort and the outcomes'. */
    @Benchmark
    public Report reportWithOutcomes() {
        return new Report(findings, outcomes);
    }

    /** The baseline of {@link #reportWithOutcomes()}: the same findings, no outcomes. */
    @Benchmark
    public Report reportWithoutOutcomes() {
        return new Report(findings);
    }
}
