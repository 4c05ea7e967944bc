package org.interagency.agreements.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The sample agreements and hostile documents in src/test/resources. */
final class Samples {

    static final List<String> AGREEMENTS = List.of(
            "agreements/flood-response-mou.json",
            "agreements/data-sharing-agreement.json",
            "agreements/computer-matching-agreement.json",
            "agreements/computer-matching-agreement-1-1.json");

    private Samples() {
    }

    static byte[] bytes(String resource) {
        try (InputStream in = Samples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }
}
