package org.interagency.agreements.json.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonFactoryBuilder;
import tools.jackson.core.json.UTF8StreamJsonParser;
import tools.jackson.core.sym.ByteQuadsCanonicalizer;

/**
 * A JSON factory whose parsers of bytes tell where the current token starts without building a
 * location object: the byte offset that {@link DocumentReader} records for every value of a
 * document.
 *
 * <p>Jackson's {@code currentTokenLocation()} builds a new {@code TokenStreamLocation} on each
 * call, in one of two branches (a property name, or any other token). The JIT of Java 17 does not
 * elide an object that may come from either of two allocations, so recording a position per value
 * allocated 40 bytes per value, and made a read with positions some 15 % slower than one without.
 * {@link PositionedParser} reads the offset that method reads, and allocates nothing; the line and
 * column are worked out from the offset only when a position is asked for.
 *
 * <p>The bytes, which {@link Documents} has checked to be strict UTF-8 without a byte-order mark,
 * go straight to Jackson's UTF-8 parser, as Jackson's own bootstrapper hands UTF-8 to it (with the
 * property names canonicalized, Jackson's default). Positions agree with
 * {@code currentTokenLocation()}; property tests check it against a second pass of a plain parser.
 */
final class PositionedJsonFactory extends JsonFactory {

    private static final long serialVersionUID = 1L;

    PositionedJsonFactory(JsonFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected JsonParser _createParser(ObjectReadContext readContext, IOContext ioContext, byte[] data, int offset,
            int length) {
        _checkRangeBoundsForByteArray(data, offset, length);
        _streamReadConstraints.validateDocumentLength(length);
        return new PositionedParser(readContext, ioContext, readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures), _byteSymbolCanonicalizer.makeChild(_factoryFeatures),
                data, offset, offset + length);
    }

    /** Jackson's UTF-8 parser, telling the line and column where its current token starts. */
    static final class PositionedParser extends UTF8StreamJsonParser {

        PositionedParser(ObjectReadContext readContext, IOContext ioContext, int streamFeatures, int formatFeatures,
                ByteQuadsCanonicalizer names, byte[] data, int start, int end) {
            super(readContext, ioContext, streamFeatures, formatFeatures, null, names, data, start, end, 0, false);
        }

        /**
         * The byte offset of the current token's first character (of a property name, its opening
         * quote), as {@code currentTokenLocation()} gives it; documents are read from offset 0 of
         * an array, so it fits an int.
         */
        int tokenOffset() {
            return (int) (_currToken == JsonToken.PROPERTY_NAME ? _currInputProcessed + _nameStartOffset - 1
                    : _tokenInputTotal - 1);
        }
    }
}
