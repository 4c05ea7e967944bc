package org.interagency.agreements;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The level of government a party belongs to, which decides what law governs it: a computer
 * matching agreement with a non-federal agency needs a Federal Register notice (5 U.S.C.
 * 552a(e)(12)), and the HIPAA rules let two governmental entities use a memorandum of
 * understanding (45 CFR 164.504(e)(3)(i)(A)). Added in schema version 1.1.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum GovernmentLevel {
    /** An agency of the national government, such as a U.S. federal agency. */
    FEDERAL,

    /** An agency of a state, commonwealth or territory. */
    STATE,

    /** An agency of a county, city, special district or other local government. */
    LOCAL,

    /** An agency of a tribal government. */
    TRIBAL,

    /** An agency of a foreign government or an international organisation. */
    FOREIGN,

    /** A party that is not a government: a non-governmental organisation such as the Red Cross, a contractor. */
    NON_GOVERNMENTAL
}
