package org.interagency.agreements.robustness;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The hostile documents in {@code src/test/resources/hostile}. */
final class Hostile {

    private Hostile() {
    }

    /** The bytes of {@code hostile/<name>}, exactly as checked in. */
    static byte[] bytes(String name) {
        return Seeds.resource("hostile/" + name);
    }

    /** The text of {@code hostile/<name>} as UTF-8. */
    static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The file of {@code hostile/<name>} on disk. */
    static Path path(String name) {
        URL url = Hostile.class.getResource("/hostile/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no hostile document " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
