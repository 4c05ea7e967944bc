package org.interagency.agreements;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.Hierarchy;

import java.util.List;
import java.util.Optional;

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
 * @param segments the segments from the widest area, never empty
 */
@API(status = STABLE, since = "0.1")
public record Jurisdiction(List<String> segments) implements Comparable<Jurisdiction> {

    private static final String WHAT = "jurisdiction";
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
     * @throws IllegalArgumentException if {@code text} is not a valid code; the message says why
     */
    public static Jurisdiction parse(String text) {
        return new Jurisdiction(Hierarchy.parse(text, WHAT, EXAMPLE));
    }

    /** A jurisdiction from its segments, widest first: {@code Jurisdiction.of("us", "tx")}. */
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

    /** Whether {@code other} lies strictly inside this jurisdiction. */
    public boolean isAncestorOf(Jurisdiction other) {
        return depth() < other.depth() && Hierarchy.isPrefix(segments, other.segments);
    }

    /** Whether {@code other} is this jurisdiction or lies inside it. */
    public boolean contains(Jurisdiction other) {
        return Hierarchy.isPrefix(segments, other.segments);
    }

    /** Whether the two share territory: one contains the other. Symmetric. */
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
