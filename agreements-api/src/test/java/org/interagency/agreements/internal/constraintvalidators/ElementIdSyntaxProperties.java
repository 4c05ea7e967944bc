package org.interagency.agreements.internal.constraintvalidators;

import org.interagency.agreements.constraints.ElementId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

/** The id validator's loop accepts exactly what the documented pattern and length accept. */
class ElementIdSyntaxProperties {

    private static final Pattern PATTERN = Pattern.compile(ElementId.PATTERN);

    @Provide
    Arbitrary<String> candidates() {
        return Arbitraries.strings().withChars("az09--A_ .\u200B\u0430").ofMinLength(0).ofMaxLength(70);
    }

    @Property(tries = 2000)
    boolean loopAgreesWithThePattern(@ForAll("candidates") String id) {
        boolean byPattern = !id.isEmpty() && id.length() <= ElementId.MAX_LENGTH && PATTERN.matcher(id).matches();
        return ElementIdValidator.isElementId(id) == byPattern;
    }
}
