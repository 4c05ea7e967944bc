package org.interagency.agreements.report;

import org.apiguardian.api.API;
import org.interagency.agreements.json.AgreementReadException;
import org.interagency.agreements.json.DocumentLimitException;
import org.interagency.agreements.json.DocumentProblem;
import org.interagency.agreements.json.DocumentSourceException;
import org.interagency.agreements.json.SourcePosition;
import org.interagency.agreements.rules.JsonPointer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Why a document file could not be read, and where.
 *
 * @param message what is wrong and what would be right
 * @param position the line and column in the file; {@link SourcePosition#START} if unknown
 * @param pointer the JSON Pointer of the offending value; the root if unknown
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ReadProblem(String message, SourcePosition position, JsonPointer pointer) {

    /**
     * Checks that the parts are present.
     *
     * @param message what is wrong and what would be right
     * @param position the line and column in the file; {@link SourcePosition#START} if unknown
     * @param pointer the JSON Pointer of the offending value; the root if unknown
     */
    public ReadProblem {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(pointer, "pointer");
    }

    /**
     * {@return a problem of the whole file (it cannot be opened, say)}
     *
     * @param message what is wrong with the file
     */
    public static ReadProblem ofFile(String message) {
        return new ReadProblem(message, SourcePosition.START, JsonPointer.root());
    }

    /**
     * The problems of a read that failed, as every program that reports them (the command line,
     * the service) says them: see {@link #listOf(AgreementReadException, Function)}, with no
     * advice on raising a limit.
     *
     * @param e the reader's exception
     * @return its problems, at least one
     */
    public static List<ReadProblem> listOf(AgreementReadException e) {
        return listOf(e, limit -> Optional.empty());
    }

    /**
     * The problems of a read that failed, in the reader's order: a file that could not be read at
     * all as one problem of the file ({@code cannot read the file: no such file}); otherwise each
     * of the reader's problems with its line and column ({@link SourcePosition#START} where the
     * reader has none) and JSON Pointer; and a last problem saying so when the reader stopped
     * listing them. Never empty: a read with no listed problem is the exception's message.
     *
     * @param e the reader's exception
     * @param limitAdvice how the reader of the message raises a limit, by its name in
     *     {@link ConfigurationFile#LIMIT_NAMES}, added in parentheses to the message of a problem
     *     over that limit; empty to add nothing
     * @return its problems, at least one
     */
    public static List<ReadProblem> listOf(AgreementReadException e, Function<String, Optional<String>> limitAdvice) {
        if (e instanceof DocumentSourceException source) {
            return List.of(ofFile("cannot read the file: " + source.reason()));
        }
        Optional<String> advice = e instanceof DocumentLimitException limit
                ? limit.limit().flatMap(limitAdvice) : Optional.empty();
        List<ReadProblem> problems = new ArrayList<>();
        for (DocumentProblem problem : e.problems()) {
            SourcePosition position = problem.line() > 0 && problem.column() > 0
                    ? new SourcePosition(problem.line(), problem.column()) : SourcePosition.START;
            String message = advice.map(a -> problem.message() + " (" + a + ")").orElse(problem.message());
            problems.add(new ReadProblem(message, position, problem.pointer()));
        }
        if (problems.isEmpty()) {
            problems.add(ofFile(e.getMessage()));
        }
        if (e.problemsCut()) {
            problems.add(ofFile("more problems were found than are listed; fix these and check again"));
        }
        return problems;
    }
}
