package org.interagency.agreements.json.internal;

import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLParser;

import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * A YAML factory whose parsers tell a plain scalar from a quoted one. Jackson reports only the
 * plain {@code null} as a null token; YAML's core schema also makes the plain scalars {@code ~},
 * {@code Null}, {@code NULL} and the empty value null, while a quoted {@code "~"} is a string.
 * Only documents read from bytes get such parsers, which is how {@link Documents} reads.
 *
 * <p>The bytes, which {@link Documents} has checked to be strict UTF-8, are decoded whole and
 * handed to the parser by a {@link WholeCodePointReader}, never by Jackson's own UTF-8 reader:
 * like any reader that fills snakeyaml-engine's whole buffer, Jackson's can leave a high surrogate
 * last, and snakeyaml-engine then reads past the end of its buffer and fails with an
 * {@link IndexOutOfBoundsException} on a valid document.
 */
final class StrictYamlFactory extends YAMLFactory {

    private static final long serialVersionUID = 1L;

    StrictYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, byte[] data, int offset,
            int length) {
        return new StyledParser(readContext, ioContext, _getBufferRecycler(),
                readContext.getStreamReadFeatures(_streamReadFeatures),
                readContext.getFormatReadFeatures(_formatReadFeatures), _loadSettings,
                new WholeCodePointReader(new String(data, offset, length, StandardCharsets.UTF_8)));
    }

    /** A YAML parser that says whether its current scalar was written plain (unquoted, not a block). */
    static final class StyledParser extends YAMLParser {

        StyledParser(ObjectReadContext readContext, IOContext ioContext, BufferRecycler recycler, int streamFeatures,
                int formatFeatures, LoadSettings settings, Reader reader) {
            super(readContext, ioContext, recycler, streamFeatures, formatFeatures, settings, reader);
        }

        /** Whether the current token is a scalar written plain. */
        boolean isPlainScalar() {
            return _lastEvent instanceof ScalarEvent scalar && scalar.isPlain();
        }

        /**
         * The name of the anchor ({@code &name}) of the current scalar or collection, or null.
         * Jackson's {@link #getObjectId()} reports a collection's anchor only, never a scalar's.
         */
        @Nullable String anchor() {
            if (_lastEvent instanceof NodeEvent node && !(node instanceof AliasEvent)) {
                return node.getAnchor().map(Anchor::getValue).orElse(null);
            }
            return null;
        }
    }
}
