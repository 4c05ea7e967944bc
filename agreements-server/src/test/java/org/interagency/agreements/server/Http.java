package org.interagency.agreements.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls a running service with the JDK's HttpClient, and checks every answer against the OpenAPI description. */
final class Http {

    private final HttpClient client;
    private final String base;
    private final String token;

    Http(HttpClient client, String base, String token) {
        this.client = client;
        this.base = base;
        this.token = token;
    }

    /** A client of the plain HTTP service on {@code port}. */
    static Http of(int port) {
        return new Http(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(),
                "http://127.0.0.1:" + port, "");
    }

    /** The same client, sending {@code bearer} as its token. */
    Http withToken(String bearer) {
        return new Http(client, base, bearer);
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null);
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, String body) {
        return send("POST", pathAndQuery, contentType, body);
    }

    /** Sends a request and checks the answer against the description (by its path without the query). */
    HttpResponse<String> send(String method, String pathAndQuery, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        String path = pathAndQuery.split("\\?")[0];
        if (OpenApiContract.description().path("paths").has(path)) {
            OpenApiContract.check(method, path, response);
        }
        return response;
    }
}
