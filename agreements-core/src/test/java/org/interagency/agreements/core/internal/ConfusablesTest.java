package org.interagency.agreements.core.internal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Names compared as a reader sees them (UTS 39), with ICU4J and with the JDK alone. Look-alike
 * letters are written as escapes, so that the test says which letter is which.
 */
class ConfusablesTest {

    /** "Board of directors" with a Cyrillic small letter o (U+043E). */
    static final String CYRILLIC_O_BOARD = "B\u043Eard of directors";

    static Stream<Arguments> both() {
        return Stream.of(arguments(Named.ICU), arguments(Named.JDK));
    }

    /** The two implementations, named for the test report. */
    enum Named {
        ICU(Confusables.create(true)), JDK(Confusables.fallback());

        final Confusables confusables;

        Named(Confusables confusables) {
            this.confusables = confusables;
        }
    }

    @Test
    void theStandardImplementationUsesIcuWhereIcuIsPresent() {
        // ICU4J is on this module's test class path (an optional dependency is still a dependency here).
        assertThat(Confusables.standard().mapsLookAlikes()).isTrue();
        assertThat(Confusables.fallback().mapsLookAlikes()).isFalse();
    }

    @Nested
    class WithIcu {

        private final Confusables icu = Confusables.create(true);

        @Test
        @DisplayName("a Cyrillic о in \"Bоard of directors\" does not make another name")
        void mapsALookAlikeLetterOfAnotherScriptToTheLetterItImitates() {
            assertThat(icu.skeleton(CYRILLIC_O_BOARD)).isEqualTo(icu.skeleton("Board of directors"));
        }

        @Test
        void mapsGreekAndCyrillicCapitalsThatLookLatin() {
            // Greek capital alpha, Cyrillic capital es, Latin capital e with Cyrillic capital en.
            assertThat(icu.skeleton("\u0391\u0421\u0415 \u041DOLDINGS")).isEqualTo(icu.skeleton("ACE Holdings"));
        }

        @Test
        @DisplayName("a Cyrillic capital В reads as a Latin B, though its small letter в does not look like b")
        void readsCapitalsOfOtherScriptsAsTheLatinCapitalsTheyImitate() {
            assertThat(icu.skeleton("\u0412OARD OF DIRECTORS")).isEqualTo(icu.skeleton("Board of directors"));
            assertThat(icu.skeleton("FE\u041CA")).isEqualTo(icu.skeleton("FEMA"));
        }

        @Test
        void foldsCaseBeforeMappingSoThatCapitalIStaysI() {
            // The prototype of a capital I is a small l: mapping before folding would part these.
            assertThat(icu.skeleton("DIRECTORS")).isEqualTo(icu.skeleton("directors"));
        }

        @Test
        void foldsAndMapsUntilNothingChanges() {
            // The prototype of the digit zero is the capital O, whose folded form is o.
            assertThat(icu.skeleton("B0ARD")).isEqualTo(icu.skeleton("board"));
        }

        @Test
        void keepsDifferentNamesApart() {
            assertThat(icu.skeleton("Board of directors")).isNotEqualTo(icu.skeleton("Board of governors"));
            assertThat(icu.skeleton("Program managers")).isNotEqualTo(icu.skeleton("Project managers"));
        }
    }

    @Nested
    class WithoutIcu {

        private final Confusables jdk = Confusables.fallback();

        @Test
        void foldsCaseTheWayFullCaseFoldingDoes() {
            assertThat(jdk.skeleton("STRASSE")).isEqualTo(jdk.skeleton("Stra\u00DFe"));
            // Final and medial sigma.
            assertThat(jdk.skeleton("\u039F\u0394\u039F\u03A3")).isEqualTo(jdk.skeleton("\u03BF\u03B4\u03BF\u03C2"));
        }

        @Test
        void doesNotMapLookAlikeLetters() {
            // The documented limit of the fallback: text.mixed-script reports such a name instead.
            assertThat(jdk.skeleton(CYRILLIC_O_BOARD)).isNotEqualTo(jdk.skeleton("Board of directors"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void ignoresCaseAndBlanksAtEitherEnd(Named named) {
        Confusables c = named.confusables;
        assertThat(c.skeleton("Board")).isEqualTo(c.skeleton("board "));
        assertThat(c.skeleton("Program managers")).isEqualTo(c.skeleton("  PROGRAM MANAGERS\t"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void readsRunsOfBlanksAsOneSpace(Named named) {
        Confusables c = named.confusables;
        assertThat(c.skeleton("Board of\u00A0 directors")).isEqualTo(c.skeleton("Board of directors"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void foldsCompatibilityFormsAndDropsInvisibleCharacters(Named named) {
        Confusables c = named.confusables;
        // Fullwidth letters; a zero-width space and a soft hyphen inside the word.
        assertThat(c.skeleton("\uFF22\uFF4F\uFF41\uFF52\uFF44")).isEqualTo(c.skeleton("board"));
        assertThat(c.skeleton("Bo\u200Bar\u00ADd")).isEqualTo(c.skeleton("board"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void keepsNamesThatDifferApart(Named named) {
        Confusables c = named.confusables;
        assertThat(c.skeleton("Board of directors")).isNotEqualTo(c.skeleton("Board of governors"));
        assertThat(c.skeleton("Working group")).isNotEqualTo(c.skeleton("Working groups"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void reportsAWordOfLatinLettersWithACyrillicOne(Named named) {
        assertThat(named.confusables.mixedScriptWords(CYRILLIC_O_BOARD)).containsExactly("B\u043Eard");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void reportsEachWordThatMixes(Named named) {
        // Greek omicron in "Εmergency" (a Greek capital epsilon), Cyrillic і in "dіrectors".
        assertThat(named.confusables.mixedScriptWords("\u0395mergency board of d\u0456rectors"))
                .containsExactly("\u0395mergency", "d\u0456rectors");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("both")
    void reportsCyrillicWithGreekAndLatinWithArabicInOneWord(Named named) {
        Confusables c = named.confusables;
        // Cyrillic "Москва" with a Greek omicron for the о.
        assertThat(c.mixedScriptWords("\u041C\u03BF\u0441\u043A\u0432\u0430")).hasSize(1);
        assertThat(c.mixedScriptWords("Health\u0648\u0632\u0627\u0631\u0629")).hasSize(1);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("singleScriptNames")
    void acceptsNamesWrittenInOneScriptWithDigitsAndPunctuation(Named named, String name) {
        assertThat(named.confusables.mixedScriptWords(name)).isEmpty();
    }

    static Stream<Arguments> singleScriptNames() {
        return Stream.of(
                "FEMA Region 6", "Route 66-A task force", "Harris County O.E.M. (2026)", "Centre d'opérations d'urgence",
                "Δήμος Αθηναίων", "Министерство по чрезвычайным ситуациям", "東京都防災会議", "東京都の防災会議",
                "서울특별시 재난안전대책본부", "وزارة الصحة", "משרד הבריאות",
                // Latin with Japanese in one word, which UTS 39 calls highly restrictive.
                "JR東日本", "NHK放送センター",
                // Latin words next to words in another script, each word in one script.
                "FEMA / МЧС России", "Ministry of Health – وزارة الصحة")
                .flatMap(name -> both().map(n -> arguments(n.get()[0], name)));
    }

    @Test
    void readsAWordAsARunOfLettersMarksDigitsAndFormatCharacters() {
        assertThat(Confusables.words(CYRILLIC_O_BOARD)).containsExactly("B\u043Eard", "of", "directors");
        assertThat(Confusables.words("Bo\u200Bard, e\u0301quipe 6")).containsExactly("Bo\u200Bard", "e\u0301quipe", "6");
        assertThat(Confusables.words("Toys-\u042F-Us l'\u00E9quipe")).containsExactly("Toys", "\u042F", "Us", "l", "\u00E9quipe");
        assertThat(Confusables.words(" \t")).isEmpty();
    }

    @Test
    void namesTheScriptsOfAWordMostUsedFirst() {
        assertThat(Confusables.scripts("B\u043Eard 9")).containsExactly(Character.UnicodeScript.LATIN,
                Character.UnicodeScript.CYRILLIC);
        assertThat(Confusables.scripts("\u041C\u03BF\u0441\u043A\u0432\u0430")).containsExactly(
                Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK);
    }
}
