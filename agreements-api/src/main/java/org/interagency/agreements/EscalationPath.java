package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How a disagreement between the parties is resolved: the ordered levels it climbs, lowest first,
 * and how it is finally settled if no level resolves it.
 *
 * @param id the stable id of the path
 * @param scopes the areas of work whose disputes the path handles; a path covers its scopes and
 *     everything below them
 * @param levels the levels in the order a dispute climbs them, lowest first
 * @param finalResolution how a dispute is settled after the last level; {@code null} if the
 *     agreement does not say
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record EscalationPath(
        @ElementId String id,
        @Size(max = 1000) List<ScopePath> scopes,
        @Size(max = 20) List<@Valid EscalationLevel> levels,
        @Nullable FinalResolution finalResolution) {

    /**
     * Checks that the required parts are present and copies the lists.
     *
     * @param id the stable id of the path
     * @param scopes the areas of work whose disputes the path handles; a path covers its scopes and
     *     everything below them
     * @param levels the levels in the order a dispute climbs them, lowest first
     * @param finalResolution how a dispute is settled after the last level; {@code null} if the
     *     agreement does not say
     */
    public EscalationPath {
        Objects.requireNonNull(id, "id");
        scopes = Lists.copy(scopes, "scopes");
        levels = Lists.copy(levels, "levels");
    }

    /**
     * {@return whether disputes about {@code scope} are handled by this path}
     *
     * @param scope the area of work a dispute is about
     */
    public boolean covers(ScopePath scope) {
        for (ScopePath handled : scopes) {
            if (handled.contains(scope)) {
                return true;
            }
        }
        return false;
    }
}
