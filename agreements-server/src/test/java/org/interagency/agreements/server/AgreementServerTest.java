package org.interagency.agreements.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.interagency.agreements.json.AgreementJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real service on a free loopback port, called over HTTP with the JDK's client: every
 * endpoint, every error status, and every answer checked against the OpenAPI description.
 */
class AgreementServerTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String HARRIS = "harris-county-flood-response-mou.yaml";
    static final String CALFRESH = "computer-matching-ssa-calfresh.json";

    static AgreementServer server;
    static Http http;

    @BeforeAll
    static void start() {
        server = AgreementServer.builder().port(0).portfolio(examples()).readTimeout(Duration.ofSeconds(2)).build().start();
        http = Http.of(server.port());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Path examples() {
        return Path.of(Objects.requireNonNull(System.getProperty("agreements.examples"))).resolve("agreements");
    }

    static String example(String name) {
        try {
            return Files.readString(examples().resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    @Test
    void probesAnswerWhileTheServiceRuns() {
        assertThat(http.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(http.get("/readyz").statusCode()).isEqualTo(200);
    }

    @Test
    void checksAYamlAgreementWithLineAndColumnForEachFinding() {
        HttpResponse<String> response = http.post("/v1/check?asOf=2026-12-01&name=" + HARRIS, "application/yaml", example(HARRIS));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response).path("documents").path(0);
        assertThat(document.path("agreementId").asText()).isEqualTo("harris-county-flood-response-mou");
        // The example's deliberate defects (examples/README.md): the accountable overlap among them.
        assertThat(document.path("findings").findValuesAsText("ruleId")).contains("roles.accountable-overlap");
        for (JsonNode finding : document.path("findings")) {
            assertThat(finding.path("line").asInt()).isPositive();
            assertThat(finding.path("column").asInt()).isPositive();
        }
    }

    @Test
    void checksAJsonAgreementAsSarif() {
        HttpResponse<String> response = http.post("/v1/check?format=sarif&asOf=2026-12-01", "application/json; charset=utf-8",
                example(CALFRESH));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/sarif+json"));
        assertThat(json(response).path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void aMalformedDocumentIs400WithEachProblemLocated() {
        HttpResponse<String> response = http.post("/v1/check", "application/json", "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": 7\n}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("type").asText()).endsWith("#problem-malformed-document");
        assertThat(problem.path("problems")).isNotEmpty();
        assertThat(problem.path("problems").findValuesAsText("pointer")).contains("/id");
        assertThat(response.body()).doesNotContain("at org.", "Exception");
    }

    @Test
    void syntaxErrorsAre400WithTheirLine() {
        HttpResponse<String> response = http.post("/v1/check", "application/json", "{\n  \"id\": \"x\",,\n}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("problems").path(0).path("line").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownMediaTypeIs415() {
        assertThat(http.post("/v1/check", "text/plain", "hello").statusCode()).isEqualTo(415);
        assertThat(http.post("/v1/check", "application/json; charset=iso-8859-1", "{}").statusCode()).isEqualTo(415);
        assertThat(http.post("/v1/portfolio", "application/yaml", "documents: []").statusCode()).isEqualTo(415);
    }

    @Test
    void aBadParameterIs400() {
        assertThat(http.post("/v1/check?format=pdf", "application/json", "{}").statusCode()).isEqualTo(400);
        assertThat(http.post("/v1/check?asOf=yesterday", "application/json", "{}").statusCode()).isEqualTo(400);
        HttpResponse<String> unknownPack = http.post("/v1/check?pack=no-such-pack", "application/json", example(CALFRESH));
        assertThat(unknownPack.statusCode()).isEqualTo(400);
        assertThat(json(unknownPack).path("type").asText()).endsWith("#problem-unknown-pack");
    }

    @Test
    void anUnknownPathIsAProblemToo() {
        HttpResponse<String> response = http.get("/v2/nothing");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(response).path("status").asInt()).isEqualTo(404);
    }

    @Test
    void checksAPortfolioWithTheFindingsBetweenAgreements() throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("documents")
                .add(JSON.createObjectNode().put("name", HARRIS).put("content", example(HARRIS)))
                .add(JSON.createObjectNode().put("name", "copy.yaml").put("mediaType", "application/yaml")
                        .put("content", example(HARRIS).replace("id: harris-county-flood-response-mou",
                                "id: harris-county-flood-response-mou-copy")))
                .add(JSON.createObjectNode().put("name", "broken.json").put("content", "{"));
        HttpResponse<String> response = http.post("/v1/portfolio?asOf=2026-12-01", "application/json", JSON.writeValueAsString(body));
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode report = json(response);
        assertThat(report.path("documents")).hasSize(3);
        assertThat(report.path("documents").path(2).path("problems")).isNotEmpty();
        // The same agency accountable for the same work, place and time under both agreements.
        assertThat(report.path("portfolioFindings")).isNotEmpty();
    }

    @Test
    void comparesTwoVersions() throws IOException {
        String previous = example(HARRIS);
        String current = previous.replace("{ agencyId: hcohsem, role: accountable }\n      - { agencyId: hcohsem, role: responsible }\n      - { agencyId: tdem, role: consulted }",
                "{ agencyId: tdem, role: accountable }\n      - { agencyId: hcohsem, role: responsible }\n      - { agencyId: tdem, role: consulted }");
        assertThat(current).isNotEqualTo(previous);
        ObjectNode body = JSON.createObjectNode();
        body.putObject("previous").put("name", "v1.yaml").put("content", previous);
        body.putObject("current").put("name", "v2.yaml").put("content", current);
        HttpResponse<String> response = http.post("/v1/diff", "application/json", JSON.writeValueAsString(body));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("material").asBoolean()).isTrue();
        assertThat(json(response).path("changes").findValuesAsText("section")).contains("responsibilities");
    }

    @Test
    void assessesAnAgreement() {
        HttpResponse<String> response = http.post("/v1/assess?asOf=2026-12-01", "application/yaml", example(HARRIS));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("principles")).hasSize(10);
    }

    @Test
    void servesTheSchemaTheRulesAndItsOwnDescription() {
        assertThat(json(http.get("/v1/schema")).path("$id").asText()).startsWith("https://interagency-agreements.org/schema/");
        assertThat(json(http.get("/v1/rules")).path("rules").findValuesAsText("id")).contains("roles.accountable-overlap");
        JsonNode rules = json(http.get("/v1/rules?pack=us-cma")).path("rules");
        // A legal pack's rules cite their provision.
        boolean cited = false;
        for (JsonNode rule : rules) {
            cited |= rule.path("id").asText().startsWith("us-cma.") && !rule.path("citations").isEmpty();
        }
        assertThat(cited).isTrue();
        assertThat(json(http.get("/v1/openapi.json")).path("openapi").asText()).isEqualTo("3.1.0");
    }

    @Test
    void metricsAreInPrometheusTextFormatWithRuleIdsAndCounts() {
        http.post("/v1/check?asOf=2026-12-01", "application/yaml", example(HARRIS));
        HttpResponse<String> metrics = http.get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE agreements_http_requests_seconds")
                .contains("agreements_findings_total{rule=\"roles.accountable-overlap\"}");
    }

    @Test
    void answersWhoIsAccountableOverThePortfolio() {
        JsonNode one = json(http.get("/v1/accountable?scope=emergency/flood/evacuation&jurisdiction=us/tx/harris-county&on=2026-12-01"));
        assertThat(one.path("status").asText()).isEqualTo("accountable");
        assertThat(one.path("agencies").findValuesAsText("")).isEmpty();
        assertThat(one.path("agencies").get(0).asText()).isEqualTo("hcohsem");
        assertThat(one.path("answers").path(0).path("responsibility").asText()).isEqualTo("evacuation");
        // hcohsem is accountable for evacuation, and so for its transport; tdem too: an overlap.
        JsonNode two = json(http.get("/v1/accountable?scope=emergency/flood/evacuation/transport&jurisdiction=us/tx/harris-county&on=2026-12-01"));
        assertThat(two.path("status").asText()).isEqualTo("overlap");
        assertThat(two.path("agencies").toString()).contains("hcohsem", "tdem");
        JsonNode none = json(http.get("/v1/accountable?scope=emergency/drought&jurisdiction=us/tx/harris-county&on=2026-12-01"));
        assertThat(none.path("status").asText()).isEqualTo("gap");
        assertThat(http.get("/v1/accountable?scope=Emergency Flood&jurisdiction=us&on=2026-12-01".replace(" ", "%20")).statusCode())
                .isEqualTo(400);
        assertThat(http.get("/v1/accountable?scope=emergency&jurisdiction=us").statusCode()).isEqualTo(400);
    }

    @Test
    void reloadsThePortfolio() {
        HttpResponse<String> response = http.post("/v1/portfolio/reload", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("agreements").asInt()).isGreaterThan(5);
    }

    @Test
    void withoutAPortfolioAccountableIs404() {
        try (AgreementServer bare = AgreementServer.builder().port(0).build().start()) {
            Http client = Http.of(bare.port());
            assertThat(client.get("/v1/accountable?scope=emergency&jurisdiction=us&on=2026-12-01").statusCode()).isEqualTo(404);
            assertThat(client.post("/v1/portfolio/reload", null, null).statusCode()).isEqualTo(404);
        }
    }

    @Test
    void aBodyOneByteOverTheLimitIsRefusedWith413BeforeItIsSent() throws IOException {
        long limit = AgreementJson.DEFAULT_MAX_DOCUMENT_BYTES;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            // Headers only: the body of limit + 1 bytes is never sent, and the answer comes anyway.
            out.write(("POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: "
                    + (limit + 1) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String answer = readHead(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
        }
        // And one at the limit is read (and refused as a document, not for its size).
        String atLimit = "{\"id\":\"" + "x".repeat((int) limit - 9) + "\"}";
        assertThat(atLimit.length()).isEqualTo(limit);
        assertThat(http.post("/v1/check", "application/json", atLimit).statusCode()).isEqualTo(400);
    }

    @Test
    void aBodyWithoutALengthIsCutAtTheLimit() {
        // A chunked body (no Content-Length) of limit + 1 bytes.
        long limit = AgreementJson.DEFAULT_MAX_DOCUMENT_BYTES;
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + "/v1/check"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(new byte[(int) limit + 1])))
                .build();
        HttpResponse<String> response;
        try {
            response = java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // The server may close the connection before the client has sent everything.
            assertThat(e).isNotNull();
            return;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aClientThatSendsAByteAtATimeIsCutOff() throws IOException, InterruptedException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            String answer = null;
            // A byte every 250 ms, far below the 2 s the whole body may take; the idle timeout
            // alone (also 2 s) would never fire.
            for (int i = 0; i < 40 && answer == null; i++) {
                try {
                    out.write('{');
                    out.flush();
                } catch (IOException closed) {
                    break;
                }
                Thread.sleep(250);
                if (socket.getInputStream().available() > 0) {
                    answer = readHead(socket.getInputStream());
                }
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            assertThat(seconds).as("cut off in time").isLessThan(8);
            if (answer != null) {
                assertThat(answer).startsWith("HTTP/1.1 408");
            }
        }
    }

    @Test
    void aFullPoolIs429() throws Exception {
        try (AgreementServer small = AgreementServer.builder().port(0).pool(1, 0).build().start()) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch running = new CountDownLatch(1);
            Future<?> blocker = small.pool().submit(() -> {
                running.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            running.await();
            HttpResponse<String> busy = Http.of(small.port()).post("/v1/check", "application/yaml", example(HARRIS));
            release.countDown();
            blocker.get();
            assertThat(busy.statusCode()).isEqualTo(429);
            assertThat(json(busy).path("type").asText()).endsWith("#problem-busy");
            assertThat(Http.of(small.port()).post("/v1/check", "application/yaml", example(HARRIS)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void fiftyConcurrentClientsGetTheReportsOfASequentialRun() throws Exception {
        List<String> names = List.of(HARRIS, CALFRESH, "williamson-county-fire-mutual-aid.yaml", "health-social-services-data-sharing.json");
        List<String> sequential = new ArrayList<>();
        for (String name : names) {
            sequential.add(check(http, name).body());
        }
        ExecutorService clients = Executors.newFixedThreadPool(50);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            for (int i = 0; i < 50; i++) {
                String name = names.get(i % names.size());
                answers.add(clients.submit(() -> {
                    go.await();
                    return check(Http.of(server.port()), name);
                }));
            }
            go.countDown();
            for (int i = 0; i < 50; i++) {
                HttpResponse<String> answer = answers.get(i).get(60, TimeUnit.SECONDS);
                assertThat(answer.statusCode()).isEqualTo(200);
                assertThat(answer.body()).isEqualTo(sequential.get(i % names.size()));
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static HttpResponse<String> check(Http client, String name) {
        String type = name.endsWith(".json") ? "application/json" : "application/yaml";
        return client.post("/v1/check?asOf=2026-12-01&name=" + name, type, example(name));
    }

    static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
