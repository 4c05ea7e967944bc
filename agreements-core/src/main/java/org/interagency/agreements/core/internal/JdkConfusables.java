package org.interagency.agreements.core.internal;

import java.text.Normalizer;
import java.util.BitSet;
import java.util.Locale;

/**
 * {@link Confusables} from the JDK alone, for users without ICU4J. Names are folded by NFKC and
 * case mapping but look-alike letters are not mapped (the JDK has no confusables data); scripts
 * are checked by the steps of UTS 39 sections 5.1 and 5.2 on the JDK's Script property, which
 * leaves out Script_Extensions: a character the property calls common to all scripts (the
 * prolonged sound mark of Japanese, say) is read as such.
 */
final class JdkConfusables extends Confusables {

    private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

    /** The three sets that UTS 39 section 5.1 adds to Han, Hiragana, Katakana, Hangul and Bopomofo. */
    private static final int HAN_WITH_BOPOMOFO = SCRIPTS.length;
    private static final int JAPANESE = SCRIPTS.length + 1;
    private static final int KOREAN = SCRIPTS.length + 2;
    private static final int SET_SIZE = SCRIPTS.length + 3;

    JdkConfusables() {
    }

    @Override
    public boolean mapsLookAlikes() {
        return false;
    }

    /**
     * NFKC, then upper and lower case (which folds what lower case alone does not: {@code ß} and
     * {@code ss}, final and medial sigma), without format characters (the zero-width and
     * bidirectional controls that NFKC_Casefold drops as default ignorable), then NFKC again,
     * since case mapping may leave text unnormalized.
     */
    @Override
    String fold(String text) {
        String cased = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder visible = new StringBuilder(cased.length());
        cased.codePoints().filter(c -> Character.getType(c) != Character.FORMAT).forEach(visible::appendCodePoint);
        return Normalizer.normalize(visible, Normalizer.Form.NFKC);
    }

    @Override
    String lookAlikeCapitals(String text) {
        return text;
    }

    @Override
    String prototypes(String text) {
        return text;
    }

    @Override
    boolean mixesScripts(String word) {
        BitSet resolved = all();
        BitSet resolvedWithoutLatin = all();
        BitSet scripts = new BitSet(SET_SIZE);
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            i += Character.charCount(c);
            augmentedScripts(c, scripts);
            resolved.and(scripts);
            if (!scripts.get(Character.UnicodeScript.LATIN.ordinal())) {
                resolvedWithoutLatin.and(scripts);
            }
        }
        // Section 5.2, step 4: a single script (ASCII, step 2, is a case of it).
        if (!resolved.isEmpty()) {
            return false;
        }
        // Step 6: Latin with Japanese, with Han and Bopomofo, or with Korean is highly restrictive.
        return !(resolvedWithoutLatin.get(HAN_WITH_BOPOMOFO) || resolvedWithoutLatin.get(JAPANESE)
                || resolvedWithoutLatin.get(KOREAN));
    }

    /** The augmented script set of {@code c} (UTS 39 section 5.1), into {@code scripts}. */
    private static void augmentedScripts(int c, BitSet scripts) {
        scripts.clear();
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        switch (script) {
            case COMMON, INHERITED -> scripts.set(0, SET_SIZE);
            case HAN -> {
                scripts.set(script.ordinal());
                scripts.set(HAN_WITH_BOPOMOFO);
                scripts.set(JAPANESE);
                scripts.set(KOREAN);
            }
            case HIRAGANA, KATAKANA -> {
                scripts.set(script.ordinal());
                scripts.set(JAPANESE);
            }
            case HANGUL -> {
                scripts.set(script.ordinal());
                scripts.set(KOREAN);
            }
            case BOPOMOFO -> {
                scripts.set(script.ordinal());
                scripts.set(HAN_WITH_BOPOMOFO);
            }
            default -> scripts.set(script.ordinal());
        }
    }

    private static BitSet all() {
        BitSet set = new BitSet(SET_SIZE);
        set.set(0, SET_SIZE);
        return set;
    }
}
