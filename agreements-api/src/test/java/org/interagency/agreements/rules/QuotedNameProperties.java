package org.interagency.agreements.rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link Messages#quoteName(Object)} promises for every name: its output is one line of
 * visible characters, and it names exactly the name it was given (reading it back gives the name),
 * so two different names never print the same.
 */
class QuotedNameProperties {

    @Property
    void aQuotedNameHoldsNoHiddenCharacter(@ForAll("names") String name) {
        String shown = Messages.quoteName(name);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            assertThat(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) || Character.isSpaceChar(c) && c != ' ')
                    .as("character %d of %s", i, shown).isFalse();
        }
    }

    @Property
    void readingAQuotedNameBackGivesTheName(@ForAll("names") String name) {
        assertThat(unquote(Messages.quoteName(name))).isEqualTo(name);
    }

    @Provide
    Arbitrary<String> names() {
        // Mostly ordinary file-name characters, with the ones that need quoting mixed in.
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abc-./").ofMaxLength(12),
                Arbitraries.strings().withChars("ab /\"\\\n\r\u001B\u0085\u202E\u200B\u00A0\uD800").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(12));
    }

    /** The reverse of quoteName, written from its Javadoc. */
    private static String unquote(String shown) {
        if (shown.length() < 2 || shown.charAt(0) != '"' || shown.charAt(shown.length() - 1) != '"') {
            return shown;
        }
        StringBuilder name = new StringBuilder();
        for (int i = 1; i < shown.length() - 1; i++) {
            char c = shown.charAt(i);
            if (c == '\\' && shown.charAt(i + 1) == 'u') {
                name.append((char) Integer.parseInt(shown.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\') {
                name.append(shown.charAt(++i));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }
}
