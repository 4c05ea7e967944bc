package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.AgreementStatus;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ResponsibilityBuilder;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Severity;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the {@link FloodResponseMou flood-response memorandum} with the rules engine and prints
 * the reports of two versions of it:
 * <ol>
 *   <li>the memorandum as signed, which is clean;</li>
 *   <li>a draft amendment that makes the county accountable for evacuation routes inside the
 *       county, while the state department of transportation stays accountable for routes
 *       statewide. Two agencies would then answer for the same roads at the same time: the
 *       checks report it as {@code roles.accountable-overlap}, naming both assignments.</li>
 * </ol>
 * Exits with status 0: the deliberate finding is the point of the example.
 */
public final class CheckFloodMou {

    /** The day the example treats as today, so that its output does not change with the date. */
    public static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    private CheckFloodMou() {
    }

    /** Runs the example; takes no arguments. */
    public static void main(String[] args) {
        AgreementValidator validator = AgreementValidator.builder().clock(clock()).build();
        PrintStream out = System.out;

        Agreement signed = FloodResponseMou.agreement();
        print("The memorandum as signed", signed, validator.validate(signed), out);

        out.println();
        out.println("A draft amendment makes the county accountable for evacuation routes inside Harris County,");
        out.println("but leaves the state DOT accountable for evacuation routes statewide. Both agencies would");
        out.println("answer for the same roads on the same days, which is what the checks report:");
        Agreement amended = countyAccountableForRoutes(signed);
        print("The draft amendment", amended, validator.validate(amended), out);
    }

    /** A clock that always reads {@link #AS_OF}, for checks that do not change with the date. */
    public static Clock clock() {
        return Clock.fixed(AS_OF.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    }

    /**
     * The memorandum with the county added as accountable for evacuation routes in Harris County,
     * as a proposed (not yet signed) amendment.
     */
    public static Agreement countyAccountableForRoutes(Agreement mou) {
        List<Responsibility> responsibilities = new ArrayList<>();
        for (Responsibility responsibility : mou.responsibilities()) {
            if (responsibility.id().equals("evacuation-routes")) {
                responsibility = ResponsibilityBuilder.builder(responsibility)
                        .addAssignments(new Assignment(FloodResponseMou.COUNTY, RaciRole.ACCOUNTABLE,
                                Jurisdiction.parse("us/tx/harris-county"), null))
                        .build();
            }
            responsibilities.add(responsibility);
        }
        return AgreementBuilder.builder(mou)
                .status(AgreementStatus.PROPOSED)
                .responsibilities(responsibilities)
                .build();
    }

    static void print(String heading, Agreement agreement, Report report, PrintStream out) {
        out.println(heading + ": " + agreement.title());
        for (Finding finding : report.findings()) {
            out.println("  " + finding.severity() + " " + finding.ruleId() + " at " + finding.location());
            out.println("    " + finding.message());
            for (var related : finding.related()) {
                out.println("    related: " + related);
            }
            if (finding.hint() != null) {
                out.println("    hint: " + finding.hint());
            }
        }
        out.println("  " + report.count(Severity.ERROR) + " error(s), " + report.count(Severity.WARNING)
                + " warning(s), " + report.count(Severity.INFO) + " info");
    }
}
