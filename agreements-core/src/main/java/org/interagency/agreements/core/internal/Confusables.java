package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Free-text names as a reader sees them: a key under which spellings of one name that look alike
 * are equal, and the words of a name that mix scripts. Both follow Unicode Technical Standard #39,
 * <i>Unicode Security Mechanisms</i>: a forum written {@code "Bоard of directors"} with a Cyrillic
 * {@code о} looks like, and is, the board of directors.
 *
 * <p>Two implementations, chosen once by {@link #standard()}:
 * <ul>
 *   <li><b>With ICU4J</b> (an optional dependency of agreements-core; the command line always has
 *       it): the {@linkplain #skeleton(String) skeleton} is UTS 39's confusable skeleton
 *       ({@code SpoofChecker.getSkeleton}) of the name folded by NFKC_Casefold, so {@code "Bоard"}
 *       and {@code "board"} have the same key; words are checked with ICU's restriction level,
 *       which reads each character's Script_Extensions.</li>
 *   <li><b>Without it</b> (the JDK only): the key is the name folded by NFKC and case mapping,
 *       with format characters dropped, so {@code "Board"} and {@code "BOARD "} are equal but a
 *       look-alike letter still makes a name differ; words are checked by the same steps of UTS 39
 *       section 5 on the JDK's Script property. The mixed-script check, which does not need the
 *       confusables data, still reports the look-alike word.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class Confusables {

    private static final Logger log = LoggerFactory.getLogger(Confusables.class);

    /**
     * Case is folded before the confusable mapping: the prototype of a capital I is a small l,
     * so mapping first would part "DIRECTORS" from "directors". Folding and mapping do not commute (the prototype of the digit zero is the
     * capital O, whose folded form is o), so they alternate until nothing changes: over every
     * assigned code point of ICU4J 79.1, three rounds at most change a string; the bound only
     * guards against data that would not settle.
     */
    private static final int MAX_ROUNDS = 8;

    private static final String ICU_MODULE = "com.ibm.icu";
    private static final String ICU_PROBE = "com.ibm.icu.text.SpoofChecker";

    Confusables() {
    }

    private static final Confusables STANDARD = new Standard();

    /**
     * ICU4J's implementation where ICU4J can be loaded, the JDK's otherwise, decided on first
     * need: ICU4J and its data take about 0.2 s to load in a fresh JVM, which a validation whose
     * forums all name a governance body and whose names are all ASCII never pays.
     */
    public static Confusables standard() {
        return STANDARD;
    }

    /**
     * The implementation that uses the JDK alone, whether or not ICU4J is present: what
     * {@link #standard()} is without ICU4J. For tests of that path.
     */
    public static Confusables fallback() {
        return create(false);
    }

    /** ICU4J's implementation ({@code icu}; ICU4J must be present) or the JDK's. */
    static Confusables create(boolean icu) {
        return icu ? new IcuConfusables() : new JdkConfusables();
    }

    /**
     * Whether the {@linkplain #skeleton(String) skeleton} maps look-alike characters of different
     * scripts to one another (with ICU4J), or only folds case and compatibility forms (without).
     */
    public abstract boolean mapsLookAlikes();

    /**
     * The key under which {@code name} compares equal to every name that looks the same: blanks
     * at either end dropped and runs of blanks read as one space, case and compatibility forms
     * folded, and (with ICU4J) each character mapped to the prototype of its UTS 39 confusable
     * family, a capital of another script that imitates a Latin capital (Cyrillic {@code В},
     * Greek {@code Η}) read as that capital first. {@code "Bоard of directors"} (Cyrillic
     * {@code о}), {@code "ВOARD OF  DIRECTORS "} (Cyrillic {@code В}) and
     * {@code "Board of directors"} have one key. The key is for comparing, never for showing,
     * and may change with the Unicode version of the data.
     */
    public final String skeleton(String name) {
        String key = blanksFolded(lookAlikeCapitals(name));
        for (int round = 0; round < MAX_ROUNDS; round++) {
            String next = blanksFolded(fold(prototypes(fold(key))));
            if (next.equals(key)) {
                break;
            }
            key = next;
        }
        return key;
    }

    /**
     * The words of {@code name} that mix scripts, in order: those whose letters no one script
     * covers (UTS 39 section 5.1, "mixed-script"), except Latin with Han, Hiragana and Katakana
     * (Japanese), with Han and Bopomofo, or with Han and Hangul (Korean), which UTS 39 section 5.2
     * calls highly restrictive and which are written so every day. A word is a run of letters,
     * marks, digits and format characters; characters common to all scripts (digits, punctuation)
     * mix with any script. {@code "Bоard"} with a Cyrillic {@code о} mixes Latin and Cyrillic;
     * {@code "Region 9"}, {@code "Δήμος"}, {@code "Москва"}, {@code "東京都"} and {@code "JR東日本"}
     * mix nothing.
     */
    public final List<String> mixedScriptWords(String name) {
        // Most names are ASCII, whose letters are all Latin and the rest common to all scripts:
        // the most restrictive level of UTS 39 section 5.2, and a scan cheaper than the words.
        if (isAscii(name)) {
            return List.of();
        }
        List<String> mixed = new ArrayList<>();
        for (String word : words(name)) {
            if (mixesScripts(word)) {
                mixed.add(word);
            }
        }
        return mixed;
    }

    /**
     * The scripts of the letters of {@code word}, by the JDK's Script property, leaving out the
     * characters common to all scripts; the script with the most characters first, ties in the
     * order they appear. For messages: which scripts a word mixes, and which letters stray.
     */
    public static List<Character.UnicodeScript> scripts(String word) {
        Map<Character.UnicodeScript, Integer> counts = new LinkedHashMap<>();
        word.codePoints().forEach(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                counts.merge(script, 1, Integer::sum);
            }
        });
        List<Character.UnicodeScript> scripts = new ArrayList<>(counts.keySet());
        // A stable sort: equal counts keep the order of first appearance.
        scripts.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return scripts;
    }

    /**
     * Each character outside ASCII whose prototype is an ASCII capital letter, replaced by that
     * letter: in capitals, Cyrillic {@code В} and Greek {@code Β} look like {@code B}, but their
     * small letters {@code в} and {@code β} look like {@code ʙ} and {@code ß}, so folding them first
     * would part them from the name they imitate. Unchanged where the prototypes are not known.
     */
    abstract String lookAlikeCapitals(String text);

    /** Case and compatibility forms folded, default-ignorable characters dropped. */
    abstract String fold(String text);

    /** Each character of {@code text} mapped to the prototype of its confusable family, if known. */
    abstract String prototypes(String text);

    /** Whether {@code word} is less restrictive than "highly restrictive" (UTS 39 section 5.2). */
    abstract boolean mixesScripts(String word);

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The runs of letters, marks, digits and format characters of {@code text}. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean inWord = isWordCharacter(c);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static boolean isWordCharacter(int c) {
        return switch (Character.getType(c)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.FORMAT -> true;
            default -> Character.isLetterOrDigit(c);
        };
    }

    /** {@code text} without blanks at either end, each run of blanks inside as one space. */
    private static String blanksFolded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                blank = out.length() > 0;
            } else {
                if (blank) {
                    out.append(' ');
                    blank = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** The standard implementation: the one {@code choose()} picks, chosen when first asked for. */
    private static final class Standard extends Confusables {

        /** Holds the choice, so that it is made (and ICU4J loaded) on first use of a method. */
        private static final class Chosen {
            static final Confusables INSTANCE = choose();
        }

        @Override
        public boolean mapsLookAlikes() {
            return Chosen.INSTANCE.mapsLookAlikes();
        }

        @Override
        String lookAlikeCapitals(String text) {
            return Chosen.INSTANCE.lookAlikeCapitals(text);
        }

        @Override
        String fold(String text) {
            return Chosen.INSTANCE.fold(text);
        }

        @Override
        String prototypes(String text) {
            return Chosen.INSTANCE.prototypes(text);
        }

        @Override
        boolean mixesScripts(String word) {
            return Chosen.INSTANCE.mixesScripts(word);
        }
    }

    private static Confusables choose() {
        if (!icuAvailable()) {
            log.debug("ICU4J is absent: names are compared by NFKC and case folding, without confusables");
            return create(false);
        }
        try {
            Confusables icu = create(true);
            // Loads the confusables data now: an ICU4J without it falls back here, not in a rule.
            icu.skeleton("ICU4J");
            log.debug("ICU4J is present: names are compared by their UTS 39 confusable skeleton");
            return icu;
        } catch (RuntimeException | LinkageError e) {
            log.warn("ICU4J is present but could not be used ({}): names are compared by NFKC and case folding,"
                    + " without confusables", e.toString());
            return create(false);
        }
    }

    /**
     * Whether ICU4J can be used from here: on the module path, its module must be resolved and
     * read by ours (a {@code requires static} is read only if something else resolved it); on the
     * class path, its classes must be found. Looked up by name, so that this class loads without
     * ICU4J.
     */
    private static boolean icuAvailable() {
        Module ours = Confusables.class.getModule();
        if (ours.isNamed()) {
            ModuleLayer layer = ours.getLayer();
            Optional<Module> icu = layer == null ? Optional.empty() : layer.findModule(ICU_MODULE);
            return icu.isPresent() && ours.canRead(icu.get());
        }
        try {
            Class.forName(ICU_PROBE, false, Confusables.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
