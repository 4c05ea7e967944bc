package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A body in which the parties plan and decide together, such as an executive steering committee
 * or a joint operations working group.
 *
 * @param id the stable id of the body; escalation levels refer to it
 * @param name the body's name
 * @param members the ids of the member parties
 * @param chairAgencyId the party that chairs the body; it should be a member
 * @param decisionRule how the body decides
 * @param quorum how many members must be present for a decision, at least one
 * @param jointDecisions the matters on which the parties decide only together in this body, for
 *     example {@code activation of the joint operations centre}
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record GovernanceBody(
        @ElementId String id,
        @NotBlank @Size(max = 300) String name,
        @Size(max = 1000) List<@ElementId String> members,
        @ElementId String chairAgencyId,
        @Valid DecisionRule decisionRule,
        @Positive int quorum,
        @Size(max = 200) List<@NotBlank @Size(max = 500) String> jointDecisions) {

    /**
     * Checks that the required parts are present and copies the lists.
     *
     * @param id the stable id of the body; escalation levels refer to it
     * @param name the body's name
     * @param members the ids of the member parties
     * @param chairAgencyId the party that chairs the body; it should be a member
     * @param decisionRule how the body decides
     * @param quorum how many members must be present for a decision, at least one
     * @param jointDecisions the matters on which the parties decide only together in this body, for
     *     example {@code activation of the joint operations centre}
     */
    public GovernanceBody {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(chairAgencyId, "chairAgencyId");
        Objects.requireNonNull(decisionRule, "decisionRule");
        members = Lists.copy(members, "members");
        jointDecisions = Lists.copy(jointDecisions, "jointDecisions");
    }
}
