package org.interagency.agreements.cli;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code check --waivers} and {@code check --explain}: accepted findings stay visible in every
 * format and do not fail the check; every rule's outcome is shown.
 */
class WaiversCommandTest {

    private static final String AS_OF = "2026-12-01";
    /** The flood MOU's one error (see examples/README.md). */
    private static final String OVERLAP = "roles.accountable-overlap";
    private static final String OVERLAP_AT = "/responsibilities/1/assignments/0";
    private static final String FLOOD_ID = "harris-county-flood-response-mou";

    private static JsonSchema sarifSchema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = WaiversCommandTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
    }

    private static Cli.Run check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--as-of", AS_OF));
        all.addAll(List.of(args));
        all.add(Cli.example("harris-county-flood-response-mou.yaml").toString());
        return Cli.run(all.toArray(String[]::new));
    }

    private Path waivers(String ruleId, String location, String approved, String expires) throws IOException {
        Path file = dir.resolve("waivers.yaml");
        Files.writeString(file, "schemaVersion: \"1.0\"\n"
                + "waivers:\n"
                + "  - ruleId: " + ruleId + "\n"
                + "    agreementId: " + FLOOD_ID + "\n"
                + "    location: " + location + "\n"
                + "    justification: The county and the State share evacuation transport until the 2027 revision.\n"
                + "    approvedBy: Harris County Attorney\n"
                + "    approved: " + approved + "\n"
                + "    expires: " + expires + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Path overlapWaiver() throws IOException {
        return waivers(OVERLAP, OVERLAP_AT, "2026-07-01", "2027-06-30");
    }

    private static JsonNode json(Cli.Run run) {
        return JsonMapper.builder().build().readTree(run.out());
    }

    @Test
    void aWaivedErrorNoLongerFailsTheCheckButStaysInTheTextReportWithItsWaiver() throws IOException {
        Cli.Run run = check("--waivers", overlapWaiver().toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("error    roles.accountable-overlap  " + OVERLAP_AT + "\n");
        assertThat(run.out()).contains("         waived until 2027-06-30 by Harris County Attorney: The county and the State"
                + " share evacuation transport until the 2027 revision.\n");
        assertThat(run.out()).endsWith("; 1 error, 2 warnings, 0 info before waivers; 0 errors, 2 warnings, 0 info"
                + " after 1 waived.\n");
    }

    @Test
    void theExampleWaiverFileAcceptsTheFloodMousOverlap() {
        Path example = Cli.examples().resolveSibling("waivers").resolve("harris-county-flood-response-mou.waivers.yaml");

        Cli.Run run = check("--waivers", example.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("waived until 2027-06-30 by Harris County Attorney's Office: HCOHSEM and TDEM");
    }

    @Test
    void withoutTheWaiverTheSameCheckFails() {
        assertThat(check().exitCode()).isEqualTo(1);
    }

    @Test
    void aWaivedWarningStillFailsNothingUnderFailOnWarningButTheOtherWarningsDo() throws IOException {
        Cli.Run run = check("--fail-on", "warning", "--waivers",
                waivers("leadership.party-without-sponsor", "/parties/3", "2026-07-01", "2027-06-30").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(json(check("--format", "json", "--waivers",
                waivers("leadership.party-without-sponsor", "/parties/3", "2026-07-01", "2027-06-30").toString()))
                .path("activeCounts").path("warning").asInt()).isEqualTo(1);
    }

    @Test
    void theJsonReportGivesTheWaiverAndTheCountsBeforeAndAfterWaivers() throws IOException {
        JsonNode report = json(check("--format", "json", "--waivers", overlapWaiver().toString()));

        JsonNode finding = findingOf(report, OVERLAP);
        assertThat(finding.path("waiver").path("approvedBy").asString()).isEqualTo("Harris County Attorney");
        assertThat(finding.path("waiver").path("expires").asString()).isEqualTo("2027-06-30");
        assertThat(finding.path("waiver").path("location").asString()).isEqualTo(OVERLAP_AT);
        assertThat(report.path("counts").path("error").asInt()).isEqualTo(1);
        assertThat(report.path("activeCounts").path("error").asInt()).isZero();
        assertThat(report.path("activeCounts").path("waived").asInt()).isEqualTo(1);
    }

    @Test
    void anExpiredWaiverLeavesTheFindingActiveAndSaysSo() throws IOException {
        Cli.Run run = check("--format", "json", "--waivers",
                waivers(OVERLAP, OVERLAP_AT, "2026-01-01", "2026-06-30").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode report = json(run);
        assertThat(findingOf(report, OVERLAP).has("waiver")).isFalse();
        assertThat(findingOf(report, "engine.waiver-expired").path("message").asString()).contains("expired on 2026-06-30");
    }

    @Test
    void asOfDecidesWhetherAWaiverHasExpired() throws IOException {
        Path file = waivers(OVERLAP, OVERLAP_AT, "2026-07-01", "2026-12-01");

        assertThat(check("--waivers", file.toString()).exitCode()).as("on the expiry day").isZero();
        List<String> later = new ArrayList<>(List.of("check", "--as-of", "2026-12-02", "--waivers", file.toString(),
                Cli.example("harris-county-flood-response-mou.yaml").toString()));
        assertThat(Cli.run(later.toArray(String[]::new)).exitCode()).as("the day after").isEqualTo(1);
    }

    @Test
    void aWaiverThatMatchesNothingIsReportedAsInfo() throws IOException {
        JsonNode report = json(check("--format", "json", "--waivers",
                waivers(OVERLAP, "/responsibilities/4/assignments/0", "2026-07-01", "2027-06-30").toString()));

        JsonNode unused = findingOf(report, "engine.waiver-unused");
        assertThat(unused.path("severity").asString()).isEqualTo("info");
    }

    @Test
    void aWaiverOfARuleThatDoesNotExistIsAnErrorWithADidYouMean() throws IOException {
        Cli.Run run = check("--waivers", waivers("roles.acountable-overlap", OVERLAP_AT, "2026-07-01", "2027-06-30").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("does not exist").contains("did you mean \"roles.accountable-overlap\"?");
    }

    @Test
    void aBadWaiverFileIsAnErrorWithItsLineAndColumn() throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"schemaVersion\": \"1.0\", \"waivers\": [\n  {\"ruleId\": \"" + OVERLAP + "\"}\n]}\n");

        Cli.Run run = check("--waivers", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("waivers " + file + ":2:3: ").contains("\"justification\"").contains("(at /waivers/0/");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWaiverLongerThanAYearNeedsTheConfigurationToAllowIt() throws IOException {
        Path file = waivers(OVERLAP, OVERLAP_AT, "2026-07-01", "2027-12-31");
        Path config = dir.resolve("agreements.yaml");
        Files.writeString(config, "maxWaiverLength: P18M\n");

        Cli.Run refused = check("--waivers", file.toString());
        Cli.Run allowed = check("--waivers", file.toString(), "--config", config.toString());

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("longer than the longest a waiver may run (P1Y)");
        assertThat(allowed.exitCode()).isZero();
    }

    @Test
    void sarifMarksTheWaivedResultAsAnAcceptedExternalSuppressionAndStillValidates() throws IOException {
        Cli.Run run = check("--format", "sarif", "--waivers", overlapWaiver().toString());

        // The vendored schema is the committee specification's file, which names a suppression's
        // status "state"; the writer uses "status", as SARIF 2.1.0 consumers such as code scanning
        // read it. That one property is the only difference the schema may find.
        assertThat(sarifSchema.validate(run.out(), InputFormat.JSON)).map(Object::toString)
                .allMatch(error -> error.matches("/runs/0/results/\\d+/suppressions/0: property 'status' is not defined in the schema.*"));
        JsonNode sarifRun = json(run).path("runs").get(0);
        JsonNode suppression = null;
        for (JsonNode result : sarifRun.path("results")) {
            if (result.path("ruleId").asString().equals(OVERLAP)) {
                suppression = result.path("suppressions").get(0);
            }
        }
        assertThat(suppression).isNotNull();
        assertThat(suppression.path("kind").asString()).isEqualTo("external");
        assertThat(suppression.path("status").asString()).isEqualTo("accepted");
        assertThat(suppression.path("justification").asString()).startsWith("The county and the State");
    }

    @Test
    void sarifGivesEveryRulesOutcomeInTheInvocationAndTheRuleProperties() {
        JsonNode sarifRun = json(check("--format", "sarif")).path("runs").get(0);

        List<String> notApplicable = new ArrayList<>();
        for (JsonNode outcome : sarifRun.path("invocations").get(0).path("properties").path("outcomes")) {
            assertThat(outcome.path("agreementId").asString()).isEqualTo(FLOOD_ID);
            if (outcome.path("outcome").asString().equals("not-applicable")) {
                notApplicable.add(outcome.path("ruleId").asString());
            }
        }
        // The flood MOU shares no data.
        assertThat(notApplicable).contains("data.no-recipients", "data.protected-unencrypted");
        for (JsonNode rule : sarifRun.path("tool").path("driver").path("rules")) {
            if (rule.path("id").asString().equals(OVERLAP)) {
                assertThat(rule.path("properties").path("outcomes").path(FLOOD_ID).asString()).isEqualTo("found");
            }
        }
    }

    @Test
    void theJsonReportListsEveryRulesOutcome() {
        JsonNode document = json(check("--format", "json")).path("documents").get(0);

        JsonNode overlap = null;
        JsonNode recipients = null;
        for (JsonNode outcome : document.path("outcomes")) {
            if (outcome.path("ruleId").asString().equals(OVERLAP)) {
                overlap = outcome;
            }
            if (outcome.path("ruleId").asString().equals("data.no-recipients")) {
                recipients = outcome;
            }
        }
        assertThat(overlap.path("outcome").asString()).isEqualTo("found");
        assertThat(overlap.path("findings").asInt()).isEqualTo(1);
        assertThat(recipients.path("outcome").asString()).isEqualTo("not-applicable");
        assertThat(recipients.path("reason").asString()).isEqualTo("no data-sharing protocol");
    }

    @Test
    void explainPrintsACompactOutcomeTablePerAgreement() throws IOException {
        Cli.Run run = check("--explain", "--waivers", overlapWaiver().toString());

        assertThat(run.out()).containsPattern("\n  outcomes: 3 found, \\d+ passed, \\d+ not applicable");
        assertThat(run.out()).containsPattern("\n    roles\\.accountable-overlap +found +1 finding \\(1 waived\\)\n");
        assertThat(run.out()).containsPattern("\n    data\\.no-recipients +not applicable +no data-sharing protocol\n");
        assertThat(run.out()).doesNotContainPattern("\n    roles\\.no-responsible ");
    }

    @Test
    void withoutExplainTheTextReportHasNoOutcomeTable() {
        assertThat(check().out()).doesNotContain("outcomes:");
    }

    private static JsonNode findingOf(JsonNode report, String ruleId) {
        for (JsonNode finding : report.path("documents").get(0).path("findings")) {
            if (finding.path("ruleId").asString().equals(ruleId)) {
                return finding;
            }
        }
        throw new AssertionError("no finding of " + ruleId + " in " + report);
    }

    private static final String VENDOR_DRAFT = "multnomah-health-vendor-hosting-mou-draft.json";
    private static final String GOVERNMENT_MOU = "us-hipaa.government-mou";

    private static Cli.Run checkVendorDraft(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--as-of", AS_OF));
        all.addAll(List.of(args));
        all.add(Cli.example(VENDOR_DRAFT).toString());
        return Cli.run(all.toArray(String[]::new));
    }

    @Test
    void aWaiverTheAgreementRecordsIsShownAsAgreedInTheAgreement() {
        Cli.Run run = checkVendorDraft();

        assertThat(run.out()).contains("         waived until 2027-05-31 by Multnomah County Attorney's Office: The"
                + " parties mean this memorandum to be the business associate contract itself;");
        assertThat(run.out()).contains("before it is signed. (agreed in the agreement)\n");
        JsonNode waiver = findingOf(json(checkVendorDraft("--format", "json")), GOVERNMENT_MOU).path("waiver");
        assertThat(waiver.path("origin").asString()).isEqualTo("agreement");
        assertThat(waiver.path("location").asString()).isEqualTo("/parties/1/governmentLevel");
    }

    @Test
    void sarifMarksTheAgreementsOwnWaiverAsAnInSourceSuppression() {
        JsonNode sarifRun = json(checkVendorDraft("--format", "sarif")).path("runs").get(0);
        JsonNode suppression = null;
        for (JsonNode result : sarifRun.path("results")) {
            if (result.path("ruleId").asString().equals(GOVERNMENT_MOU)) {
                suppression = result.path("suppressions").get(0);
            }
        }

        assertThat(suppression).isNotNull();
        assertThat(suppression.path("kind").asString()).isEqualTo("inSource");
        assertThat(suppression.path("status").asString()).isEqualTo("accepted");
    }

    @Test
    void aWaiverFileThatRepeatsTheAgreementsWaiverIsIgnoredWithAWarning() throws IOException {
        Path file = dir.resolve("vendor.waivers.yaml");
        Files.writeString(file, "schemaVersion: \"1.0\"\n"
                + "waivers:\n"
                + "  - ruleId: " + GOVERNMENT_MOU + "\n"
                + "    agreementId: mchd-vendor-ehr-hosting-mou-2026-draft\n"
                + "    location: /parties/1/governmentLevel\n"
                + "    justification: Accepted by the vendor team.\n"
                + "    approvedBy: Vendor team\n"
                + "    approved: 2026-11-20\n"
                + "    expires: 2027-02-28\n", StandardCharsets.UTF_8);

        JsonNode report = json(checkVendorDraft("--format", "json", "--waivers", file.toString()));

        assertThat(findingOf(report, GOVERNMENT_MOU).path("waiver").path("origin").asString()).isEqualTo("agreement");
        JsonNode duplicate = findingOf(report, "engine.waiver-duplicate");
        assertThat(duplicate.path("severity").asString()).isEqualTo("warning");
        assertThat(duplicate.path("pointer").asString()).isEqualTo("/waivers/0");
    }
}
