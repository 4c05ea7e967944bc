package org.interagency.agreements.testkit.internal;

import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The words generated agreements are made of: agencies, scopes, jurisdictions, goals and so on,
 * taken from flood-response and data-sharing agreements between US agencies. The first entry of
 * each list is the plainest; shrinking moves towards it.
 *
 * <p>No entry starts with {@value #INJECTED_PREFIX}: defect generators use that prefix for ids
 * that must not resolve or must not collide.
 */
@API(status = INTERNAL, since = "0.1")
public final class Vocabulary {

    /** The prefix of ids that defect generators add; never produced for a valid agreement. */
    public static final String INJECTED_PREFIX = "injected-";

    /** An agency: its id, its official name and the jurisdiction it serves. */
    @API(status = INTERNAL, since = "0.1")
    public record Agency(String id, String name, String jurisdiction) {
    }

    /** A way to measure progress towards a goal. */
    @API(status = INTERNAL, since = "0.1")
    public record MeasureWords(String name, String unit, int baseline, int target) {
    }

    /** A data set that agencies share. */
    @API(status = INTERNAL, since = "0.1")
    public record DataSetWords(String id, String name, boolean personal, boolean sensitive) {
    }

    /** A statute or order an agreement rests on. */
    @API(status = INTERNAL, since = "0.1")
    public record AuthorityWords(String id, String citation, String title) {
    }

    /** Agencies, the first two at different levels of government. */
    public static final List<Agency> AGENCIES = List.of(
            new Agency("county-oem", "County Office of Emergency Management", "us/tx/harris-county"),
            new Agency("state-dot", "State Department of Transportation", "us/tx"),
            new Agency("fema-region-6", "FEMA Region 6", "us"),
            new Agency("city-police", "City Police Department", "us/tx/harris-county/houston"),
            new Agency("state-health", "State Department of Health Services", "us/tx"),
            new Agency("fort-bend-oem", "Fort Bend County Office of Emergency Management", "us/tx/fort-bend-county"),
            new Agency("usace-galveston", "U.S. Army Corps of Engineers, Galveston District", "us"),
            new Agency("nws-houston", "National Weather Service, Houston/Galveston", "us"),
            new Agency("county-health", "County Public Health", "us/tx/harris-county"),
            new Agency("flood-control", "Flood Control District", "us/tx/harris-county"),
            new Agency("ssa", "Social Security Administration", "us"),
            new Agency("state-hhsc", "State Health and Human Services Commission", "us/tx"),
            new Agency("galveston-oem", "Galveston County Office of Emergency Management", "us/tx/galveston-county"),
            new Agency("city-fire", "City Fire Department", "us/tx/harris-county/houston"),
            new Agency("school-district", "Independent School District", "us/tx/harris-county/houston"),
            new Agency("state-guard", "State Guard", "us/tx"));

    /** Jurisdictions for assignments, nested: a county inside a state inside a country. */
    public static final List<String> JURISDICTIONS = List.of(
            "us/tx/harris-county",
            "us/tx",
            "us/tx/harris-county/houston",
            "us/tx/fort-bend-county",
            "us/tx/galveston-county",
            "us/tx/harris-county/pasadena",
            "us/tx/fort-bend-county/sugar-land",
            "us");

    /** Pairs of neighbouring jurisdictions, which do not overlap. */
    public static final List<List<String>> NEIGHBOURS = List.of(
            List.of("us/tx/harris-county", "us/tx/fort-bend-county"),
            List.of("us/tx/harris-county/houston", "us/tx/harris-county/pasadena"),
            List.of("us/tx/fort-bend-county", "us/tx/galveston-county"));

    /**
     * Scopes of responsibilities: leaves of one tree of work, none inside another, so that
     * different agencies can be accountable for each without overlapping.
     */
    public static final List<String> SCOPES = List.of(
            "emergency/flood/evacuation",
            "emergency/flood/shelter-operations",
            "emergency/flood/warning",
            "emergency/flood/debris-removal",
            "emergency/wildfire/evacuation",
            "emergency/wildfire/air-operations",
            "emergency/hurricane/evacuation",
            "emergency/hurricane/fuel-supply",
            "public-health/vaccination",
            "public-health/disease-surveillance",
            "public-health/medical-surge",
            "transportation/road-closures",
            "transportation/traffic-signals",
            "transportation/bridge-inspection",
            "data/records-matching",
            "data/eligibility-verification",
            "communications/public-information",
            "communications/emergency-alerts");

    /** What a responsibility asks, by the last segment of its scope. */
    public static final List<String> DUTIES = List.of(
            "Plan and carry out the work of %s across the parties.",
            "Coordinate %s with every party and report progress monthly.",
            "Staff and equip %s during activations.");

    /** Names of points of contact. */
    public static final List<String> PEOPLE = List.of(
            "Ana Ruiz", "Ben Okafor", "Chen Wei", "Dana Brooks", "Eli Haddad", "Fay Nguyen", "Gus Patel", "Hana Kim");

    /** Goals a set of agencies pursues together. */
    public static final List<String> GOAL_STATEMENTS = List.of(
            "Evacuate every resident of a flood zone before the water arrives.",
            "Open shelters within six hours of an evacuation order.",
            "Verify benefit eligibility without asking residents for the same papers twice.",
            "Warn every household of a flash flood within fifteen minutes.");

    /** Measures of progress towards goals. */
    public static final List<MeasureWords> MEASURES = List.of(
            new MeasureWords("Median evacuation time", "hours", 12, 6),
            new MeasureWords("Shelters opened on time", "percent", 60, 95),
            new MeasureWords("Duplicate document requests", "requests per month", 400, 50),
            new MeasureWords("Households warned within 15 minutes", "percent", 70, 98));

    /** Statutes and orders. */
    public static final List<AuthorityWords> AUTHORITIES = List.of(
            new AuthorityWords("stafford-act", "42 U.S.C. 5121 et seq.",
                    "Robert T. Stafford Disaster Relief and Emergency Assistance Act"),
            new AuthorityWords("privacy-act", "5 U.S.C. 552a", "Privacy Act of 1974"),
            new AuthorityWords("economy-act", "31 U.S.C. 1535", "Economy Act"),
            new AuthorityWords("state-disaster-act", "Tex. Gov't Code ch. 418", "Texas Disaster Act of 1975"));

    /** Data sets. */
    public static final List<DataSetWords> DATA_SETS = List.of(
            new DataSetWords("shelter-roster", "Shelter occupancy roster", true, false),
            new DataSetWords("road-status", "Road closure status feed", false, false),
            new DataSetWords("benefit-records", "Benefit eligibility records", true, true),
            new DataSetWords("levee-inspections", "Levee inspection reports", false, true));

    /** Purposes of sharing data. */
    public static final List<String> PURPOSES = List.of(
            "Locate and reunite evacuated residents.",
            "Route evacuation traffic around closed roads.",
            "Verify eligibility for disaster assistance.");

    /** Names of communication channels. */
    public static final List<String> CHANNELS = List.of(
            "Weekly coordination call", "Shared situational awareness platform", "Monthly status report",
            "Duty officer hotline");

    /** Trust-building measures. */
    public static final List<String> TRUST_MEASURES = List.of(
            "Annual joint flood exercise", "Liaison officer exchange during hurricane season",
            "Quarterly after-hours forum for field staff");

    /** Names of governance bodies. */
    public static final List<String> BODIES = List.of(
            "Joint Steering Committee", "Operations Working Group", "Data Governance Board");

    /** Decisions a governance body takes jointly. */
    public static final List<String> JOINT_DECISIONS = List.of(
            "Activate the joint operations centre", "Approve the annual work plan", "Admit a new party");

    /** Escalation forums below the governance bodies, by level. */
    public static final List<String> FORUMS = List.of(
            "Liaison officers", "Division directors", "Agency heads");

    /** Titles of training programmes. */
    public static final List<String> TRAINING = List.of(
            "Incident Command System for partner agencies", "Shelter operations orientation",
            "Records handling and privacy");

    /** What went well in a review. */
    public static final List<String> SUCCESSES = List.of(
            "All shelters opened within four hours during the spring floods.",
            "Road closure data reached dispatchers in real time.");

    /** What a review learned. */
    public static final List<String> LESSONS = List.of(
            "Contact lists were out of date; refresh them every quarter.",
            "Evacuation orders need Spanish and Vietnamese versions ready in advance.");

    /** Summaries of amendments. */
    public static final List<String> AMENDMENTS = List.of(
            "Adds shelter operations to the scope of the agreement.",
            "Extends the data-sharing protocol to road status data.");

    /** Executives who sponsor an agreement. */
    public static final List<String> EXECUTIVE_TITLES = List.of(
            "Director", "Deputy Commissioner", "Chief of Staff", "Regional Administrator");

    private Vocabulary() {
    }

    /** The entry of {@code list} that {@code choice} picks, wrapping around. */
    public static <T> T pick(List<T> list, int choice) {
        return list.get(Math.floorMod(choice, list.size()));
    }
}
