/**
 * The reports of a check, in one place for every program that writes them (the command line,
 * and the build plugin and the service as they come): text for people at a terminal, JSON for
 * programs, SARIF 2.1.0 for code-scanning tools, JUnit XML for CI servers, GitHub Actions
 * workflow commands, and one self-contained HTML page for the people
 * who read neither. Start at {@link org.interagency.agreements.report.ReportWriter}.
 *
 * <p>{@link org.interagency.agreements.report.ConfigurationFile} reads the rule configuration
 * file that the command line's {@code check} and {@code serve} share.
 *
 * <p>The views of an agreement that the reports and {@code agreements render} share (the RACI
 * matrix, the data flows and the escalation ladders) are in
 * {@link org.interagency.agreements.report.view}.
 */
// jte's runtime and ELK are automatic modules, read only if present (static): the HTML page's
// dependencies, which a program that writes only text, JSON or SARIF does not carry.
@SuppressWarnings("requires-automatic")
module org.interagency.agreements.report {
    requires transitive org.interagency.agreements.core;
    requires transitive org.interagency.agreements.json;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    // The rule configuration file (ConfigurationFile) may be YAML.
    requires tools.jackson.dataformat.yaml;
    // The JUnit XML writer writes through the JDK's StAX writer.
    requires java.xml;
    requires static org.jspecify;
    requires static org.apiguardian.api;
    requires static gg.jte.runtime;
    requires static org.eclipse.elk.core;
    requires static org.eclipse.elk.graph;
    requires static org.eclipse.elk.alg.layered;
    requires static org.eclipse.emf.common;

    exports org.interagency.agreements.report;
    exports org.interagency.agreements.report.view;

    // org.interagency.agreements.report.internal (the writers themselves) is not exported.

    // jte's runtime loads the precompiled templates by name and calls them reflectively.
    opens org.interagency.agreements.report.internal.html.templates to gg.jte.runtime;
}
