package org.interagency.agreements.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Who may call the service, and how it stops: bearer tokens, TLS, CORS, loopback, graceful shutdown. */
class AgreementServerSecurityTest {

    private static final String TOKEN = "s3cr3t-token-for-the-test-0123456789";

    @Test
    void withATokenFileEveryRequestButTheProbesNeedsAToken(@TempDir Path dir) throws Exception {
        Path tokens = Files.writeString(dir.resolve("tokens"), "# the grants system\n" + TOKEN + "\n\n");
        try (AgreementServer server = AgreementServer.builder().port(0).tokens(tokens).build().start()) {
            Http anonymous = Http.of(server.port());
            HttpResponse<String> refused = anonymous.get("/v1/rules");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
            assertThat(anonymous.get("/metrics").statusCode()).isEqualTo(401);
            assertThat(anonymous.withToken(TOKEN + "x").get("/v1/rules").statusCode()).isEqualTo(401);
            assertThat(anonymous.withToken(TOKEN.substring(1)).get("/v1/rules").statusCode()).isEqualTo(401);
            assertThat(anonymous.withToken(TOKEN).get("/v1/rules").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/readyz").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aShortTokenIsRefusedAtStartWithoutEchoingIt(@TempDir Path dir) throws Exception {
        Path tokens = Files.writeString(dir.resolve("tokens"), "short-secret\n");
        assertThatThrownBy(() -> AgreementServer.builder().port(0).tokens(tokens).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("short-secret");
    }

    @Test
    void servesHttpsFromAKeystore(@TempDir Path dir) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        assumeTrue(Files.isExecutable(keytool), "keytool is not in this JDK: " + keytool);
        Path keystore = dir.resolve("service.p12");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "service", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=localhost", "-ext", "san=ip:127.0.0.1,dns:localhost",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
        try (AgreementServer server = AgreementServer.builder().port(0).tls(keystore, "changeit".toCharArray()).build().start()) {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                trusted.load(in, "changeit".toCharArray());
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, trust.getTrustManagers(), null);
            Http https = new Http(HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build(),
                    "https://127.0.0.1:" + server.port(), "");
            assertThat(https.get("/v1/rules").statusCode()).isEqualTo(200);
            // Plain HTTP to the TLS port is not served.
            assertThatThrownBy(() -> Http.of(server.port()).get("/healthz")).isInstanceOf(RuntimeException.class);
        }
    }

    @Test
    void noCorsUnlessAnOriginIsConfigured() throws Exception {
        HttpRequest.Builder fromBrowser = HttpRequest.newBuilder().header("Origin", "https://grants.example.gov").GET();
        try (AgreementServer closed = AgreementServer.builder().port(0).build().start()) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    fromBrowser.uri(URI.create("http://127.0.0.1:" + closed.port() + "/v1/rules")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        try (AgreementServer open = AgreementServer.builder().port(0).corsOrigin("https://grants.example.gov").build().start()) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    fromBrowser.uri(URI.create("http://127.0.0.1:" + open.port() + "/v1/rules")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://grants.example.gov");
        }
    }

    @Test
    void listensOnLoopbackByDefault() {
        try (AgreementServer server = AgreementServer.builder().port(0).build().start()) {
            assertThat(server.address()).isEqualTo("127.0.0.1");
        }
    }

    @Test
    void stoppingFinishesTheRequestsInFlight() throws Exception {
        AgreementServer server = AgreementServer.builder().port(0).pool(1, 4).build().start();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        server.pool().submit(() -> {
            running.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        running.await();
        Http http = Http.of(server.port());
        String document = AgreementServerTest.example(AgreementServerTest.HARRIS);
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(
                () -> http.post("/v1/check", "application/yaml", document));
        // The request is queued behind the blocker when the stop begins.
        while (server.pool().inUse() < 2) {
            Thread.sleep(10);
        }
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
        Thread.sleep(200);
        assertThat(http.get("/readyz").statusCode()).isEqualTo(503);
        release.countDown();
        assertThat(inFlight.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        stopping.get(60, TimeUnit.SECONDS);
        assertThatThrownBy(() -> http.get("/healthz")).isInstanceOf(RuntimeException.class);
    }
}
