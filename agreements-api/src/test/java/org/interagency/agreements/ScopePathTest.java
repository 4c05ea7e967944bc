package org.interagency.agreements;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScopePathTest {

    @Test
    void parsesSegmentsSeparatedBySlashes() {
        assertThat(ScopePath.parse("emergency/flood/evacuation").segments())
                .containsExactly("emergency", "flood", "evacuation");
    }

    @Test
    void parentIsAnAncestorButNotTheOtherWayRound() {
        ScopePath flood = ScopePath.parse("emergency/flood");
        ScopePath evacuation = ScopePath.parse("emergency/flood/evacuation");

        assertThat(flood.isAncestorOf(evacuation)).isTrue();
        assertThat(evacuation.isAncestorOf(flood)).isFalse();
        assertThat(flood.overlaps(evacuation)).isTrue();
        assertThat(evacuation.parent()).contains(flood);
    }

    @Test
    void siblingsAndPrefixesOfASegmentDoNotOverlap() {
        ScopePath flood = ScopePath.parse("emergency/flood");

        assertThat(flood.overlaps(ScopePath.parse("emergency/fire"))).isFalse();
        // "flood" is a string prefix of "flooding" but not an ancestor of it.
        assertThat(flood.overlaps(ScopePath.parse("emergency/flooding"))).isFalse();
    }

    @Test
    void topLevelAreaHasNoParent() {
        assertThat(ScopePath.parse("emergency").parent()).isEmpty();
    }

    @Test
    void childExtendsThePath() {
        assertThat(ScopePath.of("emergency").child("flood")).isEqualTo(ScopePath.parse("emergency/flood"));
    }

    @Test
    void rejectsUpperCaseWithAMessageThatNamesTheSegmentAndTheRule() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScopePath.parse("emergency/Flood"))
                .withMessageContaining("segment 2 \"Flood\"")
                .withMessageContaining("lower-case letters");
    }

    @Test
    void rejectsEmptySegmentsAndEmptyPaths() {
        assertThatIllegalArgumentException().isThrownBy(() -> ScopePath.parse("emergency//flood"));
        assertThatIllegalArgumentException().isThrownBy(() -> ScopePath.parse("emergency/"));
        assertThatIllegalArgumentException().isThrownBy(() -> ScopePath.parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> new ScopePath(List.of()));
    }

    @Test
    void rejectsPathsDeeperThanSixteenLevels() {
        String deep = "a/".repeat(16) + "a";
        assertThatIllegalArgumentException().isThrownBy(() -> ScopePath.parse(deep)).withMessageContaining("16");
    }

    @Test
    void escapesInvisibleCharactersInTheMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ScopePath.parse("emer\u200Bgency"))
                .withMessageContaining("\\u200B");
    }

    @Test
    void ordersParentsBeforeChildrenAndSiblingsAlphabetically() {
        List<ScopePath> sorted = java.util.stream.Stream.of("b", "a/b", "a", "a/a/z")
                .map(ScopePath::parse).sorted().toList();
        assertThat(sorted).extracting(ScopePath::toString).containsExactly("a", "a/a/z", "a/b", "b");
    }
}
