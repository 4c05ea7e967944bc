package org.interagency.agreements.assessment;

import org.apiguardian.api.API;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One criterion of the rubric: what an agreement must document for one principle to reach one
 * level.
 *
 * @param id the stable id, {@code assess.p<principle>.l<level>.<name>}: {@code assess.p3.l3.reaches-all}
 * @param principle the principle the criterion assesses; never {@link Principle#FOUNDATIONS}
 * @param level the level the criterion belongs to, {@link DocumentedLevel#STATED} or higher
 * @param statement what the agreement documents when the criterion is met, in one sentence
 * @param check how the criterion is decided from the document and the findings, in one line
 *     (the rule ids it rests on, the fields it reads)
 * @param remedy what to add or fix to meet it, as an instruction: "add a review with lessons learned"
 * @param citations the framework items the criterion comes from; empty exactly when the source is
 *     {@link SourceStatus#UNVERIFIED}
 * @param source how well the citations were checked
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Criterion(String id, Principle principle, DocumentedLevel level, String statement, String check,
        String remedy, List<Citation> citations, SourceStatus source) {

    private static final Pattern ID = Pattern.compile("assess\\.p(10|[1-9])\\.l([1-4])\\.[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Checks the parts and copies the citations.
     *
     * @param id the stable id, {@code assess.p<principle>.l<level>.<name>}: {@code
     *     assess.p3.l3.reaches-all}
     * @param principle the principle the criterion assesses; never {@link Principle#FOUNDATIONS}
     * @param level the level the criterion belongs to, {@link DocumentedLevel#STATED} or higher
     * @param statement what the agreement documents when the criterion is met, in one sentence
     * @param check how the criterion is decided from the document and the findings, in one line
     *     (the rule ids it rests on, the fields it reads)
     * @param remedy what to add or fix to meet it, as an instruction: "add a review with lessons
     *     learned"
     * @param citations the framework items the criterion comes from; empty exactly when the source
     *     is {@link SourceStatus#UNVERIFIED}
     * @param source how well the citations were checked
     * @throws IllegalArgumentException if the id is not of the form above or names another
     *     principle or level, if the level is {@link DocumentedLevel#ABSENT} or the principle
     *     {@link Principle#FOUNDATIONS}, or if the citations are empty for a verified or restated
     *     source or present for an unverified one
     */
    public Criterion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(principle, "principle");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(remedy, "remedy");
        Objects.requireNonNull(source, "source");
        citations = List.copyOf(citations);
        var matcher = ID.matcher(id);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != principle.number()
                || Integer.parseInt(matcher.group(2)) != level.number()) {
            throw new IllegalArgumentException("criterion id " + Messages.quote(id) + " is not assess.p"
                    + principle.number() + ".l" + level.number() + ".<name>");
        }
        if (citations.isEmpty() != (source == SourceStatus.UNVERIFIED)) {
            throw new IllegalArgumentException("criterion " + id + ": a " + source
                    + " source has " + (citations.isEmpty() ? "no" : "") + " citations");
        }
    }
}
