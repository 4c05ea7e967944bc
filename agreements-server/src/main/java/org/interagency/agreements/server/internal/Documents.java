package org.interagency.agreements.server.internal;

import org.apiguardian.api.API;
import org.interagency.agreements.json.AgreementJson;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentSource;
import org.interagency.agreements.json.DocumentSyntax;
import org.interagency.agreements.json.ReadResult;
import org.interagency.agreements.report.ReadProblem;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Locale;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Reading a document the service was sent: its syntax from the media type, and the one read path
 * of agreements-json, whose problems become a 400 problem with each problem's line, column and
 * JSON Pointer.
 */
@API(status = INTERNAL, since = "0.1")
public final class Documents {

    private Documents() {
    }

    /**
     * The syntax of a body of media type {@code contentType}: JSON for {@code application/json},
     * YAML for {@code application/yaml}, {@code application/x-yaml} and {@code text/yaml}; with
     * no charset or {@code charset=utf-8}.
     *
     * @throws Problem.ProblemException with 415 for any other media type, or none
     */
    public static DocumentSyntax syntax(@Nullable String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw unsupported("the request has no Content-Type");
        }
        String[] parts = contentType.split(";");
        String type = parts[0].strip().toLowerCase(Locale.ROOT);
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace("\"", "");
            if (parameter.startsWith("charset=") && !parameter.equals("charset=utf-8")) {
                throw unsupported("documents are UTF-8");
            }
        }
        return switch (type) {
            case "application/json" -> DocumentSyntax.JSON;
            case "application/yaml", "application/x-yaml", "text/yaml" -> DocumentSyntax.YAML;
            default -> throw unsupported("the media type is not application/json or application/yaml");
        };
    }

    /** The syntax a document's name implies, or {@code fallback}. */
    public static DocumentSyntax syntaxOfName(@Nullable String name, DocumentSyntax fallback) {
        if (name == null) {
            return fallback;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml") ? DocumentSyntax.YAML
                : lower.endsWith(".json") ? DocumentSyntax.JSON : fallback;
    }

    /**
     * Reads one agreement.
     *
     * @throws Problem.ProblemException with 400 and the document's problems if it is not an agreement
     */
    public static ReadResult read(AgreementJson reader, byte[] body, String name, DocumentSyntax syntax) {
        try {
            return reader.read(DocumentSource.of(body, name, syntax));
        } catch (AgreementReadException e) {
            // The command line's problems, from the same code; a limit is the service's own, which
            // the caller cannot raise, so no advice on raising it.
            List<ReadProblem> problems = ReadProblem.listOf(e);
            throw new Problem(400, "malformed-document", "Malformed document",
                    "the document " + name + " is not a valid agreement: " + problems.size() + " problem(s)",
                    problems).toException();
        }
    }

    private static Problem.ProblemException unsupported(String why) {
        return Problem.of(415, "unsupported-media-type", "Unsupported media type",
                why + "; send application/json or application/yaml (UTF-8)").toException();
    }
}
