package org.interagency.agreements.report;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.ReadResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A baseline made from a portfolio's JSON report, as {@code check --portfolio --format json}
 * writes it, knows every finding of that portfolio, between agreements too: checked against it,
 * the same portfolio (in any order) reports nothing new and nothing resolved, and an overlap added
 * between two agreements is the one new finding.
 */
class PortfolioBaselineProperties {

    private static final AgreementValidator VALIDATOR = AgreementValidator.builder()
            .clock(Clock.fixed(LocalDate.of(2026, 12, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC)).build();
    private static final AgreementJson JSON = AgreementJson.defaults();

    private static Agreement base;

    @BeforeContainer
    static void read() {
        base = JSON.read(DocumentSource.of(Path.of(System.getProperty("agreements.examples", "../examples"), "agreements",
                "harris-county-flood-response-mou.yaml"))).agreement();
    }

    @Property(tries = 60)
    void aPortfolioCheckedAgainstItsOwnReportHasNothingNewAndNothingResolved(@ForAll("portfolios") List<Agreement> portfolio,
            @ForAll Random random) throws IOException {
        CheckOutcome first = check(portfolio);
        Baseline baseline = throughItsJsonReport(first);

        List<Agreement> shuffled = new ArrayList<>(portfolio);
        Collections.shuffle(shuffled, random);
        BaselineComparison comparison = baseline.compare(check(shuffled));

        Statistics.label("findings between agreements").collect(!first.portfolioFindings().isEmpty())
                .coverage(coverage -> coverage.check(true).percentage(p -> p > 30));
        assertThat(comparison.newCount()).isZero();
        assertThat(comparison.resolved()).isEmpty();
        int all = first.portfolioFindings().size()
                + first.documents().stream().mapToInt(d -> d.report().findings().size()).sum();
        assertThat(comparison.unchangedCount()).isEqualTo(all);
    }

    @Property(tries = 60)
    void anOverlapAddedBetweenTwoAgreementsIsTheOneNewFinding(@ForAll("portfolios") List<Agreement> portfolio) throws IOException {
        Baseline baseline = throughItsJsonReport(check(portfolio));
        // Two agencies of nested jurisdictions (the state and FEMA's region), each accountable and
        // responsible for a scope no generated responsibility touches, in two agreements: one
        // overlap between them, and nothing else changes.
        List<Agreement> changed = new ArrayList<>(portfolio);
        changed.set(0, withResponsibility(changed.get(0), "tdem"));
        changed.set(1, withResponsibility(changed.get(1), "fema-region-6"));

        CheckOutcome later = check(changed);
        BaselineComparison comparison = baseline.compare(later);

        List<PortfolioFinding> fresh = later.portfolioFindings().stream().filter(comparison::isNew).toList();
        assertThat(fresh).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("roles.accountable-overlap");
            assertThat(finding.message()).contains("emergency/drought");
        });
        assertThat(comparison.newCount()).isOne();
        assertThat(comparison.resolved()).isEmpty();
    }

    private static Agreement withResponsibility(Agreement agreement, String agency) {
        List<Responsibility> responsibilities = new ArrayList<>(agreement.responsibilities());
        responsibilities.add(new Responsibility("drought", ScopePath.parse("emergency/drought"), "Drought response",
                List.of(new Assignment(agency, RaciRole.ACCOUNTABLE, null, null),
                        new Assignment(agency, RaciRole.RESPONSIBLE, null, null))));
        return AgreementBuilder.builder(agreement).responsibilities(responsibilities).build();
    }

    /** The check as {@code check --portfolio} makes it: each agreement read from its JSON text, then the portfolio. */
    private static CheckOutcome check(List<Agreement> portfolio) {
        List<CheckedDocument> documents = new ArrayList<>();
        List<Agreement> agreements = new ArrayList<>();
        for (Agreement agreement : portfolio) {
            String name = agreement.id() + ".json";
            ReadResult read = JSON.read(DocumentSource.of(JSON.writePretty(agreement), name, DocumentSyntax.JSON));
            documents.add(CheckedDocument.checked(name, read.agreement(), VALIDATOR.validate(read.agreement()), read.positions()));
            agreements.add(read.agreement());
        }
        return CheckOutcome.of(documents, VALIDATOR.validatePortfolio(agreements), RuleSummary.of(VALIDATOR));
    }

    /** The baseline a user makes: the JSON report written to a file and read back. */
    private static Baseline throughItsJsonReport(CheckOutcome outcome) throws IOException {
        Path file = Files.createTempFile("portfolio-baseline", ".json");
        try {
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
                ReportWriter.json().write(outcome, out);
            }
            return Baseline.readReport(file);
        } finally {
            Files.delete(file);
        }
    }

    /** A responsibility before it has its id. */
    private record Part(ScopePath scope, List<Assignment> assignments) {
    }

    /**
     * Two to four agreements ({@code mou-0}, ...) of the flood MOU's parties, each with one to four
     * responsibilities on a few nested scopes whose assignments make three of the parties
     * accountable or responsible in a few nested jurisdictions: overlaps between agreements are
     * common. Within one responsibility no assignment is written twice.
     */
    @Provide
    Arbitrary<List<Agreement>> portfolios() {
        Arbitrary<Assignment> assignment = Combinators.combine(Arbitraries.of("hcfcd", "hcohsem", "tdem"),
                Arbitraries.of(RaciRole.ACCOUNTABLE, RaciRole.RESPONSIBLE), Arbitraries.of("", "us/tx", "us/tx/harris-county"))
                .as((agency, role, jurisdiction) -> new Assignment(agency, role,
                        jurisdiction.isEmpty() ? null : Jurisdiction.parse(jurisdiction), null));
        Arbitrary<List<Assignment>> assignments = assignment.list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<ScopePath> scope = Arbitraries.of("emergency/flood", "emergency/flood/evacuation", "emergency/fire")
                .map(ScopePath::parse);
        Arbitrary<List<Responsibility>> responsibilities = Combinators.combine(scope, assignments).as(Part::new)
                .list().ofMinSize(1).ofMaxSize(4).map(parts -> {
                    List<Responsibility> named = new ArrayList<>();
                    for (int i = 0; i < parts.size(); i++) {
                        named.add(new Responsibility("r" + i, parts.get(i).scope(), "Task " + i, parts.get(i).assignments()));
                    }
                    return named;
                });
        return responsibilities.list().ofMinSize(2).ofMaxSize(4).map(lists -> {
            List<Agreement> agreements = new ArrayList<>();
            for (int i = 0; i < lists.size(); i++) {
                agreements.add(AgreementBuilder.builder(base).id("mou-" + i).responsibilities(lists.get(i)).build());
            }
            return agreements;
        });
    }
}
