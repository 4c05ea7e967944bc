package org.interagency.agreements.server.internal;

import org.apiguardian.api.API;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reads a request body within a size limit and a deadline. A declared {@code Content-Length}
 * over the limit is refused before a byte of the body is read; a body without one is read up to
 * one byte past the limit, then refused. The deadline is for the whole body, not per read: a
 * client that sends a byte a second keeps resetting an idle timeout, but not this one. (Each
 * read still waits at most the connector's idle timeout, so the deadline is exceeded by at most
 * that.)
 */
@API(status = INTERNAL, since = "0.1")
public final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * The body's bytes.
     *
     * @param in the body
     * @param declaredLength the {@code Content-Length}, or -1 if none was declared
     * @param limit the most bytes accepted
     * @param deadline how long the whole body may take to arrive
     * @return the body
     * @throws Problem.ProblemException with 413 if the body is larger than {@code limit}, 408 if
     *     it took longer than {@code deadline}, 400 if the connection broke
     */
    public static byte[] read(InputStream in, long declaredLength, long limit, Duration deadline) {
        if (declaredLength > limit) {
            throw tooLarge(limit);
        }
        long end = System.nanoTime() + deadline.toNanos();
        ByteArrayOutputStream body = new ByteArrayOutputStream(declaredLength > 0 ? (int) declaredLength : 8192);
        byte[] buffer = new byte[16_384];
        try {
            while (true) {
                int n = in.read(buffer);
                if (n < 0) {
                    return body.toByteArray();
                }
                body.write(buffer, 0, n);
                if (body.size() > limit) {
                    throw tooLarge(limit);
                }
                if (System.nanoTime() - end > 0) {
                    throw Problem.of(408, "slow-request", "Request body too slow",
                            "the request body did not arrive within " + deadline.toMillis() + " ms").toException();
                }
            }
        } catch (IOException e) {
            // The message may name the peer, not the document; a timeout of the connector lands here too.
            throw Problem.of(400, "broken-request", "Request body incomplete",
                    "the request body could not be read to its end").toException();
        }
    }

    private static Problem.ProblemException tooLarge(long limit) {
        return Problem.of(413, "too-large", "Document too large",
                "the request body is larger than the document limit of " + limit + " bytes").toException();
    }
}
