package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.interagency.agreements.internal.AgreementRecord;

import java.math.BigDecimal;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * How progress towards a goal is measured: a quantity, its unit, where it stands and where the
 * parties want it to be. For example "median evacuation notice lead time", in hours, from 6 to 24.
 *
 * @param name what is measured
 * @param unit the unit of the figures, for example {@code hours} or {@code percent}
 * @param baseline the value when the agreement was made; {@code null} if unknown
 * @param target the value the parties commit to reach
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record Measure(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 50) String unit,
        @Nullable BigDecimal baseline,
        BigDecimal target) {

    /**
     * Checks that the required parts are present.
     *
     * @param name what is measured
     * @param unit the unit of the figures, for example {@code hours} or {@code percent}
     * @param baseline the value when the agreement was made; {@code null} if unknown
     * @param target the value the parties commit to reach
     */
    public Measure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(target, "target");
    }
}
