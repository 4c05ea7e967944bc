package org.interagency.agreements.core.internal;

import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;

/**
 * {@link Confusables} with ICU4J: UTS 39's confusable skeleton and restriction level, from the
 * confusables data and Script_Extensions of ICU4J's Unicode version. The only class that names an
 * ICU4J type, so that nothing else needs ICU4J to load; it is loaded only once
 * {@link Confusables#standard()} has found ICU4J.
 */
final class IcuConfusables extends Confusables {

    /**
     * One checker for both uses. {@code setRestrictionLevel} also turns the mixed-numbers check on,
     * so the checks are set after it: {@code failsChecks} tests the restriction level only.
     * {@code getSkeleton} does not depend on the checks. {@code SpoofChecker} is immutable and
     * thread-safe once built.
     */
    private final SpoofChecker checker = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .build();

    /** NFKC, full case folding and removal of default-ignorable code points, in one pass. */
    private final Normalizer2 nfkcCasefold = Normalizer2.getNFKCCasefoldInstance();

    IcuConfusables() {
    }

    @Override
    public boolean mapsLookAlikes() {
        return true;
    }

    @Override
    String fold(String text) {
        return nfkcCasefold.normalize(text);
    }

    @Override
    String lookAlikeCapitals(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            String prototype = c < 0x80 ? "" : checker.getSkeleton(text.substring(i, next));
            boolean capital = prototype.length() == 1 && prototype.charAt(0) >= 'A' && prototype.charAt(0) <= 'Z';
            if (capital && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(capital ? prototype : text.substring(i, next));
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    @Override
    String prototypes(String text) {
        return checker.getSkeleton(text);
    }

    @Override
    boolean mixesScripts(String word) {
        return checker.failsChecks(word);
    }
}
