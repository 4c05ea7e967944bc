package org.interagency.agreements.robustness.eager;

import org.interagency.agreements.rules.Citation;

import java.net.URI;

/**
 * The framework items the built-in criteria cite, with the wording read in the source (see
 * {@code docs/assessment.md} and the research behind it). Only items the research marked verified
 * [V] or restated [R] are here; nothing it marked unverified [U] is cited.
 */
final class Sources {

    private static final URI GAO_06_15_URL = URI.create("https://www.gao.gov/products/GAO-06-15");
    private static final URI GAO_14_220_URL = URI.create("https://www.gao.gov/products/gao-14-220");
    private static final URI GAO_23_URL = URI.create("https://www.gao.gov/products/gao-23-105520");
    private static final URI SAFECOM_URL =
            URI.create("https://www.cisa.gov/resources-tools/resources/interoperability-continuum");
    private static final URI PAT_URL = URI.create("http://bobhudsonconsulting.com/pat.aspx");
    private static final URI ICO_URL = URI.create(
            "https://ico.org.uk/for-organisations/data-sharing-a-code-of-practice/navigating-the-data-sharing-code/");
    private static final URI CAMPUS_URL = URI.create("https://campusmentalhealth.ca/toolkits/campus-community-partnerships/"
            + "steps-to-building-a-collaborative-partnership/step-4-determine-structure-of-the-collaborative-partnership/");

    private Sources() {
    }

    /** A practice of GAO-06-15 (2005), Highlights, [V]. */
    static Citation gao0615(int practice, String wording) {
        return new Citation("GAO-06-15", "practice " + practice + ": " + wording, GAO_06_15_URL);
    }

    /** GAO-06-15's cross-cutting factors, Highlights, [V]. */
    static Citation gao0615Factors() {
        return new Citation("GAO-06-15", "cross-cutting factors: \"leadership, trust, and organizational culture\"",
                GAO_06_15_URL);
    }

    /** A key question of GAO-12-1022 as its Highlights are quoted by a later source, [R]. */
    static Citation gao121022(String question) {
        return new Citation("GAO-12-1022", "key question (Highlights, as quoted): \"" + question + "\"", null);
    }

    /** A purpose of collaborative mechanisms in GAO-12-1022's Highlights, [V]. */
    static Citation gao121022Purpose(String purpose) {
        return new Citation("GAO-12-1022", "Highlights, purposes of mechanisms: \"" + purpose + "\"", null);
    }

    /** An implementation approach listed on GAO-14-220's product page, [V]. */
    static Citation gao14220(String approach) {
        return new Citation("GAO-14-220", "approach: \"" + approach + "\"", GAO_14_220_URL);
    }

    /** A leading practice of GAO-23-105520 by name, [V]. */
    static Citation gao23(int practice, String name) {
        return new Citation("GAO-23-105520", "leading practice " + practice + ": " + name, GAO_23_URL);
    }

    /** A lane stage or guiding principle of the SAFECOM Interoperability Continuum, [V]. */
    static Citation safecom(String item) {
        return new Citation("SAFECOM Interoperability Continuum", item, SAFECOM_URL);
    }

    /** A principle of the UK Partnership Assessment Tool (Hardy, Hudson and Waddington, 2003), [V]. */
    static Citation pat(int principle, String wording) {
        return new Citation("UK Partnership Assessment Tool", "principle " + principle + ": " + wording, PAT_URL);
    }

    /** An item of the ICO Data Sharing Code quick reference, [V]. */
    static Citation ico(String item) {
        return new Citation("ICO Data Sharing Code checklist", item, ICO_URL);
    }

    /** A question of the campus-community partnership checklist (Centre for Innovation in Campus Mental Health), [V]. */
    static Citation campus(String question) {
        return new Citation("Campus-community partnership checklist", "\"" + question + "\"", CAMPUS_URL);
    }
}
