package org.interagency.agreements.cli;

import org.interagency.agreements.report.ConfigurationFile;
import org.interagency.agreements.server.AgreementServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agreements serve} is found through ServiceLoader, the service's report for a document is
 * exactly {@code check --format json}'s, and {@code agreements who} answers over a directory.
 */
class ServiceAndWhoCommandsTest {

    @Test
    void serveIsACommandThoughTheCommandLineIsNotCompiledAgainstIt() {
        Cli.Run run = Cli.run("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--portfolio", "--tokens", "--tls-keystore");
    }

    @Test
    void theServiceReportIsTheJsonReportOfCheckForEveryExample() throws Exception {
        List<Path> examples;
        try (Stream<Path> files = Files.list(Cli.examples())) {
            examples = files.filter(f -> f.toString().matches(".*\\.(json|yaml)$")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThan(5);
        try (AgreementServer server = AgreementServer.builder().port(0).build().start()) {
            for (Path example : examples) {
                String name = example.toString();
                Cli.Run cli = Cli.run("check", "--format", "json", "--as-of", "2026-12-01", "--fail-on", "never", name);
                assertThat(cli.exitCode()).as(cli.err()).isZero();
                // java.net.HttpURLConnection: this module's tests do not read java.net.http.
                assertThat(post(server, "/v1/check?asOf=2026-12-01", example)).as(name).isEqualTo(cli.out());
            }
        }
    }

    @Test
    void withOneConfigurationFileTheServiceReportsAsCheckDoes() throws Exception {
        Path configuration = Cli.resource("configurations/sponsor-as-error.yaml");
        Path harris = Cli.example("harris-county-flood-response-mou.yaml");
        Cli.Run cli = Cli.run("check", "--format", "json", "--as-of", "2026-12-01", "--fail-on", "never",
                "--config", configuration.toString(), harris.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        assertThat(cli.out()).contains("\"leadership.party-without-sponsor\"");
        String withoutConfiguration = Cli.run("check", "--format", "json", "--as-of", "2026-12-01", "--fail-on", "never",
                harris.toString()).out();
        assertThat(cli.out()).isNotEqualTo(withoutConfiguration);
        try (AgreementServer server = AgreementServer.builder().port(0).configuration(ConfigurationFile.read(configuration))
                .build().start()) {
            assertThat(post(server, "/v1/check?asOf=2026-12-01", harris)).isEqualTo(cli.out());
        }
    }

    @Test
    void theServiceAssessmentIsTheElementOfAssessForTheSameDocument() throws Exception {
        Path harris = Cli.example("harris-county-flood-response-mou.yaml");
        Cli.Run cli = Cli.run("assess", "--format", "json", "--as-of", "2026-12-01", harris.toString());
        assertThat(cli.exitCode()).as(cli.err()).isZero();
        JsonMapper json = JsonMapper.builder().build();
        JsonNode assessed = json.readTree(cli.out());
        assertThat(assessed.size()).isEqualTo(1);
        try (AgreementServer server = AgreementServer.builder().port(0).build().start()) {
            String answer = post(server, "/v1/assess?asOf=2026-12-01", harris);
            // One object on one line, with the same fields in the same order as the command's.
            assertThat(answer).endsWith("}\n").doesNotContain("\n ");
            assertThat(json.readTree(answer)).isEqualTo(assessed.get(0));
            assertThat(json.writeValueAsString(json.readTree(answer)) + "\n").isEqualTo(answer);
            assertThat(json.writeValueAsString(assessed.get(0)) + "\n").isEqualTo(answer);
        }
    }

    @Test
    void serveRefusesABadConfigurationWithOneLocatedLineBeforeItBindsThePort() throws IOException {
        // The port is taken: had serve tried to bind it first, the error would be about the port.
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String port = Integer.toString(taken.getLocalPort());
            Path malformed = Cli.resource("configurations/malformed.yaml");
            Cli.Run run = Cli.run("serve", "--port", port, "--config", malformed.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).hasLineCount(1)
                    .matches("agreements serve: configuration " + java.util.regex.Pattern.quote(malformed.toString())
                            + ":\\d+:\\d+ is not well-formed YAML: .*\n?");

            Path misspelt = Cli.resource("configurations/misspelt-rule.yaml");
            Cli.Run unknown = Cli.run("serve", "--port", port, "--config", misspelt.toString());
            assertThat(unknown.exitCode()).isEqualTo(2);
            assertThat(unknown.err()).hasLineCount(1)
                    .startsWith("agreements serve: configuration " + misspelt + ": ")
                    .contains("roles.acountable-overlap");

            Cli.Run missing = Cli.run("serve", "--port", port, "--config", "no-such-configuration.yaml");
            assertThat(missing.exitCode()).isEqualTo(2);
            assertThat(missing.err()).hasLineCount(1)
                    .startsWith("agreements serve: cannot read the configuration no-such-configuration.yaml: ");
        }
    }

    /** The body of the service's answer to {@code document}, which must be 200. */
    private static String post(AgreementServer server, String pathAndQuery, Path document) throws IOException {
        String name = document.toString();
        // java.net.HttpURLConnection: this module's tests do not read java.net.http.
        HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port()
                + pathAndQuery + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).toURL()
                .openConnection();
        connection.setRequestMethod("POST");
        connection.setDoOutput(true);
        connection.setRequestProperty("Content-Type", name.endsWith(".json") ? "application/json" : "application/yaml");
        try (OutputStream out = connection.getOutputStream()) {
            out.write(Files.readAllBytes(document));
        }
        assertThat(connection.getResponseCode()).as(name).isEqualTo(200);
        try (InputStream in = connection.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void whoNamesTheAccountableAgencyAndWhatMakesItSo() {
        Cli.Run run = Cli.run("who", "emergency/flood/evacuation", "--where", "us/tx/harris-county", "--on", "2026-12-01",
                Cli.examples().toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("emergency/flood/evacuation in us/tx/harris-county on 2026-12-01: \"hcohsem\" is accountable")
                .contains("\"hcohsem\" under \"harris-county-flood-response-mou\", responsibility \"evacuation\"");
    }

    @Test
    void whoReportsAnOverlapAndAGapWithExitCode1() {
        Cli.Run overlap = Cli.run("who", "emergency/flood/evacuation/transport", "--where", "us/tx/harris-county",
                "--on", "2026-12-01", Cli.example("harris-county-flood-response-mou.yaml").toString());
        assertThat(overlap.exitCode()).isEqualTo(1);
        assertThat(overlap.out()).contains("overlap:", "\"hcohsem\"", "\"tdem\"");
        Cli.Run gap = Cli.run("who", "emergency/drought", "--where", "us/tx", "--on", "2026-12-01",
                Cli.example("harris-county-flood-response-mou.yaml").toString());
        assertThat(gap.exitCode()).isEqualTo(1);
        assertThat(gap.out()).contains("gap: no agency is accountable");
    }

    @Test
    void whoRefusesAScopeThatIsNotOneWithExitCode2() throws IOException {
        Cli.Run run = Cli.run("who", "Emergency Flood", "--where", "us", Cli.examples().toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("agreements who: SCOPE:");
    }
}
