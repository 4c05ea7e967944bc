package org.interagency.agreements.server.internal;

import org.apiguardian.api.API;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The bearer tokens a caller may present, read from a file: one token a line; blank lines and
 * lines starting with {@code #} are skipped. Only the SHA-256 digest of each token is kept, and a
 * presented token is compared with each by {@link MessageDigest#isEqual}, which takes the same
 * time wherever two digests differ; comparing digests of equal length also hides the tokens'
 * lengths. Every token is compared, so the time does not say which one matched.
 */
@API(status = INTERNAL, since = "0.1")
public final class BearerTokens {

    /** Tokens shorter than this are refused: a short token can be guessed. */
    public static final int MIN_LENGTH = 16;

    private final List<byte[]> digests;

    private BearerTokens(List<byte[]> digests) {
        this.digests = List.copyOf(digests);
    }

    /**
     * The tokens of {@code file}.
     *
     * @throws IllegalArgumentException if the file cannot be read, holds no token, or a token is
     *     shorter than {@value #MIN_LENGTH} characters or holds a space (the message gives the line
     *     number, never the token)
     */
    public static BearerTokens read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the token file " + file + ": " + e.getMessage(), e);
        }
        List<byte[]> digests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String token = lines.get(i).strip();
            if (token.isEmpty() || token.startsWith("#")) {
                continue;
            }
            if (token.length() < MIN_LENGTH || token.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("the token file " + file + ", line " + (i + 1) + ": a token is at least "
                        + MIN_LENGTH + " characters without spaces");
            }
            digests.add(digest(token));
        }
        if (digests.isEmpty()) {
            throw new IllegalArgumentException("the token file " + file + " holds no token");
        }
        return new BearerTokens(digests);
    }

    /**
     * Whether {@code authorization} (the header's value) is {@code Bearer} and one of the tokens.
     *
     * @param authorization the {@code Authorization} header, or {@code null} if absent
     */
    public boolean accepts(@org.jspecify.annotations.Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] presented = digest(authorization.substring(7).strip());
        boolean accepted = false;
        for (byte[] digest : digests) {
            accepted |= MessageDigest.isEqual(digest, presented);
        }
        return accepted;
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
