/**
 * The reports of a check, in one place for every program that writes them (the command line,
 * and the build plugin and the service as they come): text for people at a terminal, JSON for
 * programs, SARIF 2.1.0 for code-scanning tools, and one self-contained HTML page for the people
 * who read neither. Start at {@link org.interagency.agreements.report.ReportWriter}.
 *
 * <p>The views of an agreement that the reports and {@code agreements render} share (the RACI
 * matrix, the data flows and the escalation ladders) are in
 * {@link org.interagency.agreements.report.view}.
 */
module org.interagency.agreements.report {
    requires transitive org.interagency.agreements.core;
    requires transitive org.interagency.agreements.json;
    requires tools.jackson.databind;
    requires static org.jspecify;
    requires static org.apiguardian.api;

    exports org.interagency.agreements.report;
    exports org.interagency.agreements.report.view;
    // org.interagency.agreements.report.internal (the writers themselves) is not exported.
}
