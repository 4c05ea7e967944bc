package org.interagency.agreements.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.interagency.agreements.report.ConfigurationFile;
import org.interagency.agreements.report.ConfigurationFileException;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.interagency.agreements.server.AgreementServerTest.HARRIS;
import static org.interagency.agreements.server.AgreementServerTest.example;
import static org.interagency.agreements.server.AgreementServerTest.examples;
import static org.interagency.agreements.server.AgreementServerTest.json;

/**
 * {@code serve --config FILE}: the real service, started with a rule configuration, answers every
 * request with it (rules disabled, severities changed, the reader's limits), and a configuration
 * that names no rule stops it before it listens.
 */
class ConfiguredServiceTest {

    static Path configuration(String name) {
        return Path.of(Objects.requireNonNull(ConfiguredServiceTest.class.getResource("/configurations/" + name)).getPath());
    }

    /** The rule id and severity of each finding of a /v1/check report, in order. */
    static List<String> findings(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : json(response).path("documents").path(0).path("findings")) {
            findings.add(finding.path("ruleId").asText() + " " + finding.path("severity").asText());
        }
        return findings;
    }

    @Test
    void aConfigurationThatDisablesARuleAndRaisesASeverityChangesEveryReport() {
        // The Harris County MOU with no configuration: among others, an overlap (an error) and a
        // party with no sponsor (a warning).
        List<String> plain;
        try (AgreementServer server = AgreementServer.builder().port(0).build().start()) {
            plain = findings(Http.of(server.port()).post("/v1/check?asOf=2026-12-01", "application/yaml", example(HARRIS)));
        }
        assertThat(plain).contains("roles.accountable-overlap error", "leadership.party-without-sponsor warning");
        // With the configuration: the same findings, but for the overlap, and the sponsor's an error.
        List<String> expected = plain.stream().filter(f -> !f.startsWith("roles.accountable-overlap "))
                .map(f -> f.equals("leadership.party-without-sponsor warning") ? "leadership.party-without-sponsor error" : f)
                .toList();

        ConfigurationFile file = ConfigurationFile.read(configuration("overlap-off-sponsor-error.yaml"));
        try (AgreementServer server = AgreementServer.builder().port(0).configuration(file).build().start()) {
            Http http = Http.of(server.port());
            assertThat(findings(http.post("/v1/check?asOf=2026-12-01", "application/yaml", example(HARRIS))))
                    .isEqualTo(expected);
            // A request's own pack adds to the configuration; it does not replace it.
            assertThat(findings(http.post("/v1/check?asOf=2026-12-01&pack=roles", "application/yaml", example(HARRIS))))
                    .doesNotContain("roles.accountable-overlap error");
            // The catalogue says what every check runs with.
            JsonNode sponsor = null;
            for (JsonNode rule : json(http.get("/v1/rules")).path("rules")) {
                if (rule.path("id").asText().equals("leadership.party-without-sponsor")) {
                    sponsor = rule;
                }
                assertThat(rule.path("id").asText()).isNotEqualTo("roles.accountable-overlap");
            }
            assertThat(sponsor).isNotNull();
            assertThat(sponsor.path("severity").asText()).isEqualTo("warning");
            assertThat(sponsor.path("configuredSeverity").asText()).isEqualTo("error");
        }
    }

    @Test
    void theConfigurationsLimitsBoundEveryBodyAndEveryFileOfThePortfolio() {
        ConfigurationFile file = ConfigurationFile.read(configuration("documents-up-to-4-kib.yaml"));
        try (AgreementServer server = AgreementServer.builder().port(0).configuration(file).portfolio(examples())
                .build().start()) {
            Http http = Http.of(server.port());
            // Every example has more than 4096 bytes (the smallest, 5511).
            HttpResponse<String> tooLarge = http.post("/v1/check", "application/yaml", example(HARRIS));
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            HttpResponse<String> reload = http.post("/v1/portfolio/reload", null, null);
            assertThat(reload.statusCode()).isEqualTo(200);
            assertThat(json(reload).path("agreements").asInt()).isZero();
            assertThat(json(reload).path("unreadable").size()).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void aConfigurationThatNamesNoRuleStopsTheServiceBeforeItListensAndNamesTheFile() {
        ConfigurationFile file = ConfigurationFile.read(configuration("unknown-rule.yaml"));
        assertThatThrownBy(() -> AgreementServer.builder().port(0).configuration(file).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("configuration " + configuration("unknown-rule.yaml") + ": ")
                .hasMessageContaining("roles.accountable-overlapp");
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithItsLineAndColumn() {
        Path bad = configuration("not-well-formed.yaml");
        assertThatThrownBy(() -> ConfigurationFile.read(bad))
                .isInstanceOf(ConfigurationFileException.class)
                .hasMessageMatching("configuration " + java.util.regex.Pattern.quote(bad.toString())
                        + ":\\d+:\\d+ is not well-formed YAML: .*")
                .hasMessageNotContaining("\n");
    }
}
