package org.interagency.agreements.cli;

import org.interagency.agreements.server.AgreementServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
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
                HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + server.port()
                        + "/v1/check?asOf=2026-12-01&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).toURL()
                        .openConnection();
                connection.setRequestMethod("POST");
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", name.endsWith(".json") ? "application/json" : "application/yaml");
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(Files.readAllBytes(example));
                }
                assertThat(connection.getResponseCode()).isEqualTo(200);
                try (InputStream in = connection.getInputStream()) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(name).isEqualTo(cli.out());
                }
            }
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
