package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.interagency.agreements.constraints.ElementId;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One version of one agreement, as a later version names it in its {@link Lineage}, or as an
 * order names the general terms and conditions it is placed under ({@link
 * Agreement#generalTerms()}): the agreement's id and the version (schema version 1.1).
 *
 * @param id the id of the agreement, as in its {@link Agreement#id()}
 * @param version the version, as in its {@link Lineage#version()}, for example {@code "1"}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record AgreementVersion(@ElementId String id, @NotBlank @Pattern(regexp = VERSION_PATTERN) String version) {

    /**
     * How a version is written: one to four whole numbers of at most nine digits, separated by
     * dots, without leading zeros ({@code "1"}, {@code "2.1"}, {@code "2026.3"}).
     */
    public static final String VERSION_PATTERN = "(0|[1-9][0-9]{0,8})(\\.(0|[1-9][0-9]{0,8})){0,3}";

    /**
     * Checks that both parts are present.
     *
     * @param id the id of the agreement, as in its {@link Agreement#id()}
     * @param version the version, as in its {@link Lineage#version()}, for example {@code "1"}
     */
    public AgreementVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    /** {@code id@version}, for example {@code harris-flood-mou-2026@1}. */
    @Override
    public String toString() {
        return id + "@" + version;
    }
}
