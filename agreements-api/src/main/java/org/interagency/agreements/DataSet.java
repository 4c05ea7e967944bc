package org.interagency.agreements;

import org.apiguardian.api.API;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.interagency.agreements.constraints.ElementId;
import jakarta.validation.constraints.PositiveOrZero;
import org.interagency.agreements.internal.AgreementRecord;
import org.interagency.agreements.internal.Lists;
import org.jspecify.annotations.Nullable;

import java.util.List;
import java.util.Objects;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A body of data a protocol shares, with how sensitive it is and, from schema version 1.1, what
 * the law asks an agreement to say about it: the data elements, how many records, whose data,
 * special categories, where it comes from, how accurate it is, and the system of records it is
 * kept in.
 *
 * @param id the stable id of the data set
 * @param name what the data set is, for example {@code Shelter occupancy by site}
 * @param classification how sensitive the data is
 * @param personalData whether the data identifies or can identify individuals (personally
 *     identifiable information, protected health information); true whenever
 *     {@code specialCategories} is not empty
 * @param dataElements the data elements used, for example {@code SSN}, {@code date of birth},
 *     {@code monthly benefit amount} (5 U.S.C. 552a(o)(1)(C)) (schema 1.1)
 * @param approximateRecords about how many records are shared or matched; {@code null} if not
 *     stated (schema 1.1)
 * @param dataSubjectCategories whose data it is, for example {@code SNAP applicants} (GDPR Art.
 *     28(3)) (schema 1.1)
 * @param specialCategories the kinds of specially protected data it holds: health, a limited
 *     data set, criminal records, children's data, … (schema 1.1)
 * @param origin whether the provider gives the records or the recipients create them;
 *     {@code null} if not stated, which means provided, as in schema version 1.0 (see
 *     {@link #isCreatedByRecipient()}) (schema 1.1)
 * @param accuracyAssessment what is known of the records' accuracy and how it was assessed (5
 *     U.S.C. 552a(o)(1)(J)); {@code null} if not stated (schema 1.1)
 * @param systemOfRecords the system-of-records notice the records are kept under, for example
 *     {@code SSA 60-0058, Master Files of SSN Holders}; {@code null} if none is cited (schema 1.1)
 */
@API(status = STABLE, since = "0.1")
@AgreementRecord
public record DataSet(
        @ElementId String id,
        @NotBlank @Size(max = 300) String name,
        Classification classification,
        boolean personalData,
        @Size(max = 1000) List<@NotBlank @Size(max = 300) String> dataElements,
        @PositiveOrZero @Nullable Long approximateRecords,
        @Size(max = 100) List<@NotBlank @Size(max = 300) String> dataSubjectCategories,
        @Size(max = 16) List<SpecialCategory> specialCategories,
        @Nullable DataOrigin origin,
        @Nullable @Size(min = 1, max = 10_000) String accuracyAssessment,
        @Nullable @Size(min = 1, max = 300) String systemOfRecords) {

    /**
     * Checks that the required parts are present, copies the lists, and that special categories
     * are only claimed for personal data.
     *
     * @param id the stable id of the data set
     * @param name what the data set is, for example {@code Shelter occupancy by site}
     * @param classification how sensitive the data is
     * @param personalData whether the data identifies or can identify individuals (personally
     *     identifiable information, protected health information); true whenever {@code
     *     specialCategories} is not empty
     * @param dataElements the data elements used, for example {@code SSN}, {@code date of birth},
     *     {@code monthly benefit amount} (5 U.S.C. 552a(o)(1)(C)) (schema 1.1)
     * @param approximateRecords about how many records are shared or matched; {@code null} if not
     *     stated (schema 1.1)
     * @param dataSubjectCategories whose data it is, for example {@code SNAP applicants} (GDPR Art.
     *     28(3)) (schema 1.1)
     * @param specialCategories the kinds of specially protected data it holds: health, a limited
     *     data set, criminal records, children's data, … (schema 1.1)
     * @param origin whether the provider gives the records or the recipients create them; {@code
     *     null} if not stated, which means provided, as in schema version 1.0 (see {@link
     *     #isCreatedByRecipient()}) (schema 1.1)
     * @param accuracyAssessment what is known of the records' accuracy and how it was assessed (5
     *     U.S.C. 552a(o)(1)(J)); {@code null} if not stated (schema 1.1)
     * @param systemOfRecords the system-of-records notice the records are kept under, for example
     *     {@code SSA 60-0058, Master Files of SSN Holders}; {@code null} if none is cited (schema 1.1)
     * @throws IllegalArgumentException if {@code specialCategories} is not empty and
     *     {@code personalData} is false
     */
    public DataSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(classification, "classification");
        dataElements = Lists.copy(dataElements, "dataElements");
        dataSubjectCategories = Lists.copy(dataSubjectCategories, "dataSubjectCategories");
        specialCategories = Lists.copy(specialCategories, "specialCategories");
        if (!specialCategories.isEmpty() && !personalData) {
            throw new IllegalArgumentException("a data set with special categories of personal data is personal data:"
                    + " set personalData to true, or remove specialCategories");
        }
    }

    /**
     * A data set with the fields of schema version 1.0 only.
     *
     * @param id the stable id of the data set
     * @param name what the data set is, for example {@code Shelter occupancy by site}
     * @param classification how sensitive the data is
     * @param personalData whether the data identifies or can identify individuals (personally
     *     identifiable information, protected health information); true whenever {@code
     *     specialCategories} is not empty
     */
    public DataSet(String id, String name, Classification classification, boolean personalData) {
        this(id, name, classification, personalData, List.of(), null, List.of(), List.of(), null, null, null);
    }

    /**
     * {@return whether the recipients create these records (match results, say) rather than receive
     * them}
     */
    public boolean isCreatedByRecipient() {
        return origin == DataOrigin.CREATED_BY_RECIPIENT;
    }

    /**
     * {@return whether the data set holds data of the special {@code category}}
     *
     * @param category a special category of data
     */
    public boolean isIn(SpecialCategory category) {
        return specialCategories.contains(category);
    }

    /**
     * {@return whether the data needs protection: it is personal, or its classification is
     * sensitive}
     */
    public boolean needsProtection() {
        return personalData || classification.isSensitive();
    }
}
