package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Everything random about one generated agreement; {@link Assembler#assemble(AgreementSeed)}
 * turns it into the agreement. Each list has one entry per element of the matching section, so
 * shrinking a list removes elements from the agreement.
 *
 * @param agreement kind, status, term and title
 * @param authorities one per legal authority
 * @param parties one per party
 * @param goals one per goal (with its milestones)
 * @param responsibilities one per responsibility, with its extra assignments
 * @param channels one per communication channel
 * @param trustMeasures one per trust-building measure
 * @param governanceBodies one per governance body
 * @param protocols one per data-sharing protocol (each gets its own training programme)
 * @param trainings one per training programme not tied to a protocol
 * @param escalationPaths one per escalation path
 * @param reviews one per review
 * @param resources one per resource commitment
 * @param amendments one per amendment
 */
@API(status = INTERNAL, since = "0.1")
public record AgreementSeed(
        Genes agreement,
        List<Genes> authorities,
        List<Genes> parties,
        List<Genes> goals,
        List<ResponsibilitySeed> responsibilities,
        List<Genes> channels,
        List<Genes> trustMeasures,
        List<Genes> governanceBodies,
        List<Genes> protocols,
        List<Genes> trainings,
        List<Genes> escalationPaths,
        List<Genes> reviews,
        List<Genes> resources,
        List<Genes> amendments) {

    /** Copies the lists. */
    public AgreementSeed {
        Objects.requireNonNull(agreement, "agreement");
        authorities = List.copyOf(authorities);
        parties = List.copyOf(parties);
        goals = List.copyOf(goals);
        responsibilities = List.copyOf(responsibilities);
        channels = List.copyOf(channels);
        trustMeasures = List.copyOf(trustMeasures);
        governanceBodies = List.copyOf(governanceBodies);
        protocols = List.copyOf(protocols);
        trainings = List.copyOf(trainings);
        escalationPaths = List.copyOf(escalationPaths);
        reviews = List.copyOf(reviews);
        resources = List.copyOf(resources);
        amendments = List.copyOf(amendments);
    }

    /**
     * The random choices behind one responsibility.
     *
     * @param genes scope, accountable and responsible agencies, description
     * @param extraAssignments one per consulted or informed assignment
     */
    @API(status = INTERNAL, since = "0.1")
    public record ResponsibilitySeed(Genes genes, List<Genes> extraAssignments) {

        /** Copies the list. */
        public ResponsibilitySeed {
            Objects.requireNonNull(genes, "genes");
            extraAssignments = List.copyOf(extraAssignments);
        }
    }
}
