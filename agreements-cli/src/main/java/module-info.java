/**
 * The {@code agreements} command line, built on the library's exported API only: the model and
 * rule SPI (agreements-api), the validator (agreements-core), the reader, writer and
 * signatures (agreements-json), and the report formats and views (agreements-report). It exports nothing: it is an application, run as
 * {@code java -jar agreements.jar} (the runnable jar runs on the class path) or as this module's
 * main class.
 */
module org.interagency.agreements.cli {
    requires org.interagency.agreements.core;
    requires org.interagency.agreements.json;
    // The legal rule packs: read so that the module is resolved and its RulePack services bound.
    requires org.interagency.agreements.packs;
    requires org.interagency.agreements.report;
    requires info.picocli;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires static org.jspecify;

    // agreements serve (agreements-server) and any other command of its own module.
    uses org.interagency.agreements.report.CommandExtension;

    // picocli sets the commands' annotated fields and calls their methods reflectively.
    opens org.interagency.agreements.cli to info.picocli;
}
