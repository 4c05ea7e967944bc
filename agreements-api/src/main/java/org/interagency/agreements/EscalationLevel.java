package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.constraints.PositiveDuration;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * One rung of an escalation ladder: who takes up a dispute at this level, and how long they have
 * before it climbs to the next.
 *
 * @param forum who takes up the dispute, for example {@code Program managers}
 * @param governanceBodyId the governance body that is the forum, if it is one; {@code null}
 *     otherwise
 * @param responseTime how long the forum has to resolve the dispute; {@code null} if the
 *     agreement sets no limit
 */
@API(status = STABLE, since = "0.1")
public record EscalationLevel(
        @NotBlank @Size(max = 300) String forum,
        @Nullable @ElementId String governanceBodyId,
        @PositiveDuration @Nullable Duration responseTime) {

    /**
     * Checks that the forum is present.
     *
     * @param forum who takes up the dispute, for example {@code Program managers}
     * @param governanceBodyId the governance body that is the forum, if it is one; {@code null}
     *     otherwise
     * @param responseTime how long the forum has to resolve the dispute; {@code null} if the
     *     agreement sets no limit
     */
    public EscalationLevel {
        Objects.requireNonNull(forum, "forum");
    }
}
