package org.interagency.agreements.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing of a document reaches the log (SECURITY.md): the build sends this JVM's log to a file
 * (slf4j-simple at INFO, as {@code agreements serve} logs), and after checks of documents that
 * carry a marker in their text, in a value the findings quote and in a malformed part, the file
 * holds the request lines and none of the markers.
 */
class NothingKeptTest {

    private static final String MARKER = "Zq7xMarkerOfPersonalData";

    @Test
    void theLogHasRequestLinesAndNothingOfADocument() throws Exception {
        Path log = Path.of(Objects.requireNonNull(System.getProperty("org.slf4j.simpleLogger.logFile"),
                "the build sends the log to a file"));
        String harris = AgreementServerTest.example(AgreementServerTest.HARRIS)
                .replace("title: Memorandum of Understanding", "title: " + MARKER + " Memorandum of Understanding")
                .replace("agencyId: hcohsem, role: accountable", "agencyId: " + MARKER.toLowerCase() + ", role: accountable");
        try (AgreementServer server = AgreementServer.builder().port(0).build().start()) {
            Http http = Http.of(server.port());
            assertThat(http.post("/v1/check?name=" + MARKER + ".yaml", "application/yaml", harris).statusCode()).isEqualTo(200);
            assertThat(http.post("/v1/check", "application/json", "{\"id\": \"" + MARKER + "\", \"" + MARKER + "\": [}")
                    .statusCode()).isEqualTo(400);
            assertThat(http.post("/v1/assess", "application/yaml", harris).statusCode()).isEqualTo(200);
            assertThat(http.get("/v1/accountable?scope=" + MARKER.toLowerCase() + "&jurisdiction=us&on=2026-12-01")
                    .statusCode()).isEqualTo(404);
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(text).contains("POST /v1/check 200").contains("POST /v1/check 400");
        assertThat(text.toLowerCase()).doesNotContain(MARKER.toLowerCase());
    }
}
