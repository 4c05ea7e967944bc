package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import org.interagency.agreements.internal.AgreementRecord;

import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A body of data a protocol shares, with how sensitive it is.
 *
 * @param id the stable id of the data set
 * @param name what the data set is, for example {@code Shelter occupancy by site}
 * @param classification how sensitive the data is
 * @param personalData whether the data identifies or can identify individuals (personally
 *     identifiable information, protected health information)
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record DataSet(
        @ElementId String id,
        @NotBlank @Size(max = 300) String name,
        Classification classification,
        boolean personalData) {

    /** Checks that the required parts are present. */
    public DataSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(classification, "classification");
    }

    /** Whether the data needs protection: it is personal, or its classification is sensitive. */
    public boolean needsProtection() {
        return personalData || classification.isSensitive();
    }
}
