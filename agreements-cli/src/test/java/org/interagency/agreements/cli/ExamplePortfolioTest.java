package org.interagency.agreements.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example order and the general terms and conditions it names, checked together as
 * examples/README.md ("Orders and their general terms and conditions") says: clean as a pair, and
 * the order without them reports the one warning the README names.
 */
class ExamplePortfolioTest {

    private static final String GTC = "blm-usace-ely-gtc.yaml";
    private static final String ORDER = "blm-usace-economy-act-order.yaml";

    private static JsonNode check(String... files) {
        List<String> args = new ArrayList<>(List.of("check", "--portfolio", "--format", "json", "--as-of", "2026-12-01"));
        for (String file : files) {
            args.add(Cli.example(file).toString());
        }
        Cli.Run run = Cli.run(args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void theOrderAndItsGeneralTermsAreCleanTogether() {
        JsonNode report = check(GTC, ORDER);

        assertThat(report.path("portfolioFindings")).isEmpty();
        for (JsonNode document : report.path("documents")) {
            assertThat(document.path("findings")).as(document.path("path").asString()).isEmpty();
        }
    }

    @Test
    void theOrderWithoutItsGeneralTermsReportsThatTheyAreNotThere() {
        JsonNode findings = check(ORDER).path("portfolioFindings");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("ruleId").asString()).isEqualTo("us-iaa.order-within-gtc");
        assertThat(findings.get(0).path("severity").asString()).isEqualTo("warning");
        assertThat(findings.get(0).path("location").path("pointer").asString()).isEqualTo("/generalTerms");
    }

    @Test
    void anOrderThatOutlastsItsGeneralTermsIsReportedAtItsExpiryWithTheGeneralTermsRelated(@TempDir Path dir)
            throws IOException {
        Path order = dir.resolve("order.yaml");
        Files.writeString(order, Files.readString(Cli.example(ORDER)).replace("  expires: 2027-09-30\n", "  expires: 2031-09-30\n"));

        Cli.Run run = Cli.run("check", "--portfolio", "--format", "json", "--as-of", "2026-12-01",
                Cli.example(GTC).toString(), order.toString());
        JsonNode findings = JsonMapper.builder().build().readTree(run.out()).path("portfolioFindings");

        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).path("ruleId").asString()).isEqualTo("us-iaa.order-within-gtc");
        assertThat(findings.get(0).path("location").path("pointer").asString()).isEqualTo("/term/expires");
        assertThat(findings.get(0).path("related").get(0).path("agreementId").asString()).isEqualTo("blm-usace-ely-gtc");
    }
}
