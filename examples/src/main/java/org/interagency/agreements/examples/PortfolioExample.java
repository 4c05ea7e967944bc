package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementKind;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.PartyBuilder;
import org.interagency.agreements.PartyRole;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.ResponsibilityBuilder;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.core.PortfolioFinding;
import org.interagency.agreements.core.PortfolioReport;

import java.io.PrintStream;
import java.util.List;

/**
 * Checks a portfolio: the flood-response memorandum together with a regional transportation
 * compact in which the state DOT delegated evacuation routing in Harris County to a regional
 * transit authority. Neither agreement has two accountable agencies for the routes; together they
 * do, and only a portfolio check sees it.
 */
public final class PortfolioExample {

    private PortfolioExample() {
    }

    /** Runs the example; takes no arguments. */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        Agreement mou = FloodResponseMou.agreement();
        Agreement compact = transitCompact(mou);

        PortfolioReport report = AgreementValidator.builder().clock(CheckFloodMou.clock()).build()
                .validatePortfolio(List.of(mou, compact));

        out.println("Portfolio of " + report.reports().size() + " agreements");
        report.reports().forEach((id, own) -> out.println("  " + id + ": "
                + own.findingsOf(AgreementValidator.ACCOUNTABLE_OVERLAP_ID).size() + " accountable overlap(s) within it"));
        out.println("Between the agreements:");
        for (PortfolioFinding finding : report.findings()) {
            out.println("  " + finding);
            finding.related().forEach(related -> out.println("    related: " + related));
        }
    }

    /**
     * A second agreement, with the same state DOT and a regional transit authority, that makes the
     * authority accountable for evacuation routes in Harris County.
     */
    static Agreement transitCompact(Agreement mou) {
        String transit = "houston-metro";
        return AgreementBuilder.builder(mou)
                .id("gulf-coast-evacuation-transit-compact")
                .title("Gulf Coast Evacuation Transit Compact")
                .kind(AgreementKind.INTERAGENCY_AGREEMENT)
                .parties(List.of(
                        mou.party(FloodResponseMou.DOT).orElseThrow(),
                        PartyBuilder.builder().agencyId(transit)
                                .name("Metropolitan Transit Authority of Harris County")
                                .jurisdiction(Jurisdiction.parse("us/tx/harris-county"))
                                .addRoles(PartyRole.SERVICING)
                                .build()))
                .responsibilities(List.of(ResponsibilityBuilder.builder()
                        .id("transit-evacuation-routes")
                        .scope(ScopePath.parse("emergency/flood/evacuation/routes"))
                        .description("Route and run evacuation buses in Harris County.")
                        .assignments(List.of(
                                new Assignment(transit, RaciRole.ACCOUNTABLE, Jurisdiction.parse("us/tx/harris-county"), null),
                                new Assignment(transit, RaciRole.RESPONSIBLE, Jurisdiction.parse("us/tx/harris-county"), null),
                                Assignment.of(FloodResponseMou.DOT, RaciRole.CONSULTED)))
                        .build()))
                .build();
    }
}
