package org.interagency.agreements.report.view;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.EscalationLevel;
import org.interagency.agreements.EscalationPath;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One escalation path as a ladder: the forums a dispute climbs, in order, each with the time it
 * has, and the final resolution at the top.
 *
 * @param pathId the path's id
 * @param pointer where the path is in the document, for example {@code /escalationPaths/0}
 * @param scopes the scopes the path covers; empty if it covers every scope
 * @param levels the levels, lowest first
 * @param finalResolution how a dispute ends when every level fails, as the document writes it
 *     ({@code mediation}, {@code arbitration}, ...); {@code null} if the path names none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EscalationLadder(
        String pathId, JsonPointer pointer, List<String> scopes, List<Level> levels, @Nullable String finalResolution) {

    /**
     * Copies the lists.
     *
     * @param pathId the path's id
     * @param pointer where the path is in the document, for example {@code /escalationPaths/0}
     * @param scopes the scopes the path covers; empty if it covers every scope
     * @param levels the levels, lowest first
     * @param finalResolution how a dispute ends when every level fails, as the document writes it
     *     ({@code mediation}, {@code arbitration}, ...); {@code null} if the path names none
     */
    public EscalationLadder {
        Objects.requireNonNull(pathId, "pathId");
        Objects.requireNonNull(pointer, "pointer");
        scopes = List.copyOf(scopes);
        levels = List.copyOf(levels);
    }

    /**
     * One rung of the ladder.
     *
     * @param forum who takes up the dispute
     * @param responseTime how long it has, as an ISO-8601 duration ({@code PT72H}); {@code null}
     *     if the agreement sets no limit
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Level(String forum, @Nullable String responseTime) {

        /**
         * Checks that the forum is present.
         *
         * @param forum who takes up the dispute
         * @param responseTime how long it has, as an ISO-8601 duration ({@code PT72H}); {@code
         *     null} if the agreement sets no limit
         */
        public Level {
            Objects.requireNonNull(forum, "forum");
        }
    }

    /**
     * The ladders of {@code agreement}, one per escalation path, in the document's order.
     *
     * @param agreement the agreement
     * @return its escalation ladders
     */
    public static List<EscalationLadder> of(Agreement agreement) {
        List<EscalationLadder> ladders = new ArrayList<>();
        List<EscalationPath> paths = agreement.escalationPaths();
        for (int i = 0; i < paths.size(); i++) {
            EscalationPath path = paths.get(i);
            List<Level> levels = new ArrayList<>();
            for (EscalationLevel level : path.levels()) {
                levels.add(new Level(level.forum(), level.responseTime() == null ? null : level.responseTime().toString()));
            }
            ladders.add(new EscalationLadder(path.id(), JsonPointer.of("escalationPaths", i),
                    path.scopes().stream().map(ScopePath::toString).toList(), levels,
                    path.finalResolution() == null ? null : Labels.enumName(path.finalResolution())));
        }
        return ladders;
    }

    /**
     * The path's id and the scopes it covers, for example {@code p1 (emergency/flood)} or
     * {@code p1 (all scopes)}.
     *
     * @return the ladder's heading
     */
    public String heading() {
        return pathId + (scopes.isEmpty() ? " (all scopes)" : " (" + scopes.stream().collect(Collectors.joining(", ")) + ")");
    }
}
