package org.interagency.agreements.core.internal.roles;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NodeTreeProperties {

    /**
     * Codes from a small alphabet, so that equal codes, shared prefixes and equal segments at
     * different depths abound; "Aa", "BB" and "AaBB" have one hash code, as have "AaAa" and
     * "BBBB", so that siblings whose hash codes collide are common too.
     */
    @Provide
    Arbitrary<List<List<String>>> codes() {
        // new String(...): equal segments are usually distinct objects in an agreement.
        Arbitrary<String> segment = Arbitraries.of("a", "b", "ab", "Aa", "BB", "AaAa", "BBBB").map(String::new);
        return segment.list().ofMaxSize(5).list().ofMaxSize(40);
    }

    @Property(tries = 300)
    void equalCodesShareANodeAndDistinctCodesDoNot(@ForAll("codes") List<List<String>> codes) {
        NodeTree tree = new NodeTree();
        Map<List<String>, Integer> seen = new HashMap<>();
        seen.put(List.of(), NodeTree.ROOT);
        for (List<String> code : codes) {
            int node = tree.intern(code);
            Integer earlier = seen.putIfAbsent(code, node);

            assertThat(node).as("node of %s", code).isEqualTo(earlier == null ? node : earlier);
        }
        assertThat(seen.values()).doesNotHaveDuplicates();
    }

    @Property(tries = 300)
    void eachNodeKnowsItsCodeDepthAndParent(@ForAll("codes") List<List<String>> codes) {
        NodeTree tree = new NodeTree();
        for (List<String> code : codes) {
            int node = tree.intern(code);

            assertThat(tree.text(node)).isEqualTo(String.join("/", code));
            assertThat(tree.depth(node)).isEqualTo(code.size());
            List<String> parentCode = code.isEmpty() ? List.of() : code.subList(0, code.size() - 1);
            assertThat(tree.parent(node)).isEqualTo(code.isEmpty() ? -1 : tree.intern(parentCode));
        }
    }

    @Property(tries = 200)
    void internCreatesOneNodePerDistinctPrefix(@ForAll("codes") List<List<String>> codes) {
        NodeTree tree = new NodeTree();
        Map<List<String>, Boolean> prefixes = new HashMap<>();
        prefixes.put(List.of(), true);
        for (List<String> code : codes) {
            tree.intern(code);
            for (int d = 1; d <= code.size(); d++) {
                prefixes.put(new ArrayList<>(code.subList(0, d)), true);
            }
        }

        assertThat(tree.size()).isEqualTo(prefixes.size());
    }

    @Test
    void siblingsWhoseSegmentsHaveOneHashCodeAreDistinctNodes() {
        NodeTree tree = new NodeTree();
        List<String> names = List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB");
        assertThat(names.subList(0, 2)).extracting(String::hashCode).containsOnly("Aa".hashCode());
        assertThat(names.subList(2, 6)).extracting(String::hashCode).containsOnly("AaAa".hashCode());

        List<Integer> nodes = new ArrayList<>();
        for (String name : names) {
            nodes.add(tree.intern(List.of("x", name)));
        }

        assertThat(nodes).doesNotHaveDuplicates();
        for (int i = 0; i < names.size(); i++) {
            assertThat(tree.intern(List.of("x", new String(names.get(i))))).isEqualTo(nodes.get(i));
            assertThat(tree.text(nodes.get(i))).isEqualTo("x/" + names.get(i));
        }
    }

    @Test
    void noCodeIsTheRoot() {
        NodeTree tree = new NodeTree();

        assertThat(tree.intern(null)).isEqualTo(NodeTree.ROOT);
        assertThat(tree.intern(List.of())).isEqualTo(NodeTree.ROOT);
        assertThat(tree.text(NodeTree.ROOT)).isEmpty();
        assertThat(tree.size()).isEqualTo(1);
    }

    @Test
    void aSegmentEqualToAnotherCodesSegmentAtAnotherDepthIsAnotherNode() {
        NodeTree tree = new NodeTree();

        int top = tree.intern(List.of("flood"));
        int nested = tree.intern(List.of("emergency", "flood"));

        assertThat(nested).isNotEqualTo(top);
        assertThat(tree.containsOrEquals(tree.intern(List.of("emergency")), nested)).isTrue();
        assertThat(tree.containsOrEquals(top, nested)).isFalse();
    }
}
