/**
 * Strict, bounded JSON and YAML for interagency agreements, their JSON Schema, RFC 8785
 * canonical form, SHA-256 digests and Ed25519 signatures. Start at
 * {@link org.interagency.agreements.json.AgreementJson}.
 *
 * @provides tools.jackson.databind.JacksonModule the agreement model's Jackson module, so that
 *     {@code findAndAddModules()} finds it
 */
module org.interagency.agreements.json {
    requires transitive org.interagency.agreements.api;
    requires tools.jackson.core;
    requires transitive tools.jackson.databind;
    requires tools.jackson.dataformat.yaml;
    requires org.snakeyaml.engine;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.interagency.agreements.json;
    exports org.interagency.agreements.json.signing;

    provides tools.jackson.databind.JacksonModule with org.interagency.agreements.json.AgreementJacksonModule;
}
