package org.interagency.agreements.server.internal;

import org.apiguardian.api.API;
import org.interagency.agreements.report.ReadProblem;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * An RFC 9457 problem details object, as the service answers every error: {@code type} (a link
 * to the section of docs/server.md that explains it), {@code title}, {@code status},
 * {@code detail}, and for a document that cannot be read its {@code problems}, each with its
 * message, line, column and JSON Pointer. Never a stack trace.
 *
 * @param status the HTTP status
 * @param slug the last part of the type, such as {@code malformed-document}
 * @param title the short, fixed summary of the kind of problem
 * @param detail what went wrong this time, for a person
 * @param problems the document problems, for a document that cannot be read
 */
@API(status = INTERNAL, since = "0.1")
public record Problem(int status, String slug, String title, String detail, List<ReadProblem> problems) {

    /** Where the kinds of problem are explained. */
    public static final String TYPE_BASE =
            "https://github.com/interagency-agreements/agreements/blob/main/docs/server.md#problem-";

    /** The media type of a problem. */
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** Checks the parts and copies the list. */
    public Problem {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        problems = List.copyOf(problems);
    }

    /** A problem without document problems. */
    public static Problem of(int status, String slug, String title, String detail) {
        return new Problem(status, slug, title, detail, List.of());
    }

    /** The problem as an exception, to end a request with it. */
    public ProblemException toException() {
        return new ProblemException(this);
    }

    /** The problem as its JSON object. */
    public String json() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("type", TYPE_BASE + slug);
        node.put("title", title);
        node.put("status", status);
        node.put("detail", detail);
        if (!problems.isEmpty()) {
            ArrayNode list = node.putArray("problems");
            for (ReadProblem problem : problems) {
                list.addObject()
                        .put("message", problem.message())
                        .put("line", problem.position().line())
                        .put("column", problem.position().column())
                        .put("pointer", problem.pointer().toString());
            }
        }
        return MAPPER.writeValueAsString(node);
    }

    /** A request ended by a problem. */
    public static final class ProblemException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        /** The problem; records are serializable when their components are, lists of ReadProblem are not. */
        private final transient Problem problem;

        ProblemException(Problem problem) {
            super(problem.title(), null, false, false);
            this.problem = problem;
        }

        /** The problem to answer with. */
        public Problem problem() {
            return problem;
        }
    }
}
