package org.interagency.agreements.core.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ConfusablesProperties {

    private static final Confusables ICU = Confusables.create(true);
    private static final Confusables JDK = Confusables.fallback();

    /** Latin letters that have a Cyrillic twin, and the twins, at the same positions. */
    private static final String LATIN = "aceopxyABCEHKMOPTX";
    private static final String CYRILLIC = "\u0430\u0441\u0435\u043E\u0440\u0445\u0443\u0410\u0412\u0421\u0415\u041D\u041A\u041C\u041E\u0420\u0422\u0425";

    @Property(tries = 2000)
    void skeletonIsIdempotentWithIcu(@ForAll("names") String name) {
        String skeleton = ICU.skeleton(name);
        assertThat(ICU.skeleton(skeleton)).isEqualTo(skeleton);
    }

    @Property(tries = 2000)
    void skeletonIsIdempotentWithoutIcu(@ForAll("names") String name) {
        String skeleton = JDK.skeleton(name);
        assertThat(JDK.skeleton(skeleton)).isEqualTo(skeleton);
    }

    @Property(tries = 500)
    void skeletonIsTheSameFromEveryInstance(@ForAll("names") String name) {
        assertThat(Confusables.create(true).skeleton(new String(name))).isEqualTo(ICU.skeleton(name));
        assertThat(Confusables.fallback().skeleton(new String(name))).isEqualTo(JDK.skeleton(name));
    }

    @Property(tries = 1000)
    void aWordWithCyrillicTwinsOfLatinLettersHasTheSkeletonOfTheLatinWord(@ForAll("twins") List<String> twins) {
        String latin = twins.get(0);
        String disguised = twins.get(1);
        assertThat(ICU.skeleton(disguised)).isEqualTo(ICU.skeleton(latin));
    }

    @Property(tries = 1000)
    void aWordMixesScriptsExactlyWhenItHasLettersOfBoth(@ForAll("twins") List<String> twins) {
        String disguised = twins.get(1);
        boolean latin = disguised.chars().anyMatch(c -> LATIN.indexOf(c) >= 0);
        boolean cyrillic = disguised.chars().anyMatch(c -> CYRILLIC.indexOf(c) >= 0);
        List<String> expected = latin && cyrillic ? List.of(disguised) : List.of();

        assertThat(ICU.mixedScriptWords(disguised)).isEqualTo(expected);
        assertThat(JDK.mixedScriptWords(disguised)).isEqualTo(expected);
    }

    /**
     * Where the JDK's Script property and ICU4J's Script_Extensions agree (letters of the scripts
     * below, ASCII digits and a hyphen), the fallback finds exactly the words that ICU4J does.
     */
    @Property(tries = 2000)
    void theFallbackFindsTheWordsIcuFindsInLettersOfOneScriptEach(@ForAll("wordsOfSeveralScripts") String name) {
        assertThat(JDK.mixedScriptWords(name)).isEqualTo(ICU.mixedScriptWords(name));
    }

    /** Names of letters of many scripts, digits, blanks, marks, compatibility and invisible characters. */
    @Provide
    Arbitrary<String> names() {
        Arbitrary<Character> characters = Arbitraries.oneOf(
                Arbitraries.chars().range(' ', '~'),
                Arbitraries.chars().range('\u00A0', '\u024F'),
                Arbitraries.chars().range('\u0370', '\u04FF'),
                Arbitraries.chars().range('\u0300', '\u036F'),
                Arbitraries.chars().range('\u0600', '\u06FF'),
                Arbitraries.chars().range('\u13A0', '\u13F5'),
                Arbitraries.chars().range('\u2000', '\u218F'),
                Arbitraries.chars().range('\u3000', '\u30FF'),
                Arbitraries.chars().range('\u4E00', '\u4FFF'),
                Arbitraries.chars().range('\uAB70', '\uABBF'),
                Arbitraries.chars().range('\uFF00', '\uFFEF'),
                Arbitraries.of('\u200B', '\u200D', '\u00AD', '\u0130', '\u0131', '\u00DF', '\u03C2'),
                Arbitraries.chars());
        return characters.list().ofMaxSize(12).map(ConfusablesProperties::join);
    }

    /** A word of Latin letters that have Cyrillic twins, and the same word with some letters replaced by them. */
    @Provide
    Arbitrary<List<String>> twins() {
        Arbitrary<Integer> letter = Arbitraries.integers().between(0, LATIN.length() - 1);
        Arbitrary<List<Integer>> word = letter.list().ofMinSize(1).ofMaxSize(10);
        return word.flatMap(indices -> Arbitraries.of(true, false).list().ofSize(indices.size()).map(replaced -> {
            StringBuilder latin = new StringBuilder();
            StringBuilder disguised = new StringBuilder();
            for (int i = 0; i < indices.size(); i++) {
                latin.append(LATIN.charAt(indices.get(i)));
                disguised.append((replaced.get(i) ? CYRILLIC : LATIN).charAt(indices.get(i)));
            }
            return List.of(latin.toString(), disguised.toString());
        }));
    }

    @Provide
    Arbitrary<String> wordsOfSeveralScripts() {
        Arbitrary<Character> letters = Arbitraries.oneOf(
                Arbitraries.chars().range('a', 'z'),
                Arbitraries.chars().range('A', 'Z'),
                Arbitraries.chars().range('\u03B1', '\u03C9'),
                Arbitraries.chars().range('\u0430', '\u044F'),
                Arbitraries.chars().range('\u05D0', '\u05EA'),
                Arbitraries.chars().range('\u0627', '\u063A'),
                Arbitraries.chars().range('\u3041', '\u3096'),
                Arbitraries.chars().range('\u30A1', '\u30FA'),
                Arbitraries.chars().range('\u4E00', '\u9FA5'),
                Arbitraries.chars().range('\uAC00', '\uD7A3'),
                Arbitraries.chars().range('0', '9'),
                Arbitraries.of(' ', '-'));
        return letters.list().ofMinSize(1).ofMaxSize(12).map(ConfusablesProperties::join);
    }

    private static String join(List<Character> characters) {
        StringBuilder out = new StringBuilder(characters.size());
        characters.forEach(out::append);
        return out.toString();
    }
}
