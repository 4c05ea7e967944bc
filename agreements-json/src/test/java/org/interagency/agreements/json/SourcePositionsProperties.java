package org.interagency.agreements.json;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.rules.JsonPointer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The positions the one-pass reader records equal those of an independent second pass over the
 * same bytes (the command line's former location index), for every pointer of generated
 * agreements written as compact JSON, pretty JSON and YAML, and for pointers the documents do not
 * write out.
 */
class SourcePositionsProperties {

    private static final AgreementJson JSON = AgreementJson.defaults();

    @Provide
    Arbitrary<Agreement> agreements() {
        return Agreements.agreements();
    }

    @Property(tries = 100)
    void positionsOfCompactJsonEqualTheSecondPassOracle(@ForAll("agreements") Agreement agreement) {
        assertPositionsEqualTheOracle(JSON.writeBytes(agreement), DocumentSyntax.JSON);
    }

    @Property(tries = 100)
    void positionsOfPrettyJsonEqualTheSecondPassOracle(@ForAll("agreements") Agreement agreement) {
        assertPositionsEqualTheOracle(JSON.writePretty(agreement).getBytes(StandardCharsets.UTF_8), DocumentSyntax.JSON);
    }

    @Property(tries = 100)
    void positionsOfYamlEqualTheSecondPassOracle(@ForAll("agreements") Agreement agreement) {
        assertPositionsEqualTheOracle(JSON.writeYaml(agreement).getBytes(StandardCharsets.UTF_8), DocumentSyntax.YAML);
    }

    /**
     * The reader keeps a JSON value's byte offset and works out its line and column, and a
     * property's name, from the bytes when asked: written with every kind of line end Jackson
     * counts (LF, CR LF, CR alone), tabs, and property names spelled with escapes, a document must
     * still be located exactly where Jackson's own second pass locates it.
     */
    @Property(tries = 100)
    void positionsOfJsonWithAnyLineEndsAndEscapedNamesEqualTheSecondPassOracle(
            @ForAll("agreements") Agreement agreement, @ForAll Random random) {
        String pretty = JSON.writePretty(agreement);
        // A pretty document's raw line feeds are all between tokens (a line break in a string is
        // written as the escape \n), and so are the spaces that start a line: both may change.
        String[] lineEnds = {"\n", "\r\n", "\r", "\n\r\n", "\t\r"};
        StringBuilder document = new StringBuilder();
        for (String line : pretty.split("\n", -1)) {
            if (document.length() > 0) {
                document.append(lineEnds[random.nextInt(lineEnds.length)]);
            }
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') {
                indent++;
            }
            document.append(random.nextBoolean() ? line : "\t".repeat(indent / 2) + line.substring(indent));
        }
        Matcher name = PROPERTY_NAME.matcher(document.toString());
        StringBuilder escaped = new StringBuilder();
        while (name.find()) {
            String spelled = random.nextBoolean() ? name.group(1)
                    : String.format(Locale.ROOT, "\\u%04x", (int) name.group(1).charAt(0)) + name.group(1).substring(1);
            name.appendReplacement(escaped, Matcher.quoteReplacement("\"" + spelled + "\":"));
        }
        name.appendTail(escaped);
        assertPositionsEqualTheOracle(escaped.toString().getBytes(StandardCharsets.UTF_8), DocumentSyntax.JSON);
    }

    /** A property name as the pretty writer writes it: a quote not escaped, letters, a quote and a colon. */
    private static final Pattern PROPERTY_NAME = Pattern.compile("(?<!\\\\)\"([A-Za-z]+)\":");

    private static void assertPositionsEqualTheOracle(byte[] document, DocumentSyntax syntax) {
        SourcePositions positions = JSON.read(DocumentSource.of(document, "generated", syntax)).positions();
        LocationIndexOracle oracle = LocationIndexOracle.of(document, syntax);

        assertThat(oracle.pointers()).isNotEmpty();
        for (JsonPointer pointer : oracle.pointers()) {
            assertThat(positions.of(pointer)).as("%s", pointer).isEqualTo(oracle.locate(pointer));
            // What the document does not write out: a property it omits, an element past the end.
            JsonPointer absent = pointer.append("absent");
            assertThat(positions.of(absent)).as("%s", absent).isEqualTo(oracle.locate(absent));
            JsonPointer past = pointer.append(100_000);
            assertThat(positions.of(past)).as("%s", past).isEqualTo(oracle.locate(past));
        }
    }
}
