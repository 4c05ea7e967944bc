/**
 * The validation service: the library's checks over HTTP (Javalin 7 on Jetty 12), for agency
 * systems that are not written in Java, and "who is accountable here, now?" over a portfolio.
 * Start at {@link org.interagency.agreements.server.AgreementServer}; the command line's
 * {@code agreements serve} is {@link org.interagency.agreements.server.ServeCommand}, found through
 * {@link org.interagency.agreements.report.CommandExtension}.
 *
 * <p>Only {@code org.interagency.agreements.server} is exported; its {@code internal} package (the
 * handlers, problem details, the bounded body, the pool, tokens, the portfolio) is not.
 *
 * @provides org.interagency.agreements.report.CommandExtension {@code serve}, for the command line
 */
// Micrometer's jars are automatic modules (Automatic-Module-Name micrometer.core and
// micrometer.registry.prometheus); Javalin 7 and Jetty 12 have module descriptors.
@SuppressWarnings("requires-automatic")
module org.interagency.agreements.server {
    // AgreementServer.Builder takes the report module's ConfigurationFile.
    requires transitive org.interagency.agreements.report;
    requires org.interagency.agreements.core;
    requires org.interagency.agreements.json;
    // The legal rule packs: read so that the module is resolved and its RulePack services bound.
    requires org.interagency.agreements.packs;
    requires io.javalin;
    requires org.eclipse.jetty.server;
    requires org.eclipse.jetty.util;
    requires micrometer.core;
    requires micrometer.registry.prometheus;
    requires info.picocli;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;
    requires static org.apiguardian.api;

    exports org.interagency.agreements.server;

    // picocli sets ServeCommand's annotated fields and calls it reflectively.
    opens org.interagency.agreements.server to info.picocli;

    provides org.interagency.agreements.report.CommandExtension with org.interagency.agreements.server.ServeExtension;
}
