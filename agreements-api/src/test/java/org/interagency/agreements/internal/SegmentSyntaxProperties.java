package org.interagency.agreements.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written segment check accepts exactly what the documented pattern and length accept. */
class SegmentSyntaxProperties {

    @Provide
    Arbitrary<String> candidates() {
        // Mostly valid characters, so that valid and invalid segments are both common.
        return Arbitraries.strings().withChars("ab09--A_ /\u200B").ofMinLength(0).ofMaxLength(70);
    }

    @Property(tries = 2000)
    boolean loopAgreesWithThePattern(@ForAll("candidates") String segment) {
        boolean byPattern = segment.length() <= Hierarchy.MAX_SEGMENT_LENGTH && Hierarchy.SEGMENT.matcher(segment).matches();
        return Hierarchy.isSegment(segment) == byPattern;
    }
}
