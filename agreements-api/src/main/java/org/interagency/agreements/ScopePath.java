package org.interagency.agreements;

import org.apiguardian.api.API;

import org.interagency.agreements.internal.Hierarchy;

import java.util.List;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * Where in the work of an agreement a responsibility lies: a path from a broad area to a
 * specific task, such as {@code emergency/flood/evacuation}.
 *
 * <p>Paths form a tree. {@code emergency/flood} is an ancestor of
 * {@code emergency/flood/evacuation}: whoever is accountable for flood response is accountable,
 * among other things, for evacuation. Two paths <em>overlap</em> when they are equal or one is an
 * ancestor of the other; this is what the responsibility checks use to find two agencies
 * accountable for the same work.
 *
 * <p>Syntax: one to {@value Hierarchy#MAX_DEPTH} segments joined by {@code '/'}; each segment is
 * lower-case letters and digits, optionally separated by single hyphens
 * ({@code shelter-operations}), at most {@value Hierarchy#MAX_SEGMENT_LENGTH} characters.
 * {@link #toString()} prints that form and {@link #parse(String)} reads it back.
 *
 * @param segments the segments from the root, never empty
 */
@API(status = STABLE, since = "0.1")
public record ScopePath(List<String> segments) implements Comparable<ScopePath> {

    private static final String WHAT = "scope path";
    private static final String EXAMPLE = "emergency/flood/evacuation";

    /**
     * Checks and copies the segments.
     *
     * @param segments the segments from the root, never empty
     * @throws IllegalArgumentException if a segment is not valid or there are none
     */
    public ScopePath {
        segments = Hierarchy.check(segments, WHAT, EXAMPLE);
    }

    /**
     * Reads a path written as segments joined by {@code '/'}.
     *
     * @param text the path as written, for example {@code emergency/flood}
     * @return the path
     * @throws IllegalArgumentException if {@code text} is not a valid path; the message says why
     */
    public static ScopePath parse(String text) {
        return new ScopePath(Hierarchy.parse(text, WHAT, EXAMPLE));
    }

    /**
     * {@return a path from its segments, root first: {@code ScopePath.of("emergency", "flood")}}
     *
     * @param segments the segments, root first
     */
    public static ScopePath of(String... segments) {
        return new ScopePath(List.of(segments));
    }

    /**
     * {@return the number of segments; a top-level area has depth 1}
     */
    public int depth() {
        return segments.size();
    }

    /**
     * {@return the enclosing area, or empty for a top-level area}
     */
    public Optional<ScopePath> parent() {
        return depth() == 1 ? Optional.empty() : Optional.of(new ScopePath(segments.subList(0, depth() - 1)));
    }

    /**
     * {@return the path one level below this one}
     *
     * @param segment the last segment of the new path
     */
    public ScopePath child(String segment) {
        String[] extended = segments.toArray(new String[depth() + 1]);
        extended[depth()] = segment;
        return new ScopePath(List.of(extended));
    }

    /**
     * {@return whether {@code other} lies strictly inside this area ({@code a} is an ancestor of
     * {@code a/b})}
     *
     * @param other another path
     */
    public boolean isAncestorOf(ScopePath other) {
        return depth() < other.depth() && Hierarchy.isPrefix(segments, other.segments);
    }

    /**
     * {@return whether {@code other} is this area or lies inside it}
     *
     * @param other another path
     */
    public boolean contains(ScopePath other) {
        return Hierarchy.isPrefix(segments, other.segments);
    }

    /**
     * {@return whether the two areas share work: they are equal or one contains the other} Symmetric.
     *
     * @param other another path
     */
    public boolean overlaps(ScopePath other) {
        return contains(other) || other.contains(this);
    }

    /** Orders paths segment by segment, a parent before its children. */
    @Override
    public int compareTo(ScopePath other) {
        return Hierarchy.compare(segments, other.segments);
    }

    /** The written form, segments joined by {@code '/'}. */
    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
