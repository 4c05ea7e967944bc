package org.interagency.agreements;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.Hierarchy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * The territory an agency serves or an assignment applies to, as a hierarchical code from the
 * widest area to the narrowest: {@code us}, {@code us/tx}, {@code us/tx/harris-county}.
 *
 * <p>A jurisdiction <em>contains</em> itself and every jurisdiction below it; two jurisdictions
 * <em>overlap</em> when one contains the other. Neighbouring jurisdictions
 * ({@code us/tx/harris-county} and {@code us/tx/fort-bend-county}) do not overlap.
 *
 * <p>Syntax: as for {@link ScopePath}: lower-case segments of letters, digits and single hyphens
 * joined by {@code '/'}. The library does not prescribe a code list; agencies commonly use
 * country, state and county or city names or codes.
 *
 * <p><b>ISO 3166 codes.</b> A country code of ISO 3166-1 alpha-2 ({@code GB}, {@code US}) or a
 * subdivision code of ISO 3166-2 ({@code US-TX}, {@code GB-ENG}) is accepted as written, in
 * upper case, and maps to the hierarchical code of the same place: the country code in lower
 * case is the first segment, the subdivision part the second ({@code US-TX} is {@code us/tx},
 * {@code GB-ENG} is {@code gb/eng}). {@code UK}, which ISO 3166-1 reserves for the United
 * Kingdom at its request, maps to {@code gb}, the code ISO assigns. The mapping is syntactic: the
 * library keeps no list of assigned codes, so any two upper-case letters map. The written form
 * ({@link #toString()}) is always the hierarchical one, so a document that says {@code US-TX} is
 * written back as {@code us/tx}, the same jurisdiction; the legal rule packs decide where an agency
 * is from these codes ({@code gb} for the UK, {@code us/tx} for Texas).
 *
 * @param segments the segments from the widest area, never empty
 */
@API(status = STABLE, since = "0.1")
public record Jurisdiction(List<String> segments) implements Comparable<Jurisdiction> {

    private static final String WHAT = "jurisdiction";
    /** An ISO 3166-1 alpha-2 country code, optionally with an ISO 3166-2 subdivision part of one to three letters or digits. */
    private static final Pattern ISO_3166 = Pattern.compile("([A-Z]{2})(?:-([A-Z0-9]{1,3}))?");
    private static final String EXAMPLE = "us/tx/harris-county";

    /**
     * Checks and copies the segments.
     *
     * @param segments the segments from the widest area, never empty
     * @throws IllegalArgumentException if a segment is not valid or there are none
     */
    public Jurisdiction {
        segments = Hierarchy.check(segments, WHAT, EXAMPLE);
    }

    /**
     * Reads a jurisdiction written as segments joined by {@code '/'}.
     *
     * @param text the jurisdiction as written, for example {@code us/tx}
     * @return the jurisdiction
     * @throws IllegalArgumentException if {@code text} is not a valid code; the message says why
     */
    public static Jurisdiction parse(String text) {
        Optional<Jurisdiction> iso = fromIso3166(text);
        return iso.isPresent() ? iso.get() : new Jurisdiction(Hierarchy.parse(text, WHAT, EXAMPLE));
    }

    /**
     * The jurisdiction an ISO 3166-1 alpha-2 or ISO 3166-2 code names ({@code US-TX} is
     * {@code us/tx}; {@code UK} is {@code gb}), or empty if {@code code} is not written as one:
     * two upper-case letters, optionally followed by {@code '-'} and one to three upper-case
     * letters or digits.
     *
     * @param code an ISO 3166 code, for example {@code US-TX}
     * @return the jurisdiction it names, if it is written as one
     */
    public static Optional<Jurisdiction> fromIso3166(String code) {
        Matcher iso = ISO_3166.matcher(code);
        if (!iso.matches()) {
            return Optional.empty();
        }
        String country = iso.group(1).equals("UK") ? "gb" : iso.group(1).toLowerCase(Locale.ROOT);
        String subdivision = iso.group(2);
        return Optional.of(subdivision == null ? of(country) : of(country, subdivision.toLowerCase(Locale.ROOT)));
    }

    /**
     * {@return whether this jurisdiction is {@code country} or lies inside it}
     *
     * @param country a lower-case ISO 3166-1 code such as {@code gb}
     */
    public boolean isIn(String country) {
        return segments.get(0).equals(country);
    }

    /**
     * {@return a jurisdiction from its segments, widest first: {@code Jurisdiction.of("us", "tx")}}
     *
     * @param segments the segments, widest first
     */
    public static Jurisdiction of(String... segments) {
        return new Jurisdiction(List.of(segments));
    }

    /**
     * {@return the number of segments; a country-level code has depth 1}
     */
    public int depth() {
        return segments.size();
    }

    /**
     * {@return the enclosing jurisdiction, or empty at the top}
     */
    public Optional<Jurisdiction> parent() {
        return depth() == 1 ? Optional.empty() : Optional.of(new Jurisdiction(segments.subList(0, depth() - 1)));
    }

    /**
     * {@return whether {@code other} lies strictly inside this jurisdiction}
     *
     * @param other another jurisdiction
     */
    public boolean isAncestorOf(Jurisdiction other) {
        return depth() < other.depth() && Hierarchy.isPrefix(segments, other.segments);
    }

    /**
     * {@return whether {@code other} is this jurisdiction or lies inside it}
     *
     * @param other another jurisdiction
     */
    public boolean contains(Jurisdiction other) {
        return Hierarchy.isPrefix(segments, other.segments);
    }

    /**
     * {@return whether the two share territory: one contains the other} Symmetric.
     *
     * @param other another jurisdiction
     */
    public boolean overlaps(Jurisdiction other) {
        return contains(other) || other.contains(this);
    }

    /** Orders codes segment by segment, a parent before its children. */
    @Override
    public int compareTo(Jurisdiction other) {
        return Hierarchy.compare(segments, other.segments);
    }

    /** The written form, segments joined by {@code '/'}. */
    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
