package org.interagency.agreements;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hierarchy laws of {@link ScopePath} and {@link Jurisdiction}. Segments are drawn from a small
 * alphabet so that generated paths often share prefixes.
 */
class HierarchyProperties {

    @Provide
    Arbitrary<List<String>> segments() {
        return Arbitraries.of("a", "b", "flood", "us", "tx", "harris-county").list().ofMinSize(1).ofMaxSize(5);
    }

    @Property
    boolean scopeContainsIsReflexive(@ForAll("segments") List<String> a) {
        ScopePath path = new ScopePath(a);
        return path.contains(path) && !path.isAncestorOf(path);
    }

    @Property
    boolean containsIsSegmentPrefix(@ForAll("segments") List<String> a, @ForAll("segments") List<String> b) {
        // Written with copies of the segments, so that equal segments are never the same object.
        ScopePath x = new ScopePath(a.stream().map(String::new).toList());
        ScopePath y = new ScopePath(b.stream().map(String::new).toList());
        boolean prefix = a.size() <= b.size() && b.subList(0, a.size()).equals(a);
        return x.contains(y) == prefix && x.isAncestorOf(y) == (prefix && a.size() < b.size());
    }

    @Property
    boolean escalationPathCoversWhatOneOfItsScopesContains(@ForAll("scopeLists") List<List<String>> handled,
            @ForAll("segments") List<String> disputed) {
        List<ScopePath> scopes = handled.stream().map(ScopePath::new).toList();
        EscalationPath path = new EscalationPath("disputes", scopes, List.of(), null);
        ScopePath scope = new ScopePath(disputed);
        return path.covers(scope) == scopes.stream().anyMatch(s -> s.contains(scope));
    }

    @Provide
    Arbitrary<List<List<String>>> scopeLists() {
        return segments().list().ofMaxSize(4);
    }

    @Property
    void scopeAncestorIsAStrictPartialOrder(@ForAll("segments") List<String> a, @ForAll("segments") List<String> b,
            @ForAll("segments") List<String> c) {
        ScopePath x = new ScopePath(a);
        ScopePath y = new ScopePath(b);
        ScopePath z = new ScopePath(c);

        assertThat(x.isAncestorOf(y) && y.isAncestorOf(x)).as("asymmetric").isFalse();
        if (x.isAncestorOf(y) && y.isAncestorOf(z)) {
            assertThat(x.isAncestorOf(z)).as("transitive").isTrue();
        }
        if (x.contains(y) && y.contains(x)) {
            assertThat(x).as("antisymmetric").isEqualTo(y);
        }
    }

    @Property
    void scopeAncestorOfExtension(@ForAll("segments") List<String> a, @ForAll("segments") List<String> b) {
        ScopePath x = new ScopePath(a);
        ScopePath extended = x;
        for (String segment : b) {
            extended = extended.child(segment);
        }
        assertThat(x.isAncestorOf(extended)).isTrue();
        assertThat(x.compareTo(extended)).isNegative();
    }

    @Property
    boolean scopeOverlapIsSymmetric(@ForAll("segments") List<String> a, @ForAll("segments") List<String> b) {
        ScopePath x = new ScopePath(a);
        ScopePath y = new ScopePath(b);
        return x.overlaps(y) == y.overlaps(x)
                && x.overlaps(y) == (x.equals(y) || x.isAncestorOf(y) || y.isAncestorOf(x));
    }

    @Property
    boolean scopeParseAndPrintRoundTrip(@ForAll("segments") List<String> a) {
        ScopePath path = new ScopePath(a);
        return ScopePath.parse(path.toString()).equals(path) && path.toString().equals(String.join("/", a));
    }

    @Property
    void jurisdictionAncestorIsAStrictPartialOrder(@ForAll("segments") List<String> a,
            @ForAll("segments") List<String> b, @ForAll("segments") List<String> c) {
        Jurisdiction x = new Jurisdiction(a);
        Jurisdiction y = new Jurisdiction(b);
        Jurisdiction z = new Jurisdiction(c);

        assertThat(x.isAncestorOf(x)).as("irreflexive").isFalse();
        assertThat(x.contains(x)).as("contains is reflexive").isTrue();
        assertThat(x.isAncestorOf(y) && y.isAncestorOf(x)).as("asymmetric").isFalse();
        if (x.isAncestorOf(y) && y.isAncestorOf(z)) {
            assertThat(x.isAncestorOf(z)).as("transitive").isTrue();
        }
    }

    @Property
    boolean jurisdictionOverlapIsSymmetric(@ForAll("segments") List<String> a, @ForAll("segments") List<String> b) {
        Jurisdiction x = new Jurisdiction(a);
        Jurisdiction y = new Jurisdiction(b);
        return x.overlaps(y) == y.overlaps(x) && x.overlaps(y) == (x.contains(y) || y.contains(x));
    }

    @Property
    boolean jurisdictionParseAndPrintRoundTrip(@ForAll("segments") List<String> a) {
        Jurisdiction jurisdiction = new Jurisdiction(a);
        return Jurisdiction.parse(jurisdiction.toString()).equals(jurisdiction);
    }
}
